/**
 * 养犬登记 in real Chromium on the H5 build, the way a resident does it: 首页 → 办事 →
 * 养犬登记 (办事指南) → 在线申请 → sign in as 王志强 (persona) → consent → simulated face
 * verification (pass) → back on the form, owner autofilled → fill → 核对信息 → 确认提交 → 回执.
 * Photos go through the real file chooser (media.h5.ts). The date wheels cannot be scrolled
 * reliably headless, so dates are set by the picker's own `change` event (what the wheel
 * emits on 确定); the breed picker is driven through its popup.
 */
'use strict'
const { describe, test, before, after } = require('node:test')
const assert = require('node:assert/strict')
const { launchBrowser, newPhonePage, screenshot } = require('../support/browser')
const { appServer, route, TARO_INPUT } = require('./support')

const CURRENT = '.taro_page:visible'
// a 1×1 PNG: a real image the browser can decode
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const ymd = (d) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
const monthsAgo = (n) => {
  const d = new Date()
  d.setMonth(d.getMonth() - n)
  return ymd(d)
}

describe('apply: 养犬登记 from the home page to the receipt', () => {
  let server
  let browser
  let session
  let page

  // during a page transition two pages are visible: take the one the URL names
  const current = () => {
    const path = (new URL(page.url()).hash.replace(/^#/, '').split('?')[0] || '/pages/index/index').replace(/^\/?/, '/')
    return page.locator(`${CURRENT}[id^="${path}"]`).last()
  }
  const tapText = async (text, opts = {}) => {
    const el = current()
      .getByText(text, { exact: opts.exact ?? true })
      .first()
    await el.waitFor({ state: 'visible', timeout: opts.timeout ?? 15_000 })
    await el.scrollIntoViewIfNeeded()
    await el.tap()
  }
  const field = (key) => current().locator(`#field-${key}`)
  const typeInto = async (key, value) => {
    const input = field(key).locator(TARO_INPUT)
    await input.scrollIntoViewIfNeeded()
    await input.fill(value)
    await input.blur()
  }
  const setPicker = async (key, value) => {
    await field(key)
      .locator('taro-picker-core')
      .evaluate((el, v) => el.dispatchEvent(new CustomEvent('change', { detail: { value: v }, bubbles: true })), value)
  }
  const upload = async (slot) => {
    const box = current().locator(`#material-${slot}`)
    const before = await box.locator('.apply-file').count()
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 10_000 }),
      box.locator('taro-button-core').tap(),
    ])
    await chooser.setFiles({ name: `${slot}.png`, mimeType: 'image/png', buffer: PNG })
    await box.locator('.apply-file').nth(before).waitFor({ state: 'visible', timeout: 10_000 })
  }

  before(async () => {
    server = await appServer()
    browser = await launchBrowser()
    session = await newPhonePage(browser)
    page = session.page
  })

  after(async () => {
    if (browser) await browser.close()
    if (server) await server.close()
  })

  test('首页 → 办事 → 养犬登记 shows the guide with 在线申请', async () => {
    await page.goto(route(server.url), { waitUntil: 'load' })
    await page.waitForURL(/#\/?pages\/index\/index/, { timeout: 15_000 })
    await current().locator('.entrance', { hasText: '办事大厅' }).tap()
    await page.waitForURL(/#\/?pages\/hall\//, { timeout: 10_000 })
    await tapText('养犬登记')
    await page.waitForURL(/pages\/matter\/index\?id=dog-registration/, { timeout: 10_000 })
    await current().getByText('要准备的材料').first().waitFor({ timeout: 15_000 })
    const text = await current().innerText()
    assert.match(text, /容缺/)
    assert.match(text, /个工作日/)
    await screenshot(page, 'e2e/apply-01-guide')
  })

  test('在线申请 → sign in as 王志强 → consent → face verification → back on the form, autofilled', async () => {
    await tapText('在线申请')
    await page.waitForURL(/pages\/login\//, { timeout: 10_000 })
    await tapText('王志强（新用户）', { exact: false })
    await page.waitForURL(/packages\/identity\/pages\/consent\//, { timeout: 15_000 })
    for (const label of [
      '同意《个人信息保护说明》',
      '单独同意：使用人脸信息核验身份',
      '单独同意：使用身份证号码办理事项',
    ]) {
      await tapText(label)
    }
    await tapText('同意并继续')
    await page.waitForURL(/packages\/identity\/pages\/verify\//, { timeout: 15_000 })
    await tapText('开始人脸核验')
    await tapText('通过（本人）', { exact: false })
    await tapText('完成刷脸')
    // the verify page returns to the form by itself or offers 继续办事
    await Promise.race([
      page.waitForURL(/packages\/apply\/pages\/form\//, { timeout: 20_000 }),
      current()
        .getByText('继续办事')
        .waitFor({ timeout: 20_000 })
        .then(() => tapText('继续办事')),
    ])
    await page.waitForURL(/packages\/apply\/pages\/form\/index\?id=dog-registration/, { timeout: 15_000 })
    await current().getByText('下一步：核对信息').first().waitFor({ timeout: 15_000 })
    const owner = await field('ownerName').innerText()
    assert.match(owner, /王志强/)
    assert.match(owner, /来自公安人口库/)
    assert.match(await field('ownerIdNumber').innerText(), /\*{4,}/)
    assert.equal(await current().locator('.apply-field--typed').count(), 4, 'the resident types 4 fields')
    await screenshot(page, 'e2e/apply-02-form')
  })

  test('fill → review → submit → receipt', async () => {
    await typeInto('dogName', '旺财')
    // breed through the real popup: open, then 确定 takes the highlighted first breed
    await field('breed').locator('.apply-picker').tap()
    await page.locator('.weui-picker__action:visible', { hasText: '确定' }).first().tap()
    await field('breed').getByText('中华田园犬').waitFor({ timeout: 5_000 })
    await setPicker('dogColour', 0)
    await setPicker('dogGender', 0)
    await setPicker('dogBirthDate', monthsAgo(14))
    await typeInto('shoulderHeightCm', '30')
    await typeInto('vaccineCertNo', 'DZ2026-11873')
    await setPicker('vaccinationDate', monthsAgo(1))
    await typeInto('vaccinationHospital', '通川区爱宠动物医院')
    await setPicker('pickup', 0)
    await upload('dogFullBodyPhoto')
    await upload('dogHeadPhoto')
    await upload('vaccinationCertPhoto')
    await field('pledgeAccepted').locator('.switch-row').tap()
    await tapText('下一步：核对信息')
    await current().getByText('确认提交').first().waitFor({ timeout: 10_000 })
    const review = await current().innerText()
    assert.match(review, /旺财/)
    assert.doesNotMatch(review, /\d{17}[\dX]/, 'the review shows no full ID number')
    await screenshot(page, 'e2e/apply-03-review')
    await tapText('确认提交')
    await page.waitForURL(/packages\/apply\/pages\/receipt\/index\?id=/, { timeout: 15_000 })
    await current().getByText('申请已提交', { exact: false }).first().waitFor({ timeout: 15_000 })
    const receipt = await current().innerText()
    assert.match(receipt, /办件编号/)
    assert.match(receipt, /前办结/)
    assert.match(receipt, /查看我的办件/)
    await page.waitForTimeout(600) // let the redirect's slide-in finish before the picture
    await screenshot(page, 'e2e/apply-04-receipt')
    assert.deepEqual(session.problems(), [])
  })
})
