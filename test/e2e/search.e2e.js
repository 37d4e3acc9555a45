/**
 * Search in the H5 build, in real Chromium on a phone-sized screen: 首页 → tap the search box →
 * the search page opens with the input focused → type `jzzm` → the first suggestion is 居住证明
 * with its characters highlighted → tap it → the matter guide for residence-proof.
 * Screenshots go to test/artifacts/e2e/.
 */
'use strict'
const { describe, test } = require('node:test')
const assert = require('node:assert/strict')
const { screenshot } = require('../support/browser')
const { useApp, route, TARO_INPUT } = require('./support')

const CURRENT = '.taro_page:visible'
const SEARCH = '.taro_page[id^="/pages/search/"]'

describe('search: 首页 → 搜索 → 居住证明', () => {
  let server
  let session
  let page

  useApp((a) => ({ server, session, page } = a))

  test('the home page shows a search box; tapping it opens the search page with the input focused', async () => {
    await page.goto(route(server.url), { waitUntil: 'load' })
    await page.waitForURL(/#\/?pages\/index\/index/, { timeout: 15_000 })
    const box = page.locator(`${CURRENT} .search-entry`)
    await box.waitFor({ state: 'visible', timeout: 15_000 })
    assert.match(await box.innerText(), /搜索要办的事/)
    await screenshot(page, 'e2e/search-01-home')

    await box.tap()
    await page.waitForURL(/#\/?pages\/search\//, { timeout: 10_000 })
    const input = page.locator(`${SEARCH} ${TARO_INPUT}`)
    await input.waitFor({ state: 'visible', timeout: 10_000 })
    await page.waitForFunction(
      () => document.activeElement && document.activeElement.closest('taro-input-core') !== null,
      null,
      { timeout: 5_000 },
    )
    // before typing: popular matters, so the page is never blank
    assert.match(await page.locator(SEARCH).innerText(), /大家常办的事/)
  })

  test('typing jzzm suggests 居住证明 first, with the matched characters highlighted', async () => {
    await page.locator(`${SEARCH} ${TARO_INPUT}`).pressSequentially('jzzm', { delay: 40 })
    const first = page.locator(`${SEARCH} .search-result`).first()
    await first.waitFor({ state: 'visible', timeout: 10_000 })
    // suggestions follow typing (debounced): wait for the ones for the whole word
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.trim() === '居住证明',
      `${SEARCH} .search-result .search-result__name`,
      { timeout: 5_000 },
    )
    assert.equal((await first.locator('.search-result__name').innerText()).trim(), '居住证明')
    const marked = await first.locator('.search-hit').allInnerTexts()
    assert.equal(marked.join(''), '居住证明')
    await screenshot(page, 'e2e/search-02-jzzm')
    assert.deepEqual(session.problems(), [])
  })

  test('tapping the suggestion opens the matter guide for residence-proof', async () => {
    await page.locator(`${SEARCH} .search-result`).first().tap()
    await page.waitForURL(/#\/?pages\/matter\//, { timeout: 10_000 })
    const hash = new URL(page.url()).hash
    assert.match(hash, /pages\/matter/)
    assert.match(hash, /[?&]id=residence-proof/)
    await screenshot(page, 'e2e/search-03-matter')
  })
})
