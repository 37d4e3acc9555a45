/**
 * The compiled WeChat build of the 办事指南 page: the guide renders from the in-process fake
 * backend, 在线申请 sends a signed-out resident to sign-in (coming back to the form), and a
 * window-only matter says plainly where to go. Run after `npm run build:weapp:demo`.
 */
'use strict'
const { test, before, beforeEach } = require('node:test')
const assert = require('node:assert/strict')
const h = require('./harness')

before(() => h.loadApp())
beforeEach(() => h.reset())

test('养犬登记 guide: materials with 容缺, time limit, and 在线申请 → sign-in with the form as return address', async () => {
  const page = await h.renderPage('pages/matter/index', { id: 'dog-registration' })
  await h.findByText(page, '在线申请')
  const text = h.pageText(page)
  assert.match(text, /要准备的材料/)
  assert.match(text, /容缺/)
  assert.match(text, /个工作日/)
  await h.tap(page, '在线申请')
  await h.waitFor(() => h.navigations.length > 0)
  const nav = h.navigations.at(-1)
  assert.equal(nav.api, 'navigateTo')
  assert.match(nav.url, /^\/pages\/login\/index\?returnUrl=/)
  assert.match(decodeURIComponent(nav.url), /packages\/apply\/pages\/form\/index\?id=dog-registration/)
  assert.deepEqual(h.consoleErrors, [])
  await h.unmount(page)
})

test('a matter without an id or unknown shows a way back to 办事大厅', async () => {
  const page = await h.renderPage('pages/matter/index', { id: 'no-such-matter' })
  await h.findByText(page, '没有找到这个事项')
  await h.tap(page, '去办事大厅')
  await h.waitFor(() => h.navigations.length > 0)
  const nav = h.navigations.at(-1)
  assert.equal(nav.api, 'switchTab')
  assert.equal(nav.url, '/pages/hall/index')
  await h.unmount(page)
})
