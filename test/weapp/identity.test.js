/**
 * The compiled WeChat build (mock mode): 登录 with a persona → 个人信息保护 → 实名认证 (simulated
 * camera, 通过) → 我的信息 shows the masked name and ID; then 退出登录 leaves no personal data
 * in wx storage. Pages are rendered one after another in the same app process, as WeChat would
 * after each navigation.
 */
'use strict'
const { test, before } = require('node:test')
const assert = require('node:assert/strict')
const h = require('./harness')

before(() => h.loadApp())

const FULL_ID = '511702198507200318'

async function step(route, taps, expectNav) {
  const page = await h.renderPage(route)
  for (const t of taps) {
    await h.findByText(page, t, { timeout: 5000 })
    await h.tap(page, t)
  }
  const nav = expectNav
    ? await h.waitFor(() => h.navigations.find((n) => expectNav.test(n.url)), {
        timeout: 5000,
        message: `${route}: no navigation to ${expectNav} (recorded: ${JSON.stringify(h.navigations)}; text: ${h.pageText(page).slice(0, 200)})`,
      })
    : null
  await h.unmount(page)
  h.navigations.length = 0
  return nav
}

test('login → consent → verify → profile, then sign-out wipes storage', async () => {
  h.reset()
  await step('pages/login/index', ['王志强（新用户）'], /packages\/identity\/pages\/consent/)
  await step(
    'packages/identity/pages/consent/index',
    ['同意《个人信息保护说明》', '单独同意：使用人脸信息核验身份', '单独同意：使用身份证号码办理事项', '同意并继续'],
    /packages\/identity\/pages\/verify/,
  )
  await step(
    'packages/identity/pages/verify/index',
    ['开始人脸核验', '通过（本人）', '完成刷脸'],
    /packages\/identity\/pages\/profile/,
  )

  const profile = await h.renderPage('packages/identity/pages/profile/index')
  await h.findByText(profile, '王*强', { timeout: 5000 })
  const text = h.pageText(profile)
  assert.match(text, /511\*+0318/)
  assert.ok(!text.includes(FULL_ID))
  await h.tap(profile, '退出登录')
  await h.waitFor(() => h.navigations.find((n) => /pages\/me/.test(n.url)), { timeout: 5000 })
  await h.unmount(profile)

  const stored = [...h.storage.entries()].map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('\n')
  for (const pii of ['王志强', '王*强', FULL_ID, '13908182345'])
    assert.ok(!stored.includes(pii), `${pii} left in storage: ${stored}`)
  assert.deepEqual(h.consoleErrors, [])
  assert.deepEqual(h.network, [])
})
