/**
 * 免申即享 in the H5 build, real Chromium, phone-sized, 长辈版: 孙桂兰 (83) signs in and verifies,
 * turns on 长辈版 on 首页, and confirms the 高龄津贴 the backend offers her from the 您可享受 card
 * — counted from 首页 with the card on screen: one tap (the account from the record is on
 * the card), within the 3 the issue allows. Screenshots go to
 * test/artifacts/e2e/one-thing-*.png.
 */
'use strict'
const { describe, test } = require('node:test')
const assert = require('node:assert/strict')
const { screenshot } = require('../support/browser')
const { useApp, route } = require('./support')

const CURRENT = '.taro_page:visible'

describe('免申即享: an elder confirms 高龄津贴 from 首页 in 长辈版', () => {
  let server
  let page

  useApp((a) => ({ server, page } = a))

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
      await screenshot(page, `e2e/one-thing-fail-${name}`)
      throw e
    }
  }

  test('孙桂兰 sees 您可享受 高龄津贴 (why, how much, paid to) and confirms it in ≤ 3 taps (1)', async () => {
    await page.goto(route(server.url), { waitUntil: 'load' })
    await onPage(/#\/?pages\/index\/index/, 'home')

    // sign in and verify (not counted: the card needs a verified resident)
    await page.locator('.weui-tabbar__item', { hasText: '我的' }).tap()
    await onPage(/#\/?pages\/me\/index/, 'me')
    await tapText('登录 / 实名认证')
    await onPage(/#\/?pages\/login\/index/, 'login')
    await tapText('孙桂兰（83岁独居）')
    await onPage(/packages\/identity\/pages\/consent\/index/, 'consent')
    await tapText('同意《个人信息保护说明》')
    await tapText('单独同意：使用人脸信息核验身份')
    await tapText('单独同意：使用身份证号码办理事项')
    await tapText('同意并继续')
    await onPage(/packages\/identity\/pages\/verify\/index/, 'verify')
    await tapText('开始人脸核验')
    await tapText('通过（本人）')
    await tapText('完成刷脸')
    await onPage(/packages\/identity\/pages\/profile\/index/, 'profile')

    // 首页 in 长辈版 (back from 我的信息 to the tab bar)
    const home = page.locator('.weui-tabbar__item', { hasText: '首页' })
    for (let i = 0; i < 4 && !(await home.isVisible()); i++) {
      await page.goBack()
      await page.waitForTimeout(500)
    }
    await home.tap()
    await onPage(/#\/?pages\/index\/index/, 'home-again')
    const sw = current().locator('.switch-row', { hasText: '长辈版' }).first()
    await sw.waitFor({ state: 'visible', timeout: 15_000 })
    if (!(await sw.getAttribute('class')).includes('switch-row--on')) await sw.tap()
    await current().locator('.screen.elder, .elder').first().waitFor({ state: 'attached', timeout: 15_000 })

    const card = current().locator('[data-benefit="longevity-allowance"]')
    await card.waitFor({ state: 'visible', timeout: 15_000 })
    const text = await card.innerText()
    assert.match(text, /高龄津贴/)
    assert.match(text, /每月 100 元/)
    assert.match(text, /您已年满 80 周岁/)
    await screenshot(page, 'e2e/one-thing-01-card')

    assert.match(text, /本人社会保障卡/, 'the account from the record is shown before confirming')

    let taps = 0
    await card.getByText('确认领取', { exact: true }).tap()
    taps++
    await card.getByText(/已确认，按规则核准/).waitFor({ state: 'visible', timeout: 15_000 })
    await screenshot(page, 'e2e/one-thing-03-done')
    assert.ok(taps <= 3, `confirmed in ${taps} taps`)
  })
})
