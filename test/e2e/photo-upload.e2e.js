/**
 * Photos that really arrive (issue 14), H5 build in real Chromium, mock mode: a 随手拍 with a
 * fixture JPEG that carries an EXIF GPS block (built from bytes) → the resident's receipt
 * shows the photo → the tester panel (long press on the version in 我的) switches to the
 * administrator → the worker's case view shows the photo as a thumbnail; its bytes, fetched
 * as the worker, decode as a JPEG of the picture's size with no GPS tag. All in one page: the
 * in-process fake backend lives in the page.
 */
'use strict'
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { describe, test, before, after } = require('node:test')
const assert = require('node:assert/strict')
const { newPhonePage, screenshot } = require('../support/browser')
const { jpegWithGps, hasExifGps, decodeJpegSize } = require('../support/photo-fixture')
const { useApp, route } = require('./support')

const CURRENT = '.taro_page:visible'
const HERE = { latitude: 31.2175, longitude: 107.4822 }

const text = async (page) => (await page.locator(CURRENT).innerText().catch(() => '')).replace(/\s+/g, ' ')
const tapText = (page, label) => page.locator(CURRENT).getByText(label, { exact: true }).first().tap()
const goHash = (page, r) => page.evaluate((h) => (window.location.hash = h), `#/${r}`)

async function signInAndVerify(page) {
  for (let i = 0; i < 14; i++) {
    await page.waitForTimeout(400)
    const hash = new URL(page.url()).hash
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
      for (const off of await page.locator(`${CURRENT} .switch-row`).all()) if ((await off.innerText()).includes('已关闭')) await off.tap()
      await tapText(page, '同意并继续')
    }
  }
  assert.fail(`did not come back from sign-in: ${page.url()}`)
}

/** The bytes behind the first thumbnail on screen (a blob: URL made from what the server sent). */
async function thumbBytes(page) {
  const img = page.locator(`${CURRENT} .file-thumb img, ${CURRENT} img.file-thumb__img`).first()
  await img.waitFor({ state: 'attached', timeout: 15_000 })
  await img.scrollIntoViewIfNeeded()
  const handle = await img.elementHandle()
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, handle, { timeout: 15_000 })
  const src = await img.getAttribute('src')
  assert.match(src, /^blob:/)
  const bytes = await page.evaluate(async (u) => Array.from(new Uint8Array(await (await fetch(u)).arrayBuffer())), src)
  return new Uint8Array(bytes)
}

describe('随手拍 photo → the worker sees it', () => {
  let server
  let browser
  let dir

  useApp((a) => ({ server, browser } = a), { phonePage: false })
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqt-photo-'))
  })
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  test('the photo with EXIF GPS arrives, without GPS, and the worker opens it', async () => {
    const photo = path.join(dir, 'street-640x480.jpg')
    const original = jpegWithGps(640, 480)
    assert.equal(hasExifGps(original), true)
    fs.writeFileSync(photo, original)

    const session = await newPhonePage(browser, { permissions: ['geolocation'], geolocation: HERE })
    const { page } = session
    await page.goto(route(server.url), { waitUntil: 'load' })
    await page.locator(`${CURRENT} .entrance`, { hasText: '随手拍' }).first().waitFor({ timeout: 15_000 })
    await page.locator(`${CURRENT} .entrance`, { hasText: '随手拍' }).first().tap()
    await page.waitForURL(/packages\/complaints\/pages\/snap/, { timeout: 10_000 })
    await page.locator(CURRENT).getByText(/已定位（当前位置）/).waitFor({ timeout: 10_000 })
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 })
    await tapText(page, '拍照或选照片')
    await (await chooser).setFiles(photo)
    await page.locator(CURRENT).getByText('第1张 · 待上传').waitFor({ timeout: 10_000 })
    await tapText(page, '环境卫生')
    await tapText(page, '发送')
    await page.waitForURL(/pages\/login/, { timeout: 10_000 })
    await signInAndVerify(page)
    await tapText(page, '发送')
    await page.waitForURL(/packages\/complaints\/pages\/detail\/index\?id=.+created=1/, { timeout: 15_000 })
    const caseId = decodeURIComponent(/id=([^&]+)/.exec(page.url())[1])
    await page.locator(CURRENT).getByText(/照片：1张/).waitFor({ timeout: 10_000 })
    const mine = await thumbBytes(page)
    assert.equal(hasExifGps(mine), false, 'the resident sees the stripped photo')
    await screenshot(page, 'e2e/photo-01-receipt')

    // 我的 → long press the version → 测试工具 → switch to the administrator
    await page.evaluate(() => (window.location.hash = '#/pages/me/index'))
    await page.waitForURL(/pages\/me\/index/, { timeout: 10_000 })
    const version = page.locator(CURRENT).getByText(/长按打开测试工具/)
    await version.waitFor({ timeout: 10_000 })
    await version.dispatchEvent('longpress')
    await page.locator(CURRENT).getByText('测试工具（仅体验版）').waitFor({ timeout: 10_000 })
    await screenshot(page, 'e2e/photo-02-tester-panel')
    await page.locator(CURRENT).getByText('刘强 · 管理员', { exact: true }).tap()
    await page.locator(CURRENT).getByText(/已切换为刘强/).waitFor({ timeout: 10_000 })

    await goHash(page, `packages/worker/pages/case/index?id=${encodeURIComponent(caseId)}`)
    await page.waitForURL(/packages\/worker\/pages\/case\/index/, { timeout: 10_000 })
    await page.locator(CURRENT).getByText('现场照片', { exact: true }).waitFor({ timeout: 15_000 })
    const seen = await thumbBytes(page)
    assert.equal(seen[0], 0xff)
    assert.equal(seen[1], 0xd8, 'a JPEG')
    assert.equal(hasExifGps(seen), false, 'no GPS tag reaches the worker')
    const size = decodeJpegSize(seen)
    // the phone re-encodes (≤ 1600 px wide), keeping the aspect ratio of the 640×480 picture
    assert.ok(size.width > 0 && size.width <= 1600, `width ${size.width}`)
    assert.equal(size.width * 3, size.height * 4, `aspect ${size.width}×${size.height}`)
    await page.waitForTimeout(400)
    await screenshot(page, 'e2e/photo-03-worker-case')
    assert.deepEqual(session.problems(), [])
    await session.context.close()
  })
})
