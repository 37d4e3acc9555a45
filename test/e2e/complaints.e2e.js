/**
 * 随手拍 in the H5 build, in real Chromium: 首页 → 随手拍 → a photo through the browser's file
 * chooser (re-encoded: smaller than 500 KB, its EXIF block gone) → location from the browser
 * (granted to the context; the second run denies it and uses the typed-address fallback) →
 * type → 发送 → sign-in and face verification (mock persona, simulated camera step) → back to
 * the same draft → 发送 → the receipt. No console errors, no external requests.
 */
'use strict'
const path = require('node:path')
const { describe, test } = require('node:test')
const assert = require('node:assert/strict')
const { newPhonePage, screenshot } = require('../support/browser')
const { useApp, route } = require('./support')

const CURRENT = '.taro_page:visible'
const PHOTO = path.join(__dirname, '../fixtures/photo.jpg')
// inside 西外社区, away from the seeded reports of the same type
const HERE = { latitude: 31.2175, longitude: 107.4822 }

async function text(page) {
  return (await page.locator(CURRENT).innerText().catch(() => '')).replace(/\s+/g, ' ')
}

async function tapText(page, label, exact = true) {
  await page.locator(CURRENT).getByText(label, { exact }).first().tap()
}

/** From the sign-in hand-off back to the page that sent us, whatever steps identity asks for. */
async function signInAndVerify(page) {
  const seen = []
  for (let i = 0; i < 14; i++) {
    await page.waitForTimeout(400)
    const hash = new URL(page.url()).hash
    if (seen[seen.length - 1] !== hash) seen.push(hash)
    if (process.env.E2E_DEBUG) console.log(hash)
    if (/packages\/complaints\/pages\/snap/.test(hash) && (await page.locator(CURRENT).getByText('发送', { exact: true }).count())) return
    if (/pages\/login/.test(hash)) {
      await page.locator(`${CURRENT} .persona--resident-new`).first().tap()
      continue
    }
    const t = await text(page)
    for (const label of ['去阅读并同意', '开始人脸核验', '完成刷脸', '继续办事']) {
      if (t.includes(label)) {
        await tapText(page, label)
        break
      }
    }
    if (t.includes('同意并继续')) {
      for (const off of await page.locator(`${CURRENT} .switch-row`).all()) {
        if ((await off.innerText()).includes('已关闭')) await off.tap()
      }
      await tapText(page, '同意并继续')
    }
  }
  assert.fail(`did not come back from sign-in/verification (${seen.join(' → ')}); at ${page.url()}: ${(await text(page)).slice(0, 200)}`)
}

async function choosePhoto(page) {
  const chooser = page.waitForEvent('filechooser', { timeout: 10_000 })
  await tapText(page, '拍照或选照片')
  await (await chooser).setFiles(PHOTO)
  await page.locator(CURRENT).getByText('第1张 · 待上传').waitFor({ timeout: 10_000 })
  // the picture on screen is the re-encoded copy: JPEG, small, without the fixture's EXIF GPS block
  const src = await page.locator(`${CURRENT} .photo__img img, ${CURRENT} img.photo__img`).first().getAttribute('src')
  const bytes = await page.evaluate(async (u) => {
    const b = await (await fetch(u)).arrayBuffer()
    return Array.from(new Uint8Array(b))
  }, src)
  const raw = Buffer.from(bytes)
  assert.equal(raw[0], 0xff)
  assert.equal(raw[1], 0xd8, 'not a JPEG')
  assert.ok(raw.length <= 500 * 1024, `photo is ${raw.length} bytes`)
  assert.equal(raw.includes(Buffer.from('GPS-FIXTURE')), false, 'EXIF location survived')
  assert.equal(raw.includes(Buffer.from('Exif')), false, 'EXIF block survived')
}

async function openSnapFromHome(page, base) {
  await page.goto(route(base), { waitUntil: 'load' })
  await page.locator(`${CURRENT} .entrance`, { hasText: '随手拍' }).first().waitFor({ timeout: 15_000 })
  await page.locator(`${CURRENT} .entrance`, { hasText: '随手拍' }).first().tap()
  // the 诉求 tab takes the home page's intent and opens 随手拍
  await page.waitForURL(/packages\/complaints\/pages\/snap/, { timeout: 10_000 })
  await page.locator(`${CURRENT} .form-field__label`, { hasText: '是什么问题' }).waitFor()
}

describe('随手拍 in the browser', () => {
  let server
  let browser

  useApp((a) => ({ server, browser } = a), { phonePage: false })

  test('photo + browser location + type → sign in → the same draft is sent → receipt', async () => {
    const session = await newPhonePage(browser, { permissions: ['geolocation'], geolocation: HERE })
    const { page } = session
    await openSnapFromHome(page, server.url)
    await page.locator(CURRENT).getByText(/已定位（当前位置）/).waitFor({ timeout: 10_000 })
    await choosePhoto(page)
    await tapText(page, '安全隐患')
    await screenshot(page, 'e2e/complaints-01-snap')
    await tapText(page, '发送')

    await page.waitForURL(/pages\/login/, { timeout: 10_000 })
    await signInAndVerify(page)
    // the draft waited: photo, type and place are still there
    assert.match(await text(page), /第1张/)
    assert.match(await text(page), /已定位/)
    await tapText(page, '发送')

    await page.waitForURL(/packages\/complaints\/pages\/detail\/index\?id=.+created=1/, { timeout: 15_000 })
    await page.locator(CURRENT).getByText(/已提交，编号 SQ\d+/).waitFor({ timeout: 10_000 })
    const receipt = await text(page)
    assert.match(receipt, /安全隐患/)
    assert.match(receipt, /照片：1张/)
    assert.match(receipt, /已提交，等待受理/)
    // a GPS report without an address still shows where it is, with a map link
    assert.match(receipt, /位置：.*定位点：北纬 31\.21750°，东经 107\.48220°/)
    assert.equal(await page.locator(`${CURRENT} a.map-link`).count(), 1)
    // and says what to do next
    assert.match(receipt, /查看进度/)
    assert.match(receipt, /回首页/)
    await page.waitForTimeout(600) // let the page transition finish before the picture
    await screenshot(page, 'e2e/complaints-02-receipt')
    await tapText(page, '回首页')
    await page.waitForURL(/#\/?pages\/index\/index/, { timeout: 10_000 })
    assert.deepEqual(session.problems(), [])
    await session.context.close()
  })

  test('location denied → the typed address is the way forward, not a dead end', async () => {
    const session = await newPhonePage(browser, { permissions: [] })
    const { page } = session
    await openSnapFromHome(page, server.url)
    await page.locator(CURRENT).getByText(/没有定位权限/).waitFor({ timeout: 10_000 })
    await choosePhoto(page)
    await tapText(page, '环境卫生')
    await tapText(page, '发送')
    await page.locator(CURRENT).getByText(/请说明问题在哪里/).waitFor()
    await page.locator(`${CURRENT} taro-input-core.place__address > input`).first().fill('凤凰大道 40 号后门')
    await tapText(page, '发送')
    await page.waitForURL(/pages\/login/, { timeout: 10_000 })
    await signInAndVerify(page)
    await tapText(page, '发送')
    await page.waitForURL(/packages\/complaints\/pages\/detail\/index\?id=.+created=1/, { timeout: 15_000 })
    await page.locator(`${CURRENT} .detail__place`).getByText(/凤凰大道 40 号后门/).waitFor({ timeout: 10_000 })
    assert.doesNotMatch(await page.locator(`${CURRENT} .detail__desc`).innerText(), /凤凰大道/, 'the place is not in the description')
    await page.waitForTimeout(600)
    await screenshot(page, 'e2e/complaints-03-typed-address')
    assert.deepEqual(session.problems(), [])
    await session.context.close()
  })
})
