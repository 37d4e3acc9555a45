#!/usr/bin/env node
/**
 * Bundle size report with budgets (npm run size).
 *
 *   node scripts/size-report.js            both builds; exit 1 when a budget is exceeded or a build is missing
 *   node scripts/size-report.js --only=weapp | --only=h5
 *
 * WeChat: main package and each subpackage (roots from dist/weapp/app.json), counted
 * as bytes on disk of every file except *.map and *.LICENSE.txt (webpack's extracted
 * licence comments, which are not shipped in the package we upload).
 * H5: the <script src> files referenced by dist/h5/index.html = what the first screen
 * downloads, each gzip-compressed with zlib (default level, like a typical server),
 * plus the total of all JS gzipped. KB = 1024 bytes.
 * Numbers are also written to test/artifacts/size-report.json.
 *
 * WEAPP_DIST / H5_DIST override the dist paths. The functions are exported for
 * test/weapp/static.test.js.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')

const REPO = path.resolve(__dirname, '..')
const KB = 1024
const BUDGETS = {
  // what residents download: the release build (no fake backend)
  weappMainKB: 700,
  // the 体验版 also carries the fake government backend in-process (core + seeds, ~260 KB):
  // it never reaches residents, so it gets its own, larger budget. 850 → 950 KB with issue 15:
  // TanStack Query (~42 KB as ES2017) and dayjs (~10 KB) are in both builds (release 505 → 581 KB)
  // and took the 体验版 from 812 to ~890 KB; WeChat's own limit is 2 048 KB
  weappDemoMainKB: 950,
  weappSubpackageKB: 2048,
  weappTotalKB: 8192,
  h5InitialJsGzKB: 200,
}

/** A build with the tourist AppID (no TARO_APP_ID) is a 体验版; a release carries the city's AppID. */
function isDemoBuild(weappDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(weappDir, 'project.config.json'), 'utf8')).appid === 'touristappid'
  } catch {
    return true
  }
}
const mainBudgetKB = (weappDir) => (isDemoBuild(weappDir) ? BUDGETS.weappDemoMainKB : BUDGETS.weappMainKB)

const excluded = (f) => /\.map$/.test(f) || /LICENSE\.txt$/.test(f)

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

/** { main, subpackages: { [root]: bytes }, total } for a weapp build directory. */
function weappSizes(root) {
  const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'))
  const roots = (app.subPackages || app.subpackages || []).map((s) => s.root.replace(/\/$/, ''))
  const subpackages = Object.fromEntries(roots.map((r) => [r, 0]))
  let main = 0
  for (const f of walk(root)) {
    if (excluded(f)) continue
    const rel = path.relative(root, f).split(path.sep).join('/')
    const bytes = fs.statSync(f).size
    const r = roots.find((x) => rel.startsWith(`${x}/`))
    if (r) subpackages[r] += bytes
    else main += bytes
  }
  return { main, subpackages, total: main + Object.values(subpackages).reduce((a, b) => a + b, 0) }
}

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file)).length

/** { initial: [{ file, bytes, gzip }], initialGzip, totalJsGzip, totalJs } for an H5 build directory. */
function h5Sizes(root) {
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8')
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1])
  const initial = srcs
    .filter((s) => !/^(https?:)?\/\//.test(s)) // external scripts are not ours to measure
    .map((s) => {
      const file = path.join(root, s.replace(/^\.?\//, '').split(/[?#]/)[0])
      if (!fs.existsSync(file)) throw new Error(`dist/h5/index.html references ${s}, which is not in ${root}`)
      return {
        file: path.relative(root, file).split(path.sep).join('/'),
        bytes: fs.statSync(file).size,
        gzip: gzipSize(file),
      }
    })
  const allJs = walk(root).filter((f) => f.endsWith('.js') && !excluded(f))
  return {
    initial,
    initialGzip: initial.reduce((a, b) => a + b.gzip, 0),
    totalJs: allJs.reduce((a, f) => a + fs.statSync(f).size, 0),
    totalJsGzip: allJs.reduce((a, f) => a + gzipSize(f), 0),
    jsFiles: allJs.length,
  }
}

const shown = (dir) => (dir.startsWith(REPO + path.sep) ? path.relative(REPO, dir) : dir)
const kb = (bytes) => Math.round((bytes / KB) * 10) / 10

function main(argv) {
  const only = (argv.find((a) => a.startsWith('--only=')) || '').slice(7)
  const weappDir = path.resolve(REPO, process.env.WEAPP_DIST || 'dist/weapp')
  const h5Dir = path.resolve(REPO, process.env.H5_DIST || 'dist/h5')
  const rows = [] // [label, sizeKB, budgetKB|null]
  const problems = []
  const report = { generatedAt: new Date().toISOString(), unit: 'KB (1024 bytes)', budgets: BUDGETS }

  if (only !== 'h5') {
    if (!fs.existsSync(path.join(weappDir, 'app.json'))) {
      problems.push(`${shown(weappDir)} is missing (no app.json): run npm run build:weapp:demo first`)
    } else {
      const w = weappSizes(weappDir)
      report.weapp = {
        mainKB: kb(w.main),
        subpackagesKB: Object.fromEntries(Object.entries(w.subpackages).map(([k, v]) => [k, kb(v)])),
        totalKB: kb(w.total),
      }
      rows.push([`weapp main package (${isDemoBuild(weappDir) ? '体验版' : 'release'})`, kb(w.main), mainBudgetKB(weappDir)])
      for (const [r, bytes] of Object.entries(w.subpackages))
        rows.push([`weapp subpackage ${r}`, kb(bytes), BUDGETS.weappSubpackageKB])
      rows.push(['weapp total', kb(w.total), BUDGETS.weappTotalKB])
    }
  }
  if (only !== 'weapp') {
    if (!fs.existsSync(path.join(h5Dir, 'index.html'))) {
      problems.push(`${shown(h5Dir)} is missing (no index.html): run npm run build:h5 first`)
    } else {
      const h = h5Sizes(h5Dir)
      report.h5 = {
        initialJsGzKB: kb(h.initialGzip),
        initialScripts: h.initial.map((s) => ({ file: s.file, KB: kb(s.bytes), gzKB: kb(s.gzip) })),
        totalJsGzKB: kb(h.totalJsGzip),
        totalJsKB: kb(h.totalJs),
        jsFiles: h.jsFiles,
      }
      rows.push([`H5 initial JS, gzip (${h.initial.length} scripts)`, kb(h.initialGzip), BUDGETS.h5InitialJsGzKB])
      rows.push([`H5 all JS, gzip (${h.jsFiles} files)`, kb(h.totalJsGzip), null])
    }
  }

  const w0 = Math.max(30, ...rows.map((r) => r[0].length))
  const line = (a, b, c, d) => `${a.padEnd(w0)}  ${b.padStart(10)}  ${c.padStart(10)}  ${d}`
  if (rows.length) {
    console.log(line('bundle', 'size', 'budget', 'status'))
    console.log('-'.repeat(w0 + 34))
  }
  for (const [label, size, budget] of rows) {
    const over = budget != null && size > budget
    console.log(
      line(
        label,
        `${size.toFixed(1)} KB`,
        budget == null ? '-' : `${budget} KB`,
        budget == null ? '' : over ? 'OVER BUDGET' : 'ok',
      ),
    )
    if (over)
      problems.push(
        `${label} is ${size.toFixed(1)} KB, over its ${budget} KB budget by ${(size - budget).toFixed(1)} KB`,
      )
  }
  report.ok = problems.length === 0
  report.problems = problems

  const out = path.join(REPO, 'test/artifacts/size-report.json')
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nwrote ${path.relative(REPO, out)}`)

  for (const p of problems) console.error(`size-report: FAIL: ${p}`)
  if (!problems.length) console.log('size-report: all budgets met')
  return problems.length ? 1 : 0
}

module.exports = { BUDGETS, KB, weappSizes, h5Sizes, walk, isDemoBuild, mainBudgetKB }

if (require.main === module) process.exitCode = main(process.argv.slice(2))
