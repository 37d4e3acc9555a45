/**
 * The elder walk (issue 16): 居住证明 in 长辈版 as 王志强, from the 办事指南 to the receipt and
 * on to 撤回's confirmation dialog, with the page checks at every step and every picker,
 * input and dialog on the way. Screenshots (phone viewport, not full page, to stay small) go
 * to test/artifacts/elder-walk/ — that set is committed: picker open, form, receipt, dialog.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { newPhonePage, ARTIFACTS } = require('../support/browser')
const { route } = require('../e2e/support')
const { measureSizes, measureOverflow } = require('./checks')
const { checkPickers, checkInputs, checkOpenLayer } = require('./interactions')

const PAGE = '.taro_page:visible'
const SHOTS = path.join(ARTIFACTS, 'elder-walk')

async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.waitForTimeout(400) // sheet animations settle
  const file = path.join(SHOTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: false, scale: 'css' })
  return file
}

/**
 * Runs the walk. `prefsInit` puts 长辈版 on before the app starts; `mode` has the elder
 * minimums; `tags` are the axe tags. Resolves to { problems, steps, shots, opened }.
 */
async function elderResidenceProofWalk(browser, baseUrl, prefsInit, mode, tags) {
  const session = await newPhonePage(browser)
  await session.context.addInitScript(prefsInit)
  const { page } = session
  const problems = []
  const steps = []
  const shots = []
  let opened = 0
  const current = () => {
    const p = (new URL(page.url()).hash.replace(/^#/, '').split('?')[0] || '/pages/index/index').replace(/^\/?/, '/')
    return page.locator(`${PAGE}[id^="${p}"]`).last()
  }
  const text = async () => (await current().innerText().catch(() => '')).replace(/\s+/g, ' ')
  const tap = async (label, exact = true) => {
    const el = current().getByText(label, { exact }).first()
    await el.waitFor({ state: 'visible', timeout: 15_000 })
    await el.scrollIntoViewIfNeeded()
    await el.click()
  }
  /** Until the page on screen has finished sliding in (Taro H5 animates page changes). */
  const settled = async () => {
    const deadline = Date.now() + 5_000
    while (Date.now() < deadline) {
      const box = await current().boundingBox().catch(() => null)
      if (box && Math.abs(box.x) < 0.5) return
      await page.waitForTimeout(100)
    }
  }
  const check = async (step) => {
    steps.push(step)
    await settled()
    await page.waitForTimeout(300)
    const found = [
      ...(await page.evaluate(measureSizes, { minFontPx: mode.minFontPx, minTargetPx: mode.minTargetPx })),
      ...(await page.evaluate(measureOverflow, { scale: 1 })),
    ]
    const pickers = await checkPickers(page, mode, tags)
    const inputs = await checkInputs(page)
    opened += pickers.opened + inputs.opened
    problems.push(...[...found, ...pickers.problems, ...inputs.problems].map((p) => ({ ...p, step })))
  }

  try {
    await page.goto(route(baseUrl, 'pages/matter/index', { id: 'residence-proof' }), { waitUntil: 'load' })
    await current().getByText('在线申请').first().waitFor({ timeout: 15_000 })
    await check('办事指南')
    await tap('在线申请')
    // sign in (persona), consent, face verification (simulated), back on the form
    for (let i = 0; i < 30; i++) {
      await page.waitForTimeout(400)
      const hash = new URL(page.url()).hash
      if (/packages\/apply\/pages\/form/.test(hash) && (await current().getByText('下一步：核对信息').count())) break
      if (/pages\/login/.test(hash) && (await current().locator('.persona--resident-new').count())) {
        await current().locator('.persona--resident-new').first().click()
        continue
      }
      const t = await text()
      if (t.includes('同意并继续')) {
        for (const off of await current().locator('.switch-row').all()) {
          if ((await off.innerText()).includes('已关闭')) await off.click()
        }
        await tap('同意并继续')
        continue
      }
      for (const label of ['去阅读并同意', '开始人脸核验', '完成刷脸', '继续办事']) {
        if (t.includes(label)) {
          await tap(label)
          break
        }
      }
    }
    await current().getByText('下一步：核对信息').first().waitFor({ timeout: 15_000 })
    await check('申请表')

    // the first picker open, as an elder sees it
    const purpose = current().locator('#field-purpose .choice-picker__trigger')
    await purpose.scrollIntoViewIfNeeded()
    await purpose.click()
    await current().locator('.sheet').waitFor({ state: 'visible', timeout: 5_000 })
    shots.push(await shot(page, '01-picker-open'))
    await current().locator('.sheet .choice-list__item').first().click()
    for (const key of ['recipient', 'delivery']) {
      await current().locator(`#field-${key} .choice-picker__trigger`).click()
      await current().locator('.sheet .choice-list__item').first().click()
    }
    await current().locator('#field-pledgeAccepted .switch-row').click()
    await current().locator('#field-purpose').scrollIntoViewIfNeeded()
    shots.push(await shot(page, '02-form'))
    await tap('下一步：核对信息')
    await current().getByText('确认提交').first().waitFor({ timeout: 10_000 })
    await check('核对信息')
    await tap('确认提交')
    await page.waitForURL(/packages\/apply\/pages\/receipt\/index\?id=/, { timeout: 15_000 })
    await current().getByText('办件编号').first().waitFor({ timeout: 15_000 })
    await check('回执')
    shots.push(await shot(page, '03-receipt'))

    // 撤回's confirmation: the app's own dialog
    await tap('查看我的办件')
    await page.waitForURL(/packages\/cases\/pages\/list/, { timeout: 15_000 })
    await tap('居住证明', false)
    await page.waitForURL(/packages\/cases\/pages\/detail/, { timeout: 15_000 })
    await tap('撤回申请')
    await current().locator('.withdraw taro-textarea-core > textarea').fill('填错了，要重新申请')
    await tap('确认撤回')
    await current().locator('[role=alertdialog]').waitFor({ state: 'visible', timeout: 5_000 })
    steps.push('撤回确认')
    opened++
    problems.push(...(await checkOpenLayer(page, mode, tags, 'dialog')).map((p) => ({ ...p, step: '撤回确认' })))
    shots.push(await shot(page, '04-dialog'))
    await tap('再想想')
  } catch (e) {
    problems.push({ check: 'walk', step: steps[steps.length - 1] || 'start', detail: e.message.split('\n')[0] })
  } finally {
    for (const p of session.pageErrors) problems.push({ check: 'page-error', detail: p.slice(0, 300) })
    await session.context.close().catch(() => {})
  }
  return { problems, steps, shots, opened }
}

module.exports = { elderResidenceProofWalk }
