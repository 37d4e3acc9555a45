// babel-preset-taro drives both Taro builds; jest reuses it so tests compile code the same way.
// WeChat cannot polyfill syntax and older phones' JavaScriptCore throws on ?. ?? or object
// spread at load, so the weapp build targets ES2017-era engines (iOS 11, Chrome 55: async/await
// kept, everything newer transpiled); H5 keeps package.json's modern browserslist.
// scripts/check-weapp-build.js parses every dist/weapp/**/*.js as ES2017 to prove it.
const WEAPP_TARGETS = { ios: '11', chrome: '55' }

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(process.env.TARO_ENV === 'weapp' ? { targets: WEAPP_TARGETS } : {}),
      },
    ],
  ],
}
