#!/usr/bin/env node
/**
 * First-screen performance of the built H5 home page (npm run perf), printed every CI run.
 *
 *   node scripts/perf-report.js                 Lighthouse if installed, else the CDP fallback
 *   node scripts/perf-report.js --runs=3        median of 3 runs (default 1)
 *   node scripts/perf-report.js --cdp           skip Lighthouse
 *   node scripts/perf-report.js --report-only   never exit 1 (PERF_REPORT_ONLY=1 too)
 *
 * 1. Lighthouse 12 (`lighthouse` from node_modules, or LIGHTHOUSE_DIR=/path/to/node_modules/lighthouse;
 *    13 needs Node 22) against Debian chromium, performance category only, Lighthouse's default
 *    mobile settings: Moto G Power-sized screen, *simulated* slow 4G (150 ms RTT, 1.6 Mbps) and
 *    4× CPU slowdown. Simulation replays one unthrottled load through a network/CPU model,
 *    so the numbers move little between runs — good enough for CI.
 * 2. Fallback (no Lighthouse): Chromium via playwright-core with CDP CPU throttling 4× and
 *    network throttling (150 ms RTT, 1.6 Mbps down, 750 kbps up), measured in the page with
 *    the Performance API: FCP, LCP, load, "app ready" (home entrances visible) and the
 *    long-task time after FCP. Real throttling is noisier than Lighthouse's simulation.
 *
 * The build is served gzip-compressed like a production web server would (scripts/serve-static.js
 * sends raw bytes, which would make Lighthouse model ~3× more download than a resident gets).
 *
 * Targets: interactive ≤ 2.5 s and performance score ≥ 90 — a miss prints WARN. Only a clear
 * breach fails (exit 1): interactive > 5 s or score < 60 (LIMITS below), so CI noise on a
 * shared 2-core machine does not turn the build red. Serves H5_DIST (default dist/h5), which
 * must be built. Numbers are written to test/artifacts/perf-report.json.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { pathToFileURL } = require('node:url')
const http = require('node:http')
const zlib = require('node:zlib')

const REPO = path.resolve(__dirname, '..')
const H5_DIST = path.resolve(REPO, process.env.H5_DIST || 'dist/h5')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const OUT = path.join(REPO, 'test/artifacts/perf-report.json')
const TARGETS = { interactiveMs: 2500, score: 90 }
const LIMITS = { interactiveMs: 5000, score: 60 }
const HOME = 'pages/index/index'

const args = process.argv.slice(2)
const runs = Math.max(1, Number((args.find((a) => a.startsWith('--runs=')) || '--runs=1').split('=')[1]) || 1)
const reportOnly = args.includes('--report-only') || process.env.PERF_REPORT_ONLY === '1'
const forceCdp = args.includes('--cdp')

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
}

/** A static server for dist/h5 that gzips text like production (level 6). Resolves to { url, close }. */
function serveGzip(root) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html'
    const file = path.resolve(root, rel)
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found')
      return
    }
    const type = TYPES[path.extname(file)] || 'application/octet-stream'
    let body = fs.readFileSync(file)
    const headers = { 'content-type': type, 'cache-control': 'no-cache' }
    if (/text|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      body = zlib.gzipSync(body, { level: 6 })
      headers['content-encoding'] = 'gzip'
    }
    headers['content-length'] = body.length
    res.writeHead(200, headers).end(body)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  )
}

async function loadLighthouse() {
  if (forceCdp) return null
  const candidates = []
  if (process.env.LIGHTHOUSE_DIR)
    candidates.push(pathToFileURL(path.join(process.env.LIGHTHOUSE_DIR, 'core/index.js')).href)
  candidates.push('lighthouse')
  for (const c of candidates) {
    try {
      const mod = await import(c)
      const dir =
        c === 'lighthouse' ? path.dirname(require.resolve('lighthouse/package.json')) : process.env.LIGHTHOUSE_DIR
      const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version
      const launcherPath = require.resolve('chrome-launcher', { paths: [dir] })
      return { lighthouse: mod.default, launcher: require(launcherPath), version }
    } catch {
      /* try the next */
    }
  }
  return null
}

async function lighthouseRun(lh, url) {
  const chrome = await lh.launcher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' })
  try {
    const result = await lh.lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      // defaults spelled out: mobile, simulated throttling (slow 4G, 4× CPU)
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
    })
    const a = result.lhr.audits
    const ms = (id) => (a[id] && typeof a[id].numericValue === 'number' ? Math.round(a[id].numericValue) : null)
    return {
      score: Math.round((result.lhr.categories.performance.score || 0) * 100),
      fcpMs: ms('first-contentful-paint'),
      lcpMs: ms('largest-contentful-paint'),
      interactiveMs: ms('interactive'),
      tbtMs: ms('total-blocking-time'),
      speedIndexMs: ms('speed-index'),
      cls: a['cumulative-layout-shift'] ? Number(a['cumulative-layout-shift'].numericValue.toFixed(3)) : null,
      transferKB: a['total-byte-weight'] ? Math.round(a['total-byte-weight'].numericValue / 1024) : null,
      runtimeError: result.lhr.runtimeError ? result.lhr.runtimeError.message : undefined,
      warnings: result.lhr.runWarnings,
    }
  } finally {
    await chrome.kill()
  }
}

async function cdpRun(url) {
  const { chromium } = require('playwright-core')
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_FLAGS })
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.addInitScript(() => {
      window.__perf = { lcp: 0, longTasks: [] }
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__perf.lcp = e.startTime
      }).observe({ type: 'largest-contentful-paint', buffered: true })
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__perf.longTasks.push([e.startTime, e.duration])
      }).observe({ type: 'longtask', buffered: true })
    })
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
    await page.locator('.taro_page .entrance').first().waitFor({ state: 'visible', timeout: 30_000 })
    const readyMs = await page.evaluate(() => performance.now())
    await page.waitForTimeout(1500) // let LCP and long tasks settle
    return await page.evaluate((ready) => {
      const nav = performance.getEntriesByType('navigation')[0]
      const fcp = (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0
      const blocking = window.__perf.longTasks
        .filter(([s]) => s >= fcp)
        .reduce((t, [, d]) => t + Math.max(0, d - 50), 0)
      const bytes = performance
        .getEntriesByType('resource')
        .reduce((t, r) => t + (r.transferSize || 0), nav.transferSize || 0)
      return {
        score: null,
        fcpMs: Math.round(fcp),
        lcpMs: Math.round(window.__perf.lcp),
        interactiveMs: Math.round(Math.max(ready, nav.loadEventEnd)),
        tbtMs: Math.round(blocking),
        loadMs: Math.round(nav.loadEventEnd),
        appReadyMs: Math.round(ready),
        transferKB: Math.round(bytes / 1024),
      }
    }, readyMs)
  } finally {
    await browser.close()
  }
}

async function main() {
  if (!fs.existsSync(path.join(H5_DIST, 'index.html'))) {
    console.error(`perf: ${path.relative(REPO, H5_DIST)}/index.html is missing; run npm run build:h5 first`)
    return 1
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`perf: Chromium not found at ${CHROMIUM} (CHROMIUM_PATH)`)
    return 1
  }
  const lh = await loadLighthouse()
  const method = lh
    ? `Lighthouse ${lh.version}, mobile, simulated slow 4G + 4× CPU`
    : `CDP ${forceCdp ? '(--cdp)' : 'fallback (Lighthouse not installed)'}: 4× CPU throttling, 150 ms RTT / 1.6 Mbps, Performance API`
  const server = await serveGzip(H5_DIST)
  const url = `${server.url}/index.html#/${HOME}`
  const results = []
  try {
    for (let i = 0; i < runs; i++) {
      const r = lh ? await lighthouseRun(lh, url) : await cdpRun(url)
      if (r.runtimeError) throw new Error(`Lighthouse: ${r.runtimeError}`)
      results.push(r)
      console.log(`perf: run ${i + 1}/${runs}: ${JSON.stringify(r, (k, v) => (k === 'warnings' ? undefined : v))}`)
    }
  } finally {
    await server.close()
  }
  const keys = Object.keys(results[0]).filter((k) => results.every((r) => typeof r[k] === 'number'))
  const med = Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r[k]))]))
  const s = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`)

  console.log(`\nFirst screen of the H5 home page (${method}; ${runs > 1 ? `median of ${runs}` : '1 run'}):`)
  const rows = [
    ['performance score', med.score == null ? '— (Lighthouse only)' : String(med.score), `≥ ${TARGETS.score}`],
    ['first contentful paint', s(med.fcpMs), ''],
    ['largest contentful paint', s(med.lcpMs), ''],
    [
      lh ? 'time to interactive' : 'interactive (≈ max(load, app ready))',
      s(med.interactiveMs),
      `≤ ${s(TARGETS.interactiveMs)}`,
    ],
    ['total blocking time', med.tbtMs == null ? '—' : `${med.tbtMs} ms`, ''],
  ]
  if (med.speedIndexMs != null) rows.push(['speed index', s(med.speedIndexMs), ''])
  if (med.cls != null) rows.push(['cumulative layout shift', String(med.cls), ''])
  if (med.transferKB != null) rows.push(['bytes transferred', `${med.transferKB} KB`, ''])
  for (const [k, v, t] of rows) console.log(`  ${k.padEnd(40)} ${v.padStart(10)}   ${t}`)

  const problems = []
  const warn = []
  if (med.interactiveMs > LIMITS.interactiveMs)
    problems.push(`interactive ${s(med.interactiveMs)} > limit ${s(LIMITS.interactiveMs)}`)
  else if (med.interactiveMs > TARGETS.interactiveMs)
    warn.push(`interactive ${s(med.interactiveMs)} > target ${s(TARGETS.interactiveMs)}`)
  if (med.score != null) {
    if (med.score < LIMITS.score) problems.push(`performance score ${med.score} < limit ${LIMITS.score}`)
    else if (med.score < TARGETS.score) warn.push(`performance score ${med.score} < target ${TARGETS.score}`)
  }
  for (const w of warn) console.log(`WARN: ${w}`)
  for (const p of problems) console.log(`${reportOnly ? 'WARN (report-only)' : 'FAIL'}: ${p}`)
  fs.mkdirSync(path.dirname(OUT), { recursive: true })
  fs.writeFileSync(
    OUT,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        method,
        url: `#/${HOME}`,
        runs: results,
        median: med,
        targets: TARGETS,
        limits: LIMITS,
      },
      null,
      2,
    ),
  )
  console.log(`perf: written to ${path.relative(REPO, OUT)}`)
  return problems.length && !reportOnly ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    console.error(`perf: ${e.stack || e.message}`)
    process.exitCode = 1
  },
)
