/**
 * What a route check cannot see as the page loads: pop-ups opened by a tap and inputs with
 * focus. Run on each page after the load checks (test/a11y/run.js):
 *   - every picker (the app's `.choice-picker__trigger`: 点这里选择 / dates) is opened; the
 *     sheet must pass the same type, target, overflow and axe checks as a page, then 取消
 *     closes it. A platform picker (`taro-picker-core`, Taro's 12 px popup) is a problem;
 *   - every text input and textarea is focused by a tap on the LOWER part of its drawn box
 *     (the tap must reach the input), and its native box must fill the drawn one;
 *   - a dialog or toast already on screen is checked with the page (its own selector).
 * Each function returns { problems, opened } where opened counts the pop-ups/inputs tried.
 */
'use strict'
const { measureSizes, measureOverflow } = require('./checks')

const PAGE = '.taro_page:visible'

/** In-page: the visible pop-up layers (sheets, dialogs, toasts) — what is checked as "popup". */
function openLayers() {
  return Array.from(document.querySelectorAll('.sheet, .toast:not(.toast--hidden), .taro__modal, .taro__toast, .taro__actionSheet'))
    .filter((el) => el.checkVisibility())
    .map((el) => el.className)
}

async function axeOn(page, selector, tags) {
  return page.evaluate(
    async ({ selector, tags }) => {
      const res = await window.axe.run(
        { include: [[selector]] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      )
      return res.violations.flatMap((v) =>
        v.nodes.slice(0, 3).map((n) => ({ check: `axe:${v.id}`, selector: n.target.join(' '), detail: v.help })),
      )
    },
    { selector, tags },
  )
}

/** Checks whatever layer is open now; `where` names it in the report. */
async function checkOpenLayer(page, mode, tags, where) {
  const problems = []
  const tag = (p) => ({ ...p, check: `${where}:${p.check}` })
  problems.push(...(await page.evaluate(measureSizes, { minFontPx: mode.minFontPx, minTargetPx: mode.minTargetPx })).map(tag))
  problems.push(...(await page.evaluate(measureOverflow, { scale: 1 })).map(tag))
  problems.push(...(await axeOn(page, '.sheet', tags).catch(() => [])).map(tag))
  return problems
}

/** Opens every app picker on the page in turn, checks the sheet, closes it with 取消. */
async function checkPickers(page, mode, tags) {
  const problems = []
  const root = page.locator(PAGE).last()
  const platform = await root.locator('taro-picker-core').count()
  if (platform) {
    problems.push({
      check: 'popup:platform-picker',
      detail: `${platform} Taro picker(s): its popup is 12 px text with 34 px rows; use ChoicePicker/DatePicker`,
    })
  }
  const triggers = root.locator('.choice-picker__trigger')
  const n = await triggers.count()
  let opened = 0
  for (let i = 0; i < n; i++) {
    const t = triggers.nth(i)
    if (!(await t.isVisible().catch(() => false))) continue
    const name = ((await t.getAttribute('aria-label')) || (await t.innerText())).replace(/\s+/g, ' ').slice(0, 30)
    await t.scrollIntoViewIfNeeded().catch(() => {})
    await t.click()
    const sheet = root.locator('.sheet').last()
    try {
      await sheet.waitFor({ state: 'visible', timeout: 3_000 })
    } catch {
      problems.push({ check: 'popup:open', text: name, detail: 'tapping the picker opened nothing' })
      continue
    }
    opened++
    for (const p of await checkOpenLayer(page, mode, tags, 'popup')) problems.push({ ...p, text: p.text || name })
    await sheet.locator('.sheet__actions').getByText('取消', { exact: true }).first().click()
    await sheet.waitFor({ state: 'detached', timeout: 3_000 }).catch(() =>
      problems.push({ check: 'popup:close', text: name, detail: '取消 did not close the sheet' }),
    )
  }
  return { problems, opened }
}

/**
 * Every visible text input: a tap near the bottom of the drawn box must focus it, and the
 * native control must fill the box (the typed text sits in it, not at its top).
 */
async function checkInputs(page) {
  const problems = []
  const root = page.locator(PAGE).last()
  const boxes = root.locator('taro-input-core, taro-textarea-core')
  const n = await boxes.count()
  let opened = 0
  for (let i = 0; i < n; i++) {
    const box = boxes.nth(i)
    if (!(await box.isVisible().catch(() => false))) continue
    // to the middle of the screen: a sticky bottom bar must not be what the tap lands on
    await box.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await page.waitForTimeout(50)
    const outer = await box.boundingBox()
    const inner = await box.locator('input, textarea').first().boundingBox()
    if (!outer || !inner) continue
    opened++
    const name = ((await box.getAttribute('aria-label')) || (await box.locator('input, textarea').first().getAttribute('placeholder')) || `input ${i + 1}`).slice(0, 30)
    // blur whatever had focus, then tap 4 px above the bottom edge of the drawn box
    await page.evaluate(() => document.activeElement && document.activeElement.blur && document.activeElement.blur())
    await page.mouse.click(outer.x + Math.min(24, outer.width / 2), outer.y + outer.height - 4)
    const focused = await box.evaluate((el) => el.contains(document.activeElement) && /^(INPUT|TEXTAREA)$/.test(document.activeElement.tagName))
    if (!focused) {
      problems.push({
        check: 'input:focus',
        text: name,
        detail: `a tap on the lower part of the ${outer.width.toFixed(0)}×${outer.height.toFixed(0)} box does not focus the input`,
      })
    }
    if (inner.height + 8 < outer.height * 0.8) {
      problems.push({
        check: 'input:fill',
        text: name,
        detail: `the input is ${inner.height.toFixed(0)} px high inside a ${outer.height.toFixed(0)} px box`,
      })
    }
    await page.evaluate(() => document.activeElement && document.activeElement.blur && document.activeElement.blur())
  }
  return { problems, opened }
}

module.exports = { checkPickers, checkInputs, checkOpenLayer, openLayers }
