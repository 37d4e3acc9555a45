#!/usr/bin/env node
/**
 * E2E runner (npm run test:e2e): serves dist/h5 on a free localhost port and runs every
 * test/e2e/*.e2e.js against it with `node --test` in headless Chromium.
 *
 *   npm run test:e2e                       build only if dist/h5 is missing or older than the sources
 *   npm run test:e2e -- --build            always `npm run build:h5` first   (or E2E_BUILD=1)
 *   npm run test:e2e -- --no-build         never build; fail if dist/h5 is missing (or E2E_BUILD=0)
 *   npm run test:e2e -- smoke              only files whose name contains "smoke"
 *
 * Env: CHROMIUM_PATH (default /usr/bin/chromium), H5_DIST (default dist/h5),
 * E2E_TIMEOUT_MS per test file (default 120000). Exit code is node --test's.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { spawnSync, spawn } = require('node:child_process')
const { serveStatic } = require('../../scripts/serve-static')
const { chromiumPath } = require('../support/browser')

const REPO = path.resolve(__dirname, '../..')
const H5_DIST = path.resolve(REPO, process.env.H5_DIST || 'dist/h5')
const args = process.argv.slice(2)
const envBuild = process.env.E2E_BUILD
const forceBuild = args.includes('--build') || envBuild === '1' || envBuild === 'true'
const noBuild = args.includes('--no-build') || envBuild === '0' || envBuild === 'false'
const filters = args.filter((a) => !a.startsWith('--'))

/** Newest mtime (ms) of the files a build depends on. */
function newestSourceMtime() {
  let newest = 0
  const visit = (p) => {
    let st
    try {
      st = fs.statSync(p)
    } catch {
      return
    }
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) visit(path.join(p, e))
    else newest = Math.max(newest, st.mtimeMs)
  }
  for (const p of [
    'src',
    'config',
    'mock',
    'babel.config.js',
    'package.json',
    '.env',
    '.env.production',
    '.env.local',
    '.env.production.local',
  ])
    visit(path.join(REPO, p))
  return newest
}

function needsBuild() {
  const index = path.join(H5_DIST, 'index.html')
  if (!fs.existsSync(index)) return 'dist/h5 is missing'
  if (process.env.H5_DIST) return null // an explicit build to test: take it as it is
  const builtAt = fs.statSync(index).mtimeMs
  if (newestSourceMtime() > builtAt) return 'dist/h5 is older than the sources'
  return null
}

function main() {
  const t0 = Date.now()
  try {
    chromiumPath()
  } catch (e) {
    console.error(`test:e2e: ${e.message}`)
    return Promise.resolve(1)
  }

  const reason = forceBuild ? '--build / E2E_BUILD=1' : needsBuild()
  if (reason && (noBuild || process.env.H5_DIST) && !forceBuild) {
    if (!fs.existsSync(path.join(H5_DIST, 'index.html'))) {
      console.error(
        `test:e2e: ${path.relative(REPO, H5_DIST) || H5_DIST}/index.html is missing; run npm run build:h5 first.`,
      )
      return Promise.resolve(1)
    }
    console.warn(`test:e2e: warning: ${reason}; testing it anyway (--no-build)`)
  } else if (reason) {
    console.log(`test:e2e: ${reason} → npm run build:h5`)
    const b = spawnSync('npm', ['run', 'build:h5'], { cwd: REPO, stdio: 'inherit' })
    if (b.status !== 0) {
      console.error('test:e2e: npm run build:h5 failed')
      return Promise.resolve(b.status || 1)
    }
  }

  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.e2e.js') && (!filters.length || filters.some((x) => f.includes(x))))
    .sort()
    .map((f) => path.join(__dirname, f))
  if (!files.length) {
    console.error(`test:e2e: no test/e2e/*.e2e.js files${filters.length ? ` matching ${filters.join(', ')}` : ''}`)
    return Promise.resolve(1)
  }

  return serveStatic(H5_DIST).then(
    (server) =>
      new Promise((resolve) => {
        console.log(
          `test:e2e: serving ${H5_DIST.startsWith(REPO + path.sep) ? path.relative(REPO, H5_DIST) : H5_DIST} at ${server.url}; ${files.length} file(s)`,
        )
        const child = spawn(
          process.execPath,
          [
            '--test',
            '--test-reporter=spec',
            '--test-concurrency=1', // one Chromium at a time: CI has 2 cores
            `--test-timeout=${Number(process.env.E2E_TIMEOUT_MS || 120_000)}`,
            ...files,
          ],
          { cwd: REPO, stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: server.url } },
        )
        const stop = (sig) => child.kill(sig)
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
        child.on('exit', async (code) => {
          await server.close()
          console.log(
            `test:e2e: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in test/artifacts/e2e/`,
          )
          resolve(code ?? 1) // killed by a signal → failure
        })
      }),
  )
}

main().then((code) => {
  process.exitCode = code
})
