/**
 * The a11y() helper gives each target only the attributes it understands: on H5 a stray
 * `ariaRole` prop renders as an invalid `aria-role` attribute (axe: aria-valid-attr).
 * Also: the a11y runner's route list covers every page registered in app.config.ts.
 */
import type { a11y as A11yFn } from '@/ui/a11y'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allRoutes } = require('./routes') as { allRoutes(): { route: string; tab: boolean; main: boolean }[] }

function a11yOn(env: string | undefined): typeof A11yFn {
  const saved = process.env.TARO_ENV
  let fn: typeof A11yFn | undefined
  if (env === undefined) Reflect.deleteProperty(process.env, 'TARO_ENV')
  else process.env.TARO_ENV = env
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      fn = (require('@/ui/a11y') as { a11y: typeof A11yFn }).a11y
    })
  } finally {
    if (saved === undefined) Reflect.deleteProperty(process.env, 'TARO_ENV')
    else process.env.TARO_ENV = saved
  }
  return fn!
}

test('on H5 a button gets a real role and a tab stop, and no aria-role attribute', () => {
  const props = a11yOn('h5')('button', { label: '提交' })
  expect(props.role).toBe('button')
  expect(props.tabindex).toBe('0')
  expect(props.ariaLabel).toBe('提交')
  expect('ariaRole' in props).toBe(false)
})

test('on weapp the role goes to aria-role (the attribute WeChat reads)', () => {
  const props = a11yOn('weapp')('switch', { checked: true })
  expect(props.ariaRole).toBe('switch')
  expect(props['aria-checked']).toBe('true')
})

test('a disabled button leaves the tab order and says so', () => {
  const props = a11yOn('h5')('button', { disabled: true })
  expect(props.tabindex).toBe('-1')
  expect(props['aria-disabled']).toBe('true')
})

test('the a11y runner checks every page of app.config.ts, main package and subpackages', () => {
  const routes = allRoutes().map((r) => r.route)
  expect(routes).toContain('pages/index/index')
  expect(routes).toContain('pages/login/index')
  expect(routes).toContain('packages/worker/pages/queue/index')
  expect(routes.filter((r) => r.startsWith('packages/')).length).toBeGreaterThanOrEqual(10)
  expect(new Set(routes).size).toBe(routes.length)
  expect(
    allRoutes()
      .filter((r) => r.tab)
      .map((r) => r.route),
  ).toEqual(['pages/index/index', 'pages/hall/index', 'pages/complaints/index', 'pages/me/index'])
})
