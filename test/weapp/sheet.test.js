/**
 * The app's own picker sheet in the compiled WeChat build (issue 16: Taro's picker popup cannot
 * follow 长辈版): 办不成事 → 点这里选择事项 opens a View sheet with one row per matter; a row
 * fills the field and closes the sheet; 取消 closes it without a choice. No platform picker.
 */
'use strict'
const { test, before, beforeEach } = require('node:test')
const assert = require('node:assert/strict')
const h = require('./harness')

before(() => h.loadApp())
beforeEach(() => h.reset())

test('微诉求 · 办不成事: the matter picker is the app sheet, on weapp too', async () => {
  const page = await h.renderPage('packages/complaints/pages/new/index', { category: 'not-done' })
  await h.findByText(page, '点这里选择事项')
  assert.equal(h.queryAllByTag(page, 'picker').length, 0, 'no platform picker on the page')
  await h.tap(page, '点这里选择事项')
  await h.findByText(page, '请选择想办的事项')
  assert.ok(h.queryAllByClass(page, 'choice-list__item').length > 10, 'one row per matter')
  await h.tap(page, '取消')
  await h.waitFor(() => !h.pageText(page).includes('请选择想办的事项'))
  assert.match(h.pageText(page), /点这里选择事项/)

  await h.tap(page, '点这里选择事项')
  await h.findByText(page, '请选择想办的事项')
  await h.tap(page, '居住证明')
  await h.waitFor(() => !h.pageText(page).includes('请选择想办的事项'))
  assert.match(h.pageText(page), /居住证明/)
  assert.doesNotMatch(h.pageText(page), /点这里选择事项/)
  assert.deepEqual(h.ui.filter((u) => /Modal|Toast|ActionSheet/.test(u.api || '')), [])
  assert.deepEqual(h.consoleErrors, [])
  await h.unmount(page)
})
