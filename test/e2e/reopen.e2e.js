/**
 * 微诉求 through triage, 办结 and 重新打开 in one browser (H5 build, mock mode: the fake
 * backend lives in the page, so resident and worker take turns in the same tab): 王志强 files
 * a 微诉求 → signs out → the grid worker 分级受理 and 办结 it (and leaves by 退出登录) → 王志强
 * signs in again and reopens it with a reason. No console errors on the way (the reopen used
 * to log NotFoundError: Failed to execute 'insertBefore').
 */
'use strict'
const { describe, test } = require('node:test')
const assert = require('node:assert/strict')
const { screenshot } = require('../support/browser')
const { useApp, route, TARO_TEXTAREA } = require('./support')

const CURRENT = '.taro_page:visible'

describe('微诉求: resolve → reopen', () => {
  let server
  let session
  let page
  let caseUrl

  const current = () => {
    const p = (new URL(page.url()).hash.replace(/^#/, '').split('?')[0] || '/pages/index/index').replace(/^\/?/, '/')
    return page.locator(`${CURRENT}[id^="${p}"]`).last()
  }
  const text = async () => (await current().innerText().catch(() => '')).replace(/\s+/g, ' ')
  const tap = async (label, exact = true) => {
    const el = current().getByText(label, { exact }).first()
    await el.waitFor({ state: 'visible', timeout: 15_000 })
    await el.scrollIntoViewIfNeeded()
    await el.tap()
  }

  /** persona → consent → simulated face verification, until `done` holds. */
  async function residentSignIn(done) {
    await page.goto(route(server.url, 'pages/login/index'), { waitUntil: 'load' })
    for (let i = 0; i < 30; i++) {
      await page.waitForTimeout(400)
      if (await done()) return
      const hash = new URL(page.url()).hash
      if (/pages\/login/.test(hash) && (await current().locator('.persona--resident-new').count())) {
        await current().locator('.persona--resident-new').first().tap()
        continue
      }
      const t = await text()
      if (t.includes('同意并继续')) {
        for (const off of await current().locator('.switch-row').all()) {
          if ((await off.innerText()).includes('已关闭')) await off.tap()
        }
        await tap('同意并继续')
        continue
      }
      for (const label of ['去阅读并同意', '开始人脸核验', '完成刷脸']) {
        if (t.includes(label)) {
          await tap(label)
          break
        }
      }
    }
    assert.fail(`sign-in did not finish; at ${page.url()}`)
  }

  useApp((a) => ({ server, session, page } = a))

  test('王志强 files a 微诉求', async () => {
    await residentSignIn(async () => /已完成实名认证|我的信息/.test(await text()))
    await page.goto(route(server.url, 'packages/complaints/pages/new/index'), { waitUntil: 'load' })
    await tap('环境卫生')
    await current().locator(TARO_TEXTAREA).first().fill('楼下垃圾桶三天没人清理，味道很大')
    await tap('发送')
    await page.waitForURL(/packages\/complaints\/pages\/detail\/index\?id=.+created=1/, { timeout: 15_000 })
    caseUrl = page.url().replace(/&created=1/, '')
    await current().getByText(/已提交，编号/).first().waitFor({ timeout: 10_000 })
  })

  test('the grid worker 分级受理 and 办结 it, then leaves by 退出登录', async () => {
    await page.goto(route(server.url, 'pages/me/index'), { waitUntil: 'load' })
    await tap('退出登录')
    await page.goto(route(server.url, 'packages/worker/pages/queue/index'), { waitUntil: 'load' })
    await tap('杨帆 · 网格员（网格一）')
    await current().locator('.worker__count', { hasText: /共 \d+ 件/ }).waitFor({ timeout: 15_000 })
    await page.goto(caseUrl.replace('packages/complaints/pages/detail', 'packages/worker/pages/case'), { waitUntil: 'load' })
    await tap('分级受理')
    await tap('蓝·即办')
    await tap('确认分级受理')
    await current().locator('.worker-notice', { hasText: '已分级受理' }).waitFor({ timeout: 10_000 })
    await tap('办结')
    await current().locator(`.worker-form ${TARO_TEXTAREA}`).first().fill('已通知保洁清理完毕，并增加巡查')
    await tap('确认办结')
    await current().locator('.worker-notice', { hasText: '已办结' }).waitFor({ timeout: 10_000 })
    await tap('我的')
    await page.waitForURL(/pages\/me\/index/, { timeout: 10_000 })
    await tap('退出登录')
  })

  test('王志强 reopens it with a reason, without a console error', async () => {
    await residentSignIn(async () => /已完成实名认证|我的信息/.test(await text()))
    await page.goto(caseUrl, { waitUntil: 'load' })
    await tap('没解决，重新打开')
    await current().locator(TARO_TEXTAREA).first().fill('垃圾又堆起来了，还是没人管')
    await tap('重新打开')
    await current().getByText('您重新打开了诉求').first().waitFor({ timeout: 10_000 })
    assert.doesNotMatch(await text(), /没解决，重新打开/)
    await screenshot(page, 'e2e/reopen-01-reopened')
    assert.deepEqual(session.problems(), [])
  })
})
