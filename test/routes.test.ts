/**
 * The route table (src/routes.ts) and src/app.config.ts name the same pages: every entry in
 * the table is a registered page (main package or subpackage) and every registered page has an
 * entry; the tab list matches the tab bar. URLs carry their query URI-encoded.
 */
import { allPaths, paths, TAB_PATHS } from '@/routes'

interface AppConfig {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
  tabBar: { list: { pagePath: string }[] }
}

function appConfig(): AppConfig {
  const g = globalThis as unknown as { defineAppConfig?: (c: AppConfig) => AppConfig }
  g.defineAppConfig = (c) => c
  try {
    return (jest.requireActual('@/app.config') as { default: AppConfig }).default
  } finally {
    delete g.defineAppConfig
  }
}

const config = appConfig()
const registered = [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))].map((p) => `/${p}`)

it('every route in the table is a page app.config.ts registers, and every registered page is in the table', () => {
  expect([...allPaths()].sort()).toEqual([...registered].sort())
  expect(new Set(allPaths()).size).toBe(allPaths().length)
})

it('the tab pages are the tab bar of app.config.ts, in its order', () => {
  expect(TAB_PATHS).toEqual(config.tabBar.list.map((t) => `/${t.pagePath}`))
})

it('builds URLs with their query encoded', () => {
  expect(paths.cases.detail.url('c 1/2')).toBe('/packages/cases/pages/detail/index?id=c%201%2F2')
  expect(paths.login.url('/pages/me/index?tab=1')).toBe('/pages/login/index?returnUrl=%2Fpages%2Fme%2Findex%3Ftab%3D1')
  expect(paths.login.url()).toBe('/pages/login/index')
  expect(paths.complaints.new.url({ category: 'not-done', q: '路灯 不亮' })).toBe('/packages/complaints/pages/new/index?category=not-done&q=%E8%B7%AF%E7%81%AF%20%E4%B8%8D%E4%BA%AE')
  expect(paths.hall.url()).toBe('/pages/hall/index')
})
