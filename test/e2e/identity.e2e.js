/**
 * Identity in the H5 build, real Chromium, phone-sized: a new resident goes 首页 → 我的 →
 * 登录 (体验账号 王志强) → 个人信息保护 (three separate consents) → 实名认证 (simulated
 * camera: 通过) → 我的信息, which shows the masked name and masked ID number — never the
 * full ones. Screenshots go to test/artifacts/e2e/identity-*.png.
 */
'use strict'
const { describe, test } = require('node:test')
const assert = require('node:assert/strict')
const { screenshot } = require('../support/browser')
const { useApp, route } = require('./support')

const CURRENT = '.taro_page:visible'
const FULL_ID = '511702198507200318'

describe('identity: 我的 → 登录 → 同意 → 人脸核验 → 我的信息', () => {
  let server
  let session
  let page

  useApp((a) => ({ server, session, page } = a))

  const current = () => page.locator(CURRENT)
  async function tapText(text, { exact = true } = {}) {
    const el = current().getByText(text, { exact }).first()
    await el.waitFor({ state: 'visible', timeout: 15_000 })
    await el.tap()
  }
  async function onPage(re, name) {
    try {
      await page.waitForURL(re, { timeout: 15_000 })
    } catch (e) {
      await screenshot(page, `e2e/identity-fail-${name}`)
      throw e
    }
  }

  test('a new resident signs in, consents, passes face verification and sees the masked profile', async () => {
    await page.goto(route(server.url), { waitUntil: 'load' })
    await onPage(/#\/?pages\/index\/index/, 'home')

    await page.locator('.weui-tabbar__item', { hasText: '我的' }).tap()
    await onPage(/#\/?pages\/me\/index/, 'me')
    await tapText('登录 / 实名认证')

    await onPage(/#\/?pages\/login\/index/, 'login')
    await tapText('王志强（新用户）')
    await screenshot(page, 'e2e/identity-01-login')

    await onPage(/packages\/identity\/pages\/consent\/index/, 'consent')
    await tapText('同意《个人信息保护说明》')
    await tapText('单独同意：使用人脸信息核验身份')
    await tapText('单独同意：使用身份证号码办理事项')
    await screenshot(page, 'e2e/identity-02-consent')
    await tapText('同意并继续')

    await onPage(/packages\/identity\/pages\/verify\/index/, 'verify')
    await tapText('开始人脸核验')
    await tapText('通过（本人）')
    await screenshot(page, 'e2e/identity-03-camera')
    await tapText('完成刷脸')

    await onPage(/packages\/identity\/pages\/profile\/index/, 'profile')
    const profile = current()
    await profile.getByText('王*强', { exact: true }).first().waitFor({ state: 'visible', timeout: 15_000 })
    const text = await profile.innerText()
    assert.match(text, /511\*+0318/, 'the masked ID number is shown')
    assert.ok(!text.includes(FULL_ID), 'the full ID number is not shown')
    assert.ok(!text.includes('王志强'), 'the full name is not shown')
    assert.match(text, /来自公安人口库/)
    await screenshot(page, 'e2e/identity-04-profile')
    assert.deepEqual(session.problems(), [])
  })
})
