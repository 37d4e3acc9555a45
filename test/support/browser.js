/**
 * Shared headless Chromium launcher for browser tests (e2e, a11y): Debian's chromium
 * driven by playwright-core — no browser download, no @playwright/test.
 *
 *   const { launchBrowser, newPhonePage } = require('../support/browser')
 *   const browser = await launchBrowser()
 *   const { page, problems } = await newPhonePage(browser)
 *   …
 *   assert.deepEqual(problems(), [])   // console errors, page errors, external requests
 *   await browser.close()
 *
 * CHROMIUM_PATH overrides the executable (default /usr/bin/chromium). Each launch gets
 * a fresh, throw-away user-data-dir (playwright's launch() creates one in the temp
 * directory and removes it on close), so runs never share cookies or storage.
 * Requests to anything but the local test server are aborted and reported, so tests
 * are hermetic and mock mode is proven not to reach the network.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { chromium } = require('playwright-core')

const REPO = path.resolve(__dirname, '../..')
const ARTIFACTS = path.join(REPO, 'test/artifacts')

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox', // CI runs as root in a container
  '--disable-gpu',
  '--disable-dev-shm-usage', // small /dev/shm in containers
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** iPhone 12/13/14-sized phone, Chinese locale. */
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}

function chromiumPath() {
  const p = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!fs.existsSync(p)) {
    throw new Error(
      `Chromium not found at ${p}. Install it (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`,
    )
  }
  return p
}

async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    ...options,
  })
}

const isLocal = (url) => {
  try {
    const u = new URL(url)
    return ['data:', 'blob:', 'about:'].includes(u.protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)
  } catch {
    return false
  }
}

/**
 * A new phone-sized context + page. Collects console errors, uncaught page errors and
 * blocked external requests; `problems()` returns them as strings.
 */
async function newPhonePage(browser, contextOptions = {}) {
  const context = await browser.newContext({ ...PHONE, ...contextOptions })
  const consoleErrors = []
  const pageErrors = []
  const externalRequests = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isLocal(url)) return route.continue()
    externalRequests.push(url)
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  page.setDefaultTimeout(10_000) // fail in seconds, not playwright's default 30 s
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location()
      consoleErrors.push(`console.error: ${msg.text()}${loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`)
    }
  })
  page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.stack || err.message}`))
  const problems = () => [
    ...pageErrors,
    ...consoleErrors,
    ...externalRequests.map((u) => `external request blocked: ${u}`),
  ]
  return { context, page, consoleErrors, pageErrors, externalRequests, problems }
}

/** Full-page screenshot to test/artifacts/<name>.png (git-ignored; `name` may contain a subfolder); returns the path. */
async function screenshot(page, name) {
  const safe = name
    .split('/')
    .map((seg) => seg.replace(/[^\w.-]+/g, '-'))
    .filter((seg) => seg && seg !== '..' && seg !== '.')
  const file = path.join(ARTIFACTS, `${safe.join('/')}.png`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  await page.screenshot({ path: file, fullPage: true })
  return file
}

module.exports = { launchBrowser, newPhonePage, screenshot, PHONE, CHROMIUM_ARGS, ARTIFACTS, chromiumPath }
