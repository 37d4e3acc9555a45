/**
 * Worker console in real Chromium (H5 build, mock mode): a clerk signs in through the staff
 * persona picker, filters 已超期, opens the overdue 居住证明 and approves it (→ certificate).
 * Screenshots go to test/artifacts/e2e/.
 */
'use strict'
const { describe, test } = require('node:test')
const assert = require('node:assert/strict')
const { screenshot } = require('../support/browser')
const { useApp, route } = require('./support')

const CURRENT = '.taro_page:visible'

describe('worker: sign in → 已超期 → approve', () => {
  let server
  let session
  let page

  useApp((a) => ({ server, session, page } = a))

  test('the queue without a session offers staff accounts only', async () => {
    await page.goto(route(server.url, 'packages/worker/pages/queue/index'), { waitUntil: 'load' })
    const clerk = page.locator(`${CURRENT} .cell`, { hasText: '李娜 · 窗口人员' })
    await clerk.waitFor({ state: 'visible', timeout: 20_000 })
    const text = await page.locator(CURRENT).innerText()
    assert.doesNotMatch(text, /王志强|孙桂兰/, 'resident personas must not be offered here')
    await screenshot(page, 'e2e/worker-01-sign-in')
    await clerk.tap()
    await page.locator(`${CURRENT} .worker__count`, { hasText: /共 \d+ 件/ }).waitFor({ timeout: 15_000 })
    await screenshot(page, 'e2e/worker-02-queue')
  })

  test('filters 已超期 and opens the overdue 居住证明', async () => {
    await page.locator(`${CURRENT} .chip`, { hasText: '已超期' }).tap()
    await page.locator(`${CURRENT} .chip--on`, { hasText: '已超期' }).waitFor({ timeout: 10_000 })
    const row = page.locator(`${CURRENT} .worker-queue-row`, { hasText: '居住证明' }).first()
    await row.waitFor({ state: 'visible', timeout: 10_000 })
    const rows = await page.locator(`${CURRENT} .worker-queue-row`).allInnerTexts()
    assert.ok(
      rows.length > 0 && rows.every((t) => t.includes('已超期')),
      `every row says 已超期: ${JSON.stringify(rows)}`,
    )
    await screenshot(page, 'e2e/worker-03-overdue')
    await row.tap()
    await page.waitForURL(/packages\/worker\/pages\/case\/index\?id=/, { timeout: 10_000 })
    await page.locator(`${CURRENT} .worker-history__item`).first().waitFor({ state: 'visible', timeout: 10_000 })
    const text = await page.locator(CURRENT).innerText()
    assert.match(text, /周\*/, 'the applicant is masked')
    assert.doesNotMatch(text, /周敏/, 'the full name is not shown before a reveal')
  })

  test('approves it and sees the certificate', async () => {
    await page.locator(CURRENT).getByText('审核通过', { exact: true }).tap()
    await page.locator(CURRENT).getByText('确认审核通过', { exact: true }).tap()
    await page.locator(`${CURRENT} .worker-notice`, { hasText: '已审核通过' }).waitFor({ timeout: 10_000 })
    assert.match(await page.locator(CURRENT).innerText(), /已出证/)
    await screenshot(page, 'e2e/worker-04-approved')
    assert.deepEqual(session.problems(), [])
  })
})
