#!/usr/bin/env node
/**
 * `npm start`: the real stack on this machine, one address. The production server (server/) in
 * demo mode on an embedded PGlite database with the demo population seeded, and the H5 app in
 * http mode behind the H5 dev server, which proxies /v1 (and the demo's /mock camera step) to the server — so a phone on the same
 * Wi-Fi reaches app and server through the one printed address.
 *
 * `npm run start:mock` (or `npm start -- --mock`): the H5 app with the fake backend in-process
 * (testers: the 测试工具 panel injects faults and moves the clock). No server.
 *
 * Either way it waits until the dev server answers with the page *and* its scripts (not
 * index.html in their place) — and, for the real stack, until the server answers /healthz
 * through the proxy — and only then prints the URLs, so neither a person nor a script opens the
 * page too early. webpack-dev-server's own "running at" lines are held back for that reason.
 *
 * Every `npm start` begins with fresh demo data in data/start/ (START_KEEP_DATA=1 keeps it).
 * Env: PORT (app, default 10086), API_PORT (server, default: any free port). Exits non-zero
 * when the port is busy or either process fails before the app was served.
 */
'use strict'
const { spawn } = require('node:child_process')
const fs = require('node:fs')
const http = require('node:http')
const net = require('node:net')
const os = require('node:os')
const path = require('node:path')

const ROOT = path.resolve(__dirname, '..')
const mockOnly = process.argv.includes('--mock')
const port = Number(process.env.PORT || 10086)
const READY_TIMEOUT_MS = Number(process.env.START_TIMEOUT_MS || 10 * 60_000)
const DATA_DIR = path.join(ROOT, 'data', 'start')

const children = []
let stopping = false

function lanUrls() {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => `http://${i.address}:${port}/`)
}

function get(atPort, urlPath) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: atPort, path: urlPath, timeout: 5000 }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, type: String(res.headers['content-type'] || ''), body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(null))
  })
}

/** The page answers and every script it references comes back as JavaScript. */
async function appIsServed() {
  const page = await get(port, '/')
  if (!page || page.status !== 200 || !page.type.includes('text/html')) return false
  const scripts = [...page.body.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1])
  if (scripts.length === 0) return false
  for (const src of scripts) {
    const res = await get(port, src.startsWith('/') ? src : `/${src}`)
    if (!res || res.status !== 200 || !res.type.includes('javascript')) return false
  }
  return true
}

function portIsFree(p) {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(p, () => probe.close(() => resolve(true)))
  })
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address()
      probe.close(() => resolve(p))
    })
  })
}

/** Runs a child with its output relayed (minus webpack-dev-server's premature banner). */
function run(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env })
  const relay = (stream, out) => {
    let rest = ''
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString('utf8')).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) if (!line.includes('[webpack-dev-server]')) out.write(`${line}\n`)
    })
  }
  relay(child.stdout, process.stdout)
  relay(child.stderr, process.stderr)
  child.on('exit', (code, signal) => {
    child.exited = true
    if (stopping) return
    console.error(`社区通: the ${name} stopped (${signal ?? `exit ${code}`}); stopping everything.`)
    stopAll(code || 1)
  })
  children.push(child)
  return child
}

function stopAll(code) {
  stopping = true
  for (const c of children) if (!c.exited) c.kill('SIGTERM')
  const t = setTimeout(() => process.exit(code), 5000)
  t.unref()
  Promise.all(children.map((c) => (c.exited ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(code))
}

async function until(check, what) {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (!stopping && Date.now() < deadline) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 1000))
  }
  if (!stopping) {
    console.error(`社区通: ${what} within ${Math.round(READY_TIMEOUT_MS / 1000)} s; see the output above.`)
    stopAll(1)
  }
  return false
}

/** The server in demo mode on a fresh embedded database; resolves with its port once /healthz is 200. */
async function startServer() {
  const apiPort = Number(process.env.API_PORT) || (await freePort())
  if (!process.env.START_KEEP_DATA) fs.rmSync(DATA_DIR, { recursive: true, force: true })
  fs.mkdirSync(DATA_DIR, { recursive: true })
  const env = { ...process.env, DEMO: '1', PORT: String(apiPort), HOST: '127.0.0.1', PGLITE_DIR: path.join(DATA_DIR, 'pglite'), FILES_DIR: path.join(DATA_DIR, 'files') }
  // always the embedded database here: a DATABASE_URL in the shell is for `npm run server`
  delete env.DATABASE_URL
  // the H5 app signs personas in without a tester token (the server allows that on loopback
  // only, and reaches it only through the dev server's proxy); the request log stays quiet
  env.TESTER_TOKEN = 'none'
  env.REQUEST_LOG = process.env.REQUEST_LOG || '0'
  run('server', [require.resolve('tsx/cli'), 'server/main.ts'], env)
  const ok = await until(async () => (await get(apiPort, '/healthz'))?.status === 200, 'the server was not ready')
  return ok ? apiPort : null
}

async function main() {
  if (!(await portIsFree(port))) {
    console.error(`社区通: port ${port} is already in use. Stop what runs there, or start on another port: PORT=10087 npm start`)
    process.exit(1)
  }
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stopAll(0))

  const appEnv = { ...process.env, PORT: String(port), NODE_ENV: 'development' }
  let what
  if (mockOnly) {
    Object.assign(appEnv, { TARO_APP_API_MODE: 'mock', TARO_APP_DEMO: '1' })
    what = 'mock mode: the fake backend in the page, seeded demo data'
    console.log('社区通 H5 (mock mode): compiling… the address is printed once the app is served.')
  } else {
    console.log('社区通: starting the server (demo mode, embedded PGlite in data/start/) and the H5 app…')
    const apiPort = await startServer()
    if (apiPort === null) return
    Object.assign(appEnv, { TARO_APP_API_MODE: 'http', TARO_APP_DEMO: '1', TARO_APP_API_BASE_URL: '/', START_API_TARGET: `http://127.0.0.1:${apiPort}` })
    what = `the server on http://127.0.0.1:${apiPort} with fresh demo data in data/start/`
    console.log('社区通: the server is ready; compiling the H5 app… the address is printed once it is served.')
  }
  run('H5 dev server', [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5', '--watch'], appEnv)

  const served = await until(
    async () => (await appIsServed()) && (mockOnly || (await get(port, '/healthz'))?.status === 200),
    'the dev server did not serve the app',
  )
  if (!served) return
  const lines = [`  on this computer:      http://localhost:${port}/`, ...lanUrls().map((u) => `  on a phone (same Wi-Fi): ${u}`)]
  console.log(`\n社区通 is ready (${what}):\n${lines.join('\n')}\n`)
}

main()
