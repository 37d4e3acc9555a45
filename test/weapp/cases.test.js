/**
 * 证照核验 and 我的办件 in the compiled WeChat build: the public verify page works from a
 * 小程序码 scene and by typing, with the fake backend (and its SHA-256 checksum) in-process.
 */
'use strict'
const { test, before, beforeEach } = require('node:test')
const assert = require('node:assert/strict')
const h = require('./harness')

const VERIFY = 'packages/cert/pages/verify/index'

before(() => h.loadApp())
beforeEach(() => h.reset())

test('verify page opened from a 小程序码 scene with an unknown code says 无法识别', async () => {
  const page = await h.renderPage(VERIFY, { scene: encodeURIComponent('c=ABCD2345EFGH6789JK') })
  await h.findByText(page, /无法识别/, { timeout: 8000 })
  assert.match(h.pageText(page), /伪造或输错/)
  assert.deepEqual(h.consoleErrors, [])
  assert.deepEqual(h.network, [])
  await h.unmount(page)
})

test('verify page without a code: typing a made-up code and tapping 核验 says 无法识别', async () => {
  const page = await h.renderPage(VERIFY)
  assert.match(h.pageText(page), /输入核验码/)
  const [input] = h.queryAllByTag(page, 'input')
  await h.input(input, '7K3M-Q2HX-9D4T-PA6R4W')
  await h.tap(page, '核验')
  await h.findByText(page, /无法识别/, { timeout: 8000 })
  assert.deepEqual(h.consoleErrors, [])
  await h.unmount(page)
})

test('我的办件 without a session asks to sign in and goes to the login page', async () => {
  const page = await h.renderPage('packages/cases/pages/list/index')
  await h.settle(50)
  assert.match(h.pageText(page), /登录后查看我的办件/)
  assert.ok(
    h.navigations.some((n) => /pages\/login\/index\?returnUrl=/.test(n.url)),
    JSON.stringify(h.navigations),
  )
  assert.deepEqual(h.consoleErrors, [])
  await h.unmount(page)
})
