/**
 * Mounts every page of the real WeChat build (dist/weapp, or WEAPP_DIST) headlessly and
 * drives the home page. See harness.js and docs/testing.md.
 */
'use strict'
const { test, describe, before, beforeEach, afterEach } = require('node:test')
const assert = require('node:assert/strict')
const h = require('./harness')

// Pages that need query parameters to render something meaningful. Keys are routes as in
// app.json (subpackage pages with their root), values are the query the page is opened
// with (as in `?id=…`). Pages not listed are opened with no query. Use ids the mock
// backend seeds, so the page shows real content rather than a "not found" state.
const QUERY = {
  // 'packages/worker/pages/case/index': { id: 'C-0001' },
}

// Mock mode (the default .env) must never touch the network: the mock adapter runs the
// fake backend in-process. A build made with TARO_APP_API_MODE=http is allowed to try.
const MOCK_MODE = (process.env.TARO_APP_API_MODE || 'mock') !== 'http'

before(() => h.loadApp())
beforeEach(() => h.reset())

let pages = []
try {
  pages = h.readAppJson().pages
} catch (e) {
  test('weapp build exists', () => {
    throw e // "run npm run build:weapp:demo first"
  })
}

describe('every page in app.json mounts and renders text', () => {
  for (const { route, pkg } of pages) {
    test(`${route}${pkg ? ` (subpackage ${pkg})` : ''}`, async () => {
      const page = await h.renderPage(route, QUERY[route] || {})
      await h.settle(100) // let mount effects (data loads from the mock backend) run
      const text = h.pageText(page)
      assert.ok(text.length > 0, `${route} rendered no text`)
      assert.deepEqual(h.consoleErrors, [], `${route} logged errors while mounting`)
      if (MOCK_MODE) assert.deepEqual(h.network, [], `${route} used the network in mock mode`)
      await h.unmount(page)
    })
  }
})

describe('home page (pages/index/index)', () => {
  const HOME = 'pages/index/index'
  const ENTRANCES = ['办事大厅', '微诉求', '随手拍']
  let page
  beforeEach(async () => {
    page = await h.renderPage(HOME)
  })
  afterEach(async () => {
    await h.unmount(page)
  })

  test('shows the three entrances 办事大厅, 微诉求, 随手拍', () => {
    const labels = h.queryAllByClass(page, 'entrance').map((n) => h.pageText(n))
    for (const label of ENTRANCES) {
      assert.ok(
        labels.some((l) => l.includes(label)),
        `no .entrance containing ${label}; .entrance texts: ${JSON.stringify(labels)}; page text: ${JSON.stringify(h.pageText(page).slice(0, 200))}`,
      )
    }
  })

  test('tapping 办事大厅 navigates to the hall', async () => {
    await h.tap(page, h.getByText(page, '办事大厅'))
    const nav = await h.waitFor(() => h.navigations.find((n) => n.api === 'switchTab' || n.api === 'navigateTo'), {
      message: `tapping 办事大厅 did not call switchTab/navigateTo (recorded: ${JSON.stringify(h.navigations)})`,
    })
    assert.match(nav.url, /pages\/hall/, `navigated to ${nav.url}`)
    assert.deepEqual(h.consoleErrors, [])
  })
})
