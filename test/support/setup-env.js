// Jest sees the app as a mock-mode H5 build with a fixed "today" unless a test says otherwise.
process.env.TARO_ENV = process.env.TARO_ENV || 'h5'
process.env.TARO_APP_API_MODE = process.env.TARO_APP_API_MODE || 'mock'
process.env.TARO_APP_DEMO = process.env.TARO_APP_DEMO ?? (process.env.TARO_APP_API_MODE === 'mock' ? '1' : '')
// Feature flags Taro's webpack DefinePlugin injects into @tarojs/runtime and components.
for (const flag of [
  'ENABLE_INNER_HTML',
  'ENABLE_ADJACENT_HTML',
  'ENABLE_SIZE_APIS',
  'ENABLE_TEMPLATE_CONTENT',
  'ENABLE_CLONE_NODE',
  'ENABLE_CONTAINS',
  'ENABLE_MUTATION_OBSERVER',
]) {
  if (!(flag in globalThis)) globalThis[flag] = true
}
globalThis.DEPRECATED_ADAPTER_COMPONENT ??= false
globalThis.SUPPORT_TARO_POLYFILL ??= 'disabled'

