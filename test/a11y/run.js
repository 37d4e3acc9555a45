#!/usr/bin/env node
/**
 * Accessibility and 长辈版 check of the H5 build in headless Chromium (npm run test:a11y).
 *
 * For every route in src/app.config.ts (main pages + subPackages), in normal mode and in
 * 长辈版, each route opened in a fresh phone-sized page (390×844, so no hidden pages from
 * earlier visits get in the way):
 *   1. axe-core with the WCAG 2.0/2.1 A+AA and 2.2 AA rules → 0 violations;
 *   2. type: every visible text in the page ≥ 18 CSS px in 长辈版 (≥ 14 in normal mode);
 *   3. tap targets (buttons, role=button/switch/link, inputs, links) ≥ 60×60 CSS px in
 *      长辈版 (≥ 44×44 normal);
 *   4. no overflow at 1× and at 1.5× font scale (set as Screen does: --font-scale on the
 *      .screen root): nothing past the viewport, no sideways scrolling, no text wider than
 *      its box or cut off;
 *   5. a screenshot per route and mode in test/artifacts/a11y/<mode>/ (and at 1.5× in
 *      test/artifacts/a11y/<mode>-1.5x/) to look at;
 *   6. what a tap opens (test/a11y/interactions.js): every picker's sheet opened and checked
 *      like a page (type, targets, overflow, axe), Taro's own picker flagged, every input
 *      focused by a tap on the lower part of its box and required to fill that box.
 * Then, with 长辈版 and no route filter, the elder 居住证明 walk (test/a11y/walks.js): guide →
 * sign-in → form (pickers opened) → review → receipt → 撤回 dialog, checked at every step,
 * screenshots in test/artifacts/elder-walk/. --no-walk skips it.
 * Signed out always; signed in as 王志强 too once /pages/login/index shows the persona
 * picker (it is driven through the UI: tap 王志强).
 *
 * Assumes dist/h5 is built (like `test:e2e --no-build`); H5_DIST points elsewhere.
 *   node test/a11y/run.js                 every route, both modes
 *   node test/a11y/run.js hall me         only routes containing "hall" or "me"
 *   node test/a11y/run.js --mode=elder    one mode
 *   node test/a11y/run.js --no-shots      skip screenshots
 *   node test/a11y/run.js --signed-out    skip the signed-in pass
 * Needs axe-core (devDependency). Exit 1 on any problem; the report is also written to
 * test/artifacts/a11y/report.json.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { launchBrowser, newPhonePage, screenshot, chromiumPath, ARTIFACTS } = require('../support/browser')
const { appServer, route, H5_DIST } = require('../e2e/support')
const { allRoutes } = require('./routes')
const { measureSizes, measureOverflow } = require('./checks')
const { checkPickers, checkInputs } = require('./interactions')
const { elderResidenceProofWalk } = require('./walks')

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const MODES = {
  normal: { elder: false, minFontPx: 14, minTargetPx: 44 },
  elder: { elder: true, minFontPx: 18, minTargetPx: 60 },
}
const FONT_SCALE = 1.5
/**
 * Routes also checked with a query, where the page without one only shows its empty state.
 * Ids from src/domain/matters/catalog.ts; a variant whose route is not registered is skipped.
 */
const VARIANTS = [
  { route: 'pages/matter/index', query: { id: 'dog-registration' } },
  { route: 'pages/matter/index', query: { id: 'residence-proof' } },
  { route: 'packages/apply/pages/form/index', query: { id: 'dog-registration' } },
  { route: 'packages/apply/pages/form/index', query: { id: 'residence-proof' } },
]
const PREFS_KEY = 'sqt:prefs'
const LOGIN_ROUTE = 'pages/login/index'
const PERSONA = '王志强'

const args = process.argv.slice(2)
const flag = (name) => args.includes(`--${name}`)
const opt = (name) => (args.find((a) => a.startsWith(`--${name}=`)) || '').split('=')[1]
const filters = args.filter((a) => !a.startsWith('--'))

function loadAxe() {
  try {
    return fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  } catch {
    throw new Error('axe-core is not installed: npm install --save-dev axe-core')
  }
}

/** Taro H5 storage keeps JSON {data: value} in localStorage; prefs are zustand's JSON string. */
function prefsInitScript(elder) {
  const value = JSON.stringify({ state: { elderMode: elder, elderPrompted: true }, version: 1 })
  const stored = JSON.stringify({ data: value })
  return `try { localStorage.setItem(${JSON.stringify(PREFS_KEY)}, ${JSON.stringify(stored)}) } catch (e) {}`
}

const VISIBLE_PAGE = '.taro_page:visible'

/** Open a route in a fresh page and wait until it has rendered and finished loading. */
async function openRoute(browser, baseUrl, r, query, mode, storageState) {
  const session = await newPhonePage(browser, storageState ? { storageState } : {})
  await session.context.addInitScript(prefsInitScript(MODES[mode].elder))
  const { page } = session
  await page.goto(route(baseUrl, r, query), { waitUntil: 'load' })
  await page.locator(VISIBLE_PAGE).first().waitFor({ state: 'visible', timeout: 15_000 })
  await page
    .locator(`${VISIBLE_PAGE} .screen`)
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 })
    .catch(() => {})
  // skeletons first: give the page up to 8 s to finish loading what it shows
  const deadline = Date.now() + 8_000
  while (Date.now() < deadline && (await page.locator(`${VISIBLE_PAGE} .state--loading`).count()) > 0) {
    await page.waitForTimeout(100)
  }
  await page.waitForTimeout(150)
  return session
}

async function runAxe(page, axeSource) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: axeSource })
  return page.evaluate(async (tags) => {
    // A sticky BottomBar covers whatever the first screen ends on; axe's target-size would then
    // judge a control by the strip that peeks out above the bar (it changes with every line of
    // text above it, and a resident scrolls it into view). Measure with the bars in the flow.
    const bars = Array.from(document.querySelectorAll('.bottom-bar'))
    for (const b of bars) b.style.setProperty('position', 'static')
    // Taro keeps earlier pages in the DOM hidden; a fresh page has none, but exclude them anyway
    const res = await window.axe
      .run(
        { include: [['body']], exclude: [['.taro_page:not(.taro_page_show)'], ['.taro_page.taro_page_shade']] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      )
      .finally(() => {
        for (const b of bars) b.style.removeProperty('position')
      })
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({
        target: n.target.join(' '),
        summary: (n.failureSummary || '').split('\n').slice(1, 3).join(' ').trim(),
        html: n.html.slice(0, 160),
      })),
      count: v.nodes.length,
    }))
  }, AXE_TAGS)
}

async function checkRoute(browser, baseUrl, r, mode, auth, axeSource, storageState) {
  const m = MODES[mode]
  const result = { route: r.label, mode, auth, problems: [], warnings: [], shots: [], opened: 0 }
  let session
  try {
    session = await openRoute(browser, baseUrl, r.route, r.query, mode, storageState)
    const { page } = session
    const elderOn = (await page.locator(`${VISIBLE_PAGE} .screen.elder`).count()) > 0
    const hasScreen = (await page.locator(`${VISIBLE_PAGE} .screen`).count()) > 0
    if (!hasScreen) result.warnings.push('no Screen root on this page (tokens and 长辈版 do not apply)')
    else if (elderOn !== m.elder)
      result.problems.push({ check: 'mode', detail: `expected 长辈版 ${m.elder ? 'on' : 'off'}` })

    for (const v of await runAxe(page, axeSource)) {
      for (const n of v.nodes) {
        result.problems.push({
          check: `axe:${v.id}`,
          selector: n.target,
          text: n.html,
          detail: `${v.help}${n.summary ? ` — ${n.summary}` : ''}`,
        })
      }
      if (v.count > v.nodes.length)
        result.problems.push({ check: `axe:${v.id}`, detail: `…and ${v.count - v.nodes.length} more` })
    }
    result.problems.push(...(await page.evaluate(measureSizes, { minFontPx: m.minFontPx, minTargetPx: m.minTargetPx })))
    result.problems.push(
      ...(await page.evaluate(measureOverflow, { scale: 1 })).map((p) => ({ ...p, check: `${p.check}@1x` })),
    )
    const name = `${r.route.replace(/\/index$/, '').replace(/\//g, '_')}${r.query ? `_${Object.values(r.query).join('_')}` : ''}`
    const shots = !flag('no-shots')
    if (shots)
      result.shots.push(await screenshot(page, `a11y/${mode}${auth === 'signed-in' ? '-signed-in' : ''}/${name}`))
    // what a tap opens: every picker's sheet, every input with focus (test/a11y/interactions.js)
    const pickers = await checkPickers(page, m, AXE_TAGS)
    const inputs = await checkInputs(page)
    result.opened = pickers.opened + inputs.opened
    result.problems.push(...pickers.problems, ...inputs.problems)
    result.problems.push(
      ...(await page.evaluate(measureOverflow, { scale: FONT_SCALE })).map((p) => ({
        ...p,
        check: `${p.check}@${FONT_SCALE}x`,
      })),
    )
    if (shots && auth === 'signed-out') result.shots.push(await screenshot(page, `a11y/${mode}-${FONT_SCALE}x/${name}`))

    for (const p of session.pageErrors) result.problems.push({ check: 'page-error', detail: p.slice(0, 300) })
    for (const p of [...session.consoleErrors, ...session.externalRequests])
      result.warnings.push(String(p).slice(0, 300))
  } catch (e) {
    result.problems.push({ check: 'open', detail: `could not check the page: ${e.message.split('\n')[0]}` })
  } finally {
    if (session) await session.context.close().catch(() => {})
  }
  return result
}

/** Sign in through the UI (persona picker on the login page); resolves to a storage state or null. */
async function signIn(browser, baseUrl) {
  const session = await newPhonePage(browser)
  try {
    await session.context.addInitScript(prefsInitScript(false))
    const { page } = session
    await page.goto(route(baseUrl, LOGIN_ROUTE), { waitUntil: 'load' })
    await page.locator(VISIBLE_PAGE).first().waitFor({ state: 'visible', timeout: 15_000 })
    const persona = page.locator(VISIBLE_PAGE).getByText(PERSONA).first()
    try {
      await persona.waitFor({ state: 'visible', timeout: 5_000 })
    } catch {
      return { state: null, note: `${LOGIN_ROUTE} shows no persona ${PERSONA} yet: signed-in pass skipped` }
    }
    await persona.click()
    // signed in = a session key appears in storage
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      const keys = await page.evaluate(() => Object.keys(localStorage))
      if (keys.some((k) => /^sqt:.*(session|auth)/.test(k))) {
        await page.waitForTimeout(300)
        return { state: await session.context.storageState(), note: `signed in as ${PERSONA} via ${LOGIN_ROUTE}` }
      }
      await page.waitForTimeout(150)
    }
    return { state: null, note: `tapping ${PERSONA} stored no sqt:*session* key within 10 s: signed-in pass skipped` }
  } finally {
    await session.context.close().catch(() => {})
  }
}

function printResult(res) {
  const tag = res.problems.length ? 'FAIL' : 'ok  '
  console.log(
    `${tag} ${res.mode.padEnd(6)} ${res.auth.padEnd(10)} ${res.route}${res.problems.length ? `  (${res.problems.length} problem(s))` : ''}`,
  )
  for (const p of res.problems) {
    console.log(
      `       ${p.check}: ${p.selector ? `${p.selector} ` : ''}${p.text ? `"${p.text}" ` : ''}${p.detail || ''}`,
    )
  }
  for (const w of res.warnings) console.log(`       warning: ${w}`)
}

async function main() {
  const t0 = Date.now()
  chromiumPath()
  if (!process.env.E2E_BASE_URL && !fs.existsSync(path.join(H5_DIST, 'index.html'))) {
    throw new Error(`${path.relative(process.cwd(), H5_DIST)}/index.html is missing: run npm run build:h5 first`)
  }
  const axeSource = loadAxe()
  const registered = allRoutes()
  const known = new Set(registered.map((r) => r.route))
  const routes = [...registered, ...VARIANTS.filter((v) => known.has(v.route))]
    .map((r) => ({ ...r, label: r.query ? `${r.route}?${new URLSearchParams(r.query)}` : r.route }))
    .filter((r) => !filters.length || filters.some((f) => r.label.includes(f)))
  if (!routes.length) throw new Error(`no route matches ${filters.join(', ')}`)
  const modes = opt('mode') ? [opt('mode')] : Object.keys(MODES)
  for (const m of modes) if (!MODES[m]) throw new Error(`unknown --mode=${m}`)

  const out = path.join(ARTIFACTS, 'a11y')
  fs.rmSync(out, { recursive: true, force: true })
  fs.mkdirSync(out, { recursive: true })

  const server = await appServer()
  const browser = await launchBrowser()
  const results = []
  const notes = []
  try {
    console.log(
      `test:a11y: ${routes.length} route(s) × ${modes.join(' + ')}; axe ${AXE_TAGS.join(', ')}; served at ${server.url}`,
    )
    for (const mode of modes) {
      for (const r of routes) {
        const res = await checkRoute(browser, server.url, r, mode, 'signed-out', axeSource)
        printResult(res)
        results.push(res)
      }
    }
    if (!flag('signed-out')) {
      const { state, note } = await signIn(browser, server.url)
      notes.push(note)
      console.log(`test:a11y: ${note}`)
      if (state) {
        for (const mode of modes) {
          for (const r of routes) {
            if (r.route === LOGIN_ROUTE) continue
            const res = await checkRoute(browser, server.url, r, mode, 'signed-in', axeSource, state)
            printResult(res)
            results.push(res)
          }
        }
      }
    }
    if (!flag('no-walk') && modes.includes('elder') && !filters.length) {
      const walk = await elderResidenceProofWalk(browser, server.url, prefsInitScript(true), MODES.elder, AXE_TAGS)
      const res = {
        route: `walk: 长辈版 居住证明 (${walk.steps.join(' → ')})`,
        mode: 'elder',
        auth: 'walk',
        problems: walk.problems.map((p) => ({ ...p, check: `${p.step}:${p.check}` })),
        warnings: [],
        shots: walk.shots,
        opened: walk.opened,
      }
      printResult(res)
      results.push(res)
    }
  } finally {
    await browser.close()
    await server.close()
  }

  const failed = results.filter((r) => r.problems.length)
  const byCheck = {}
  for (const r of results)
    for (const p of r.problems) byCheck[p.check.replace(/@.*/, '')] = (byCheck[p.check.replace(/@.*/, '')] || 0) + 1
  fs.writeFileSync(
    path.join(out, 'report.json'),
    JSON.stringify({ at: new Date().toISOString(), tags: AXE_TAGS, notes, results }, null, 2),
  )
  console.log(
    `test:a11y: ${results.length} page check(s), ${failed.length} failed${
      Object.keys(byCheck).length
        ? ` (${Object.entries(byCheck)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`
        : ''
    }; ${results.reduce((n, r) => n + (r.opened || 0), 0)} pop-up(s) opened and input(s) focused; ` +
      `${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots and report.json in test/artifacts/a11y/`,
  )
  return failed.length ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    console.error(`test:a11y: ${e.message}`)
    process.exitCode = 1
  },
)
