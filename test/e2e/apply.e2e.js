/**
 * 养犬登记 in real Chromium on the H5 build, the way a resident does it: 首页 → 办事 →
 * 养犬登记 (办事指南) → 在线申请 → sign in as 王志强 (persona) → consent → simulated face
 * verification (pass) → back on the form, owner autofilled → fill → 核对信息 → 确认提交 → 回执.
 * Photos go through the real file chooser (media.h5.ts). Pickers and dates go through the
 * app's own sheet (src/ui/sheet.tsx), tapped like a resident taps it.
 */
'use strict'
const { describe, test } = require('node:test')
const assert = require('node:assert/strict')
const { screenshot } = require('../support/browser')
const { useApp, route, TARO_INPUT } = require('./support')

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
  /** The app's picker sheet: a choice by position, or a date (YYYY-MM-DD) with 往前/往后 and 确定. */
  const setPicker = async (key, value) => {
    const trigger = field(key).locator('.choice-picker__trigger')
    await trigger.scrollIntoViewIfNeeded()
    await trigger.tap()
    const sheet = current().locator('.sheet')
    await sheet.waitFor({ state: 'visible', timeout: 5_000 })
    if (typeof value === 'number') {
      await sheet.locator('.choice-list__item').nth(value).tap()
    } else {
      const target = value.split('-').map(Number)
      const rows = sheet.locator('.date-sheet__row')
      for (let i = 0; i < 3; i++) {
        for (let guard = 0; guard < 400; guard++) {
          const now = parseInt(await rows.nth(i).locator('.date-sheet__value').innerText(), 10)
          if (now === target[i]) break
          await rows.nth(i).locator('.date-sheet__step').nth(now > target[i] ? 0 : 1).tap()
        }
      }
      await sheet.getByText('确定', { exact: true }).tap()
    }
    await sheet.waitFor({ state: 'detached', timeout: 5_000 })
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

  useApp((a) => ({ server, session, page } = a))

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
    // a 200-character name is neither cut nor accepted: the message says how long it is
    const long = '旺'.repeat(200)
    await typeInto('dogName', long)
    assert.equal((await field('dogName').locator(TARO_INPUT).inputValue()).length, 200, 'nothing is cut silently')
    await field('dogName').getByText('犬只名字最多 10 个字，现在是 200 个字，请删掉 190 个').waitFor({ timeout: 5_000 })
    await typeInto('dogName', '旺财🐶')
    await field('dogName').getByText('犬只名字不能包含表情符号，请只用文字').waitFor({ timeout: 5_000 })
    await typeInto('dogName', '旺财')
    // breed through the app's picker sheet: the first breed
    await setPicker('breed', 0)
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
