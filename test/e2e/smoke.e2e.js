/**
 * Smoke test of the H5 build in real Chromium on a phone-sized screen: the app opens on
 * the home page, shows its three entrances without any console or page errors, and
 * 办事大厅 opens the hall. Screenshots go to test/artifacts/e2e/.
 *
 * Run through `npm run test:e2e` (which serves dist/h5), or alone with
 * `node --test test/e2e/smoke.e2e.js`.
 */
'use strict'
const { describe, test } = require('node:test')
const assert = require('node:assert/strict')
const { screenshot } = require('../support/browser')
const { useApp, route } = require('./support')

const ENTRANCES = ['办事大厅', '微诉求', '随手拍']
// Taro H5 keeps visited pages in the DOM: a tab page left behind keeps .taro_page_show
// but gets .taro_page_shade (display: none). So "the page on screen" is the visible one.
const CURRENT = '.taro_page:visible'

describe('smoke: home → 办事大厅', () => {
  let server
  let session
  let page

  useApp((a) => ({ server, session, page } = a))

  test('opens on the home page with the three entrances visible', async () => {
    await page.goto(route(server.url), { waitUntil: 'load' })
    await page.waitForURL(/#\/?pages\/index\/index/, { timeout: 15_000 })
    const entrances = page.locator(`${CURRENT} .entrance`)
    try {
      await entrances.first().waitFor({ state: 'visible', timeout: 15_000 })
    } catch {
      await screenshot(page, 'e2e/smoke-01-home')
      const text = await page
        .locator(CURRENT)
        .innerText()
        .catch(() => '(no page shown)')
      assert.fail(
        `home page shows no .entrance within 15 s; page text: ${JSON.stringify(text.slice(0, 200))}; problems: ${JSON.stringify(session.problems())}`,
      )
    }
    for (const label of ENTRANCES) {
      const entrance = entrances.filter({ hasText: label })
      assert.equal(await entrance.count(), 1, `expected one .entrance with text ${label}`)
      assert.ok(await entrance.isVisible(), `${label} entrance is not visible`)
    }
    await screenshot(page, 'e2e/smoke-01-home')
  })

  test('no console errors, page errors or external requests on the home page', () => {
    assert.deepEqual(session.problems(), [])
  })

  test('tapping 办事大厅 opens the hall', async () => {
    await page.locator(`${CURRENT} .entrance`, { hasText: '办事大厅' }).tap()
    await page.waitForURL(/#\/?pages\/hall\//, { timeout: 10_000 })
    assert.match(new URL(page.url()).hash, /pages\/hall/)
    const hall = page.locator('.taro_page[id^="/pages/hall/"]')
    await hall.waitFor({ state: 'visible', timeout: 10_000 })
    assert.equal(await page.locator(CURRENT).count(), 1, 'more than one page on screen')
    assert.ok((await hall.innerText()).trim().length > 0, 'hall page shows no text')
    await screenshot(page, 'e2e/smoke-02-hall')
    assert.deepEqual(session.problems(), [])
  })
})
