/**
 * The README's first command, proven: runs `npm start` from this checkout exactly as a new
 * user would, waits for the address it prints, opens it in headless Chromium on a phone-sized
 * screen and expects the home screen (办事大厅, 微诉求, 随手拍) with no page errors, no console
 * errors and every script served as JavaScript; then that the server answers /healthz on its
 * embedded database through the same address and that 登录 lists the personas the page fetched
 * from it. Then stops the server and the dev server (the whole process group). Screenshots:
 * test/artifacts/first-run/home.png, login.png.
 *
 *   npm run test:first-run            (CI runs it after npm ci; the dev server compiles itself)
 *
 * Env: START_PORT (default 10086, the README's), FIRST_RUN_TIMEOUT_MS (default 600000).
 */
'use strict'
const { test, after } = require('node:test')
const assert = require('node:assert/strict')
const path = require('node:path')
const { spawn } = require('node:child_process')
const { launchBrowser, newPhonePage, screenshot } = require('../support/browser')

const REPO = path.resolve(__dirname, '../..')
const PORT = process.env.START_PORT || '10086'
const TIMEOUT_MS = Number(process.env.FIRST_RUN_TIMEOUT_MS || 600_000)

let child
let browser
after(async () => {
  if (browser) await browser.close().catch(() => {})
  if (child && child.exitCode === null) {
    // npm → node scripts/start.js → taro: end the whole group
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      /* already gone */
    }
  }
})

/** Resolves with the first http://localhost URL `npm start` prints after it says it is ready. */
function startAndWaitForUrl() {
  child = spawn('npm', ['start'], {
    cwd: REPO,
    env: { ...process.env, PORT, BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so the dev server dies with the test
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no ready URL within ${TIMEOUT_MS} ms:\n${output.slice(-3000)}`)), TIMEOUT_MS)
    const onData = (chunk) => {
      output += chunk.toString('utf8')
      const ready = output.indexOf('is ready')
      const m = ready >= 0 ? /http:\/\/localhost:\d+\//.exec(output.slice(ready)) : null
      if (m) {
        clearTimeout(timer)
        resolve({ url: m[0], output })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`npm start exited (${code}) before it was ready:\n${output.slice(-3000)}`))
    })
  })
}

test('npm start serves the home screen at the URL it prints', { timeout: TIMEOUT_MS + 120_000 }, async () => {
  const { url, output } = await startAndWaitForUrl()
  assert.equal(url, `http://localhost:${PORT}/`)
  assert.ok(!/webpack-dev-server\] Project is running/.test(output), 'the dev server announced itself before the app was served')

  browser = await launchBrowser()
  const session = await newPhonePage(browser)
  const { page } = session
  const nonJsScripts = []
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script' && !String(res.headers()['content-type'] || '').includes('javascript')) {
      nonJsScripts.push(`${res.url()} → ${res.headers()['content-type']}`)
    }
  })
  await page.goto(url, { waitUntil: 'load' })
  const home = page.locator('.taro_page:visible')
  try {
    for (const label of ['办事大厅', '微诉求', '随手拍']) {
      await home.getByText(label, { exact: true }).first().waitFor({ state: 'visible', timeout: 60_000 })
    }
  } finally {
    await screenshot(page, 'first-run/home')
  }
  assert.deepEqual(nonJsScripts, [], 'scripts answered with something other than JavaScript')
  assert.deepEqual(session.problems(), [], 'the first screen logged errors')

  // the real stack: the server answers through the same address, on its embedded database…
  const health = await fetch(new URL('healthz', url))
  assert.equal(health.status, 200)
  assert.deepEqual(await health.json(), { ok: true, database: 'pglite', ready: true })
  // …and the app in the page talks to it: 登录 lists the server's demo personas
  const fromServer = []
  page.on('response', (res) => {
    if (new URL(res.url()).pathname === '/v1/auth/personas') fromServer.push(res.status())
  })
  await page.locator('.weui-tabbar__item', { hasText: '我的' }).tap()
  await page.locator('.taro_page:visible').getByText('登录 / 实名认证', { exact: true }).first().tap()
  try {
    await page.locator('.taro_page:visible').getByText('王志强（新用户）', { exact: true }).first().waitFor({ state: 'visible', timeout: 30_000 })
  } finally {
    await screenshot(page, 'first-run/login')
  }
  assert.deepEqual(fromServer, [200], 'the persona list came from the server through the dev server')
  assert.deepEqual(session.problems(), [], 'signing in logged errors')
})
