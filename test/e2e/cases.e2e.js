/**
 * 证照核验 in real Chromium (H5 build): the public verify page needs no sign-in; opened
 * without a code it offers the manual input, and an unknown (or forged) code is reported
 * as 无法识别. Screenshots go to test/artifacts/e2e/.
 */
'use strict'
const { describe, test } = require('node:test')
const assert = require('node:assert/strict')
const { newPhonePage, screenshot } = require('../support/browser')
const { useApp, route, TARO_INPUT } = require('./support')

const CURRENT = '.taro_page:visible'
const VERIFY = 'packages/cert/pages/verify/index'

describe('证照核验 (public, no sign-in)', () => {
  let server
  let browser

  useApp((a) => ({ server, browser } = a), { phonePage: false })

  test('opened without a code: shows the manual input, and an empty submit says what is missing', async () => {
    const session = await newPhonePage(browser)
    const { page } = session
    await page.goto(route(server.url, VERIFY), { waitUntil: 'load' })
    const input = page.locator(`${CURRENT} ${TARO_INPUT}`)
    await input.first().waitFor({ state: 'visible', timeout: 20_000 })
    assert.match(await page.locator(CURRENT).innerText(), /输入核验码/)
    await page.locator(`${CURRENT} taro-button-core`, { hasText: '核验' }).first().click()
    await page.locator(CURRENT, { hasText: '请输入证照上的核验码' }).waitFor({ timeout: 10_000 })
    await screenshot(page, 'e2e/cases-01-verify-empty')
    // no redirect to sign-in
    assert.match(page.url(), /packages\/cert\/pages\/verify\/index/)
    assert.deepEqual(session.problems(), [])
    await session.context.close()
  })

  test('an unknown code in the link says 无法识别', async () => {
    const session = await newPhonePage(browser)
    const { page } = session
    await page.goto(route(server.url, VERIFY, { c: 'ABCD2345EFGH6789JK' }), { waitUntil: 'load' })
    await page.locator(CURRENT, { hasText: '无法识别' }).waitFor({ timeout: 20_000 })
    const text = await page.locator(CURRENT).innerText()
    assert.match(text, /伪造或输错/)
    await screenshot(page, 'e2e/cases-02-verify-unknown')
    assert.match(page.url(), /packages\/cert\/pages\/verify\/index/)
    assert.deepEqual(session.problems(), [])
    await session.context.close()
  })

  test('typing a made-up code by hand says 无法识别', async () => {
    const session = await newPhonePage(browser)
    const { page } = session
    await page.goto(route(server.url, VERIFY), { waitUntil: 'load' })
    const input = page.locator(`${CURRENT} ${TARO_INPUT}`).first()
    await input.waitFor({ state: 'visible', timeout: 20_000 })
    await input.fill('7K3M-Q2HX-9D4T-PA6R4W')
    await page.locator(`${CURRENT} taro-button-core`, { hasText: '核验' }).first().click()
    await page.locator(CURRENT, { hasText: '无法识别' }).waitFor({ timeout: 10_000 })
    assert.deepEqual(session.problems(), [])
    await session.context.close()
  })
})
