/**
 * 随手拍 in the compiled WeChat build: GPS denied → the typed-address fallback is offered, with
 * 去设置开启 (wx.openSetting); chooseMedia gives a photo, re-encoded by compressImage; the type
 * chip and 发送 lead a signed-out resident to sign-in with the way back, and the draft is in wx
 * storage. With GPS allowed the place is filled on open.
 */
'use strict'
const { test, before, beforeEach } = require('node:test')
const assert = require('node:assert/strict')
const h = require('./harness')

before(() => h.loadApp())
beforeEach(() => h.reset())

test('随手拍: denied GPS → fallback; photo, type, 发送 → sign-in, draft saved', async () => {
  const page = await h.renderPage('packages/complaints/pages/snap/index')
  await h.findByText(page, /没有定位权限/)
  await h.tap(page, '去设置开启')
  await h.waitFor(() => h.calls.some((c) => c.api === 'openSetting'))
  await h.tap(page, '拍照或选照片')
  await h.findByText(page, '第1张 · 待上传')
  assert.ok(h.calls.some((c) => c.api === 'chooseMedia'), 'chooseMedia was not called')
  assert.ok(h.calls.some((c) => c.api === 'compressImage'), 'the photo was not re-encoded')
  await h.tap(page, '公共设施')
  await h.tap(page, '发送')
  // no GPS and no address yet: it says so instead of sending
  await h.findByText(page, /请说明问题在哪里/)
  assert.deepEqual(h.navigations, [])
  await h.input(h.queryAllByClass(page, 'place__address')[0], '西外大街 90 号门口')
  await h.tap(page, '发送')
  await h.waitFor(() => h.navigations.length > 0)
  assert.equal(h.navigations[0].api, 'navigateTo')
  assert.equal(h.navigations[0].url, `/pages/login/index?returnUrl=${encodeURIComponent('/packages/complaints/pages/snap/index')}`)
  const stored = JSON.parse(h.storage.get('sqt:complaint-draft'))
  assert.equal(stored.state.drafts.snap.categoryId, 'public-facilities')
  assert.equal(stored.state.drafts.snap.photos.length, 1)
  assert.deepEqual(h.network, [])
  assert.deepEqual(h.consoleErrors, [])
  await h.unmount(page)
})

test('随手拍: GPS allowed → located on open', async () => {
  h.config.location = { latitude: 31.2139, longitude: 107.4865 }
  const page = await h.renderPage('packages/complaints/pages/snap/index')
  await h.findByText(page, /已定位（当前位置）/)
  assert.deepEqual(h.consoleErrors, [])
  await h.unmount(page)
})
