#!/usr/bin/env node
/**
 * `npm start`: the H5 dev server in mock mode with seeded data, reachable from a phone on the
 * same network. It runs `taro build --type h5 --watch`, waits until the server answers with the
 * page *and* its scripts (not index.html in their place), and only then prints the URLs, so
 * neither a person nor a script opens the page too early. webpack-dev-server's own
 * "running at" lines (printed before compiling) are held back for that reason.
 *
 * PORT (default 10086); TARO_APP_API_MODE (default mock). Exits non-zero when the port is busy
 * or the build fails before it ever served the app.
 */
'use strict'
const { spawn } = require('node:child_process')
const http = require('node:http')
const net = require('node:net')
const os = require('node:os')

const port = Number(process.env.PORT || 10086)
const mode = process.env.TARO_APP_API_MODE || 'mock'
const env = { ...process.env, TARO_APP_API_MODE: mode, PORT: String(port), NODE_ENV: 'development' }
const READY_TIMEOUT_MS = Number(process.env.START_TIMEOUT_MS || 10 * 60_000)

function lanUrls() {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => `http://${i.address}:${port}/`)
}

function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path, timeout: 5000 }, (res) => {
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
  const page = await get('/')
  if (!page || page.status !== 200 || !page.type.includes('text/html')) return false
  const scripts = [...page.body.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1])
  if (scripts.length === 0) return false
  for (const src of scripts) {
    const res = await get(src.startsWith('/') ? src : `/${src}`)
    if (!res || res.status !== 200 || !res.type.includes('javascript')) return false
  }
  return true
}

function portIsFree() {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, () => probe.close(() => resolve(true)))
  })
}

async function main() {
  if (!(await portIsFree())) {
    console.error(`社区通: port ${port} is already in use. Stop what runs there, or start on another port: PORT=10087 npm start`)
    process.exit(1)
  }
  console.log(`社区通 H5 (${mode} mode): compiling… the address is printed once the app is served.`)

  const child = spawn(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5', '--watch'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  })
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

  let exited = false
  child.on('exit', (code, signal) => {
    exited = true
    process.exit(code ?? (signal ? 1 : 0))
  })
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig))

  const deadline = Date.now() + READY_TIMEOUT_MS
  while (!exited && Date.now() < deadline) {
    if (await appIsServed()) {
      const lines = [`  on this computer:      http://localhost:${port}/`, ...lanUrls().map((u) => `  on a phone (same Wi-Fi): ${u}`)]
      console.log(`\n社区通 is ready (${mode} mode${mode === 'mock' ? ', seeded demo data' : ''}):\n${lines.join('\n')}\n`)
      return
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  if (!exited) {
    console.error(`社区通: the dev server did not serve the app within ${Math.round(READY_TIMEOUT_MS / 1000)} s; see the build output above.`)
    child.kill('SIGTERM')
    process.exitCode = 1
  }
}

main()
