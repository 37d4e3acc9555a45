#!/usr/bin/env node
/**
 * Checks a built dist/weapp the way WeChat review and old phones would meet it:
 *  - every dist/weapp/**\/*.js parses as ES2017 (WeChat cannot polyfill syntax; an older
 *    JavaScriptCore throws on ?. or object spread at load and the whole app is blank);
 *  - app.json has lazyCodeLoading "requiredComponents" and a sitemap.json that disallows "*";
 *  - the compiled <input> template renders aria-label (config/plugins/weapp-a11y.js).
 * With --release (an http-mode build for upload) also:
 *  - no demo content: no persona picker, no simulated face step, no 体验版 label, no tester
 *    tools, and none of the seeded residents' or staff names and phones (read from mock/**\/seed*.ts);
 *  - project.config.json carries a real AppID (not touristappid).
 *
 *   node scripts/check-weapp-build.js [--release] [dist/weapp]
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const acorn = require('acorn')
const { walk } = require('./size-report')

const REPO = path.resolve(__dirname, '..')
const args = process.argv.slice(2)
const release = args.includes('--release')
const dist = path.resolve(REPO, args.find((a) => !a.startsWith('--')) || 'dist/weapp')
const problems = []

const files = (dir, ext) => walk(dir).filter((f) => f.endsWith(ext))
const rel = (p) => path.relative(REPO, p)

if (!fs.existsSync(path.join(dist, 'app.json'))) {
  console.error(`check-weapp-build: no build at ${rel(dist)} (run npm run build:weapp or build:weapp:demo first)`)
  process.exit(1)
}

// 1. ES2017
const scripts = files(dist, '.js')
let bytes = 0
for (const file of scripts) {
  const src = fs.readFileSync(file, 'utf8')
  bytes += Buffer.byteLength(src)
  try {
    acorn.parse(src, { ecmaVersion: 2017, sourceType: 'script' })
  } catch (e) {
    const at = typeof e.pos === 'number' ? ` near ${JSON.stringify(src.slice(Math.max(0, e.pos - 40), e.pos + 20))}` : ''
    problems.push(`${rel(file)} is not ES2017: ${e.message}${at}`)
  }
}

// 2. app.json, sitemap, aria
const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
if (app.lazyCodeLoading !== 'requiredComponents') problems.push('app.json: lazyCodeLoading is not "requiredComponents"')
const sitemapFile = path.join(dist, app.sitemapLocation || 'sitemap.json')
if (!fs.existsSync(sitemapFile)) problems.push(`app.json: sitemap ${app.sitemapLocation || 'sitemap.json'} is missing from the build`)
else {
  const rules = JSON.parse(fs.readFileSync(sitemapFile, 'utf8')).rules || []
  if (!rules.some((r) => r.action === 'disallow' && r.page === '*')) problems.push('sitemap.json does not disallow "*" (personal pages would be indexed)')
}
const baseWxml = fs.existsSync(path.join(dist, 'base.wxml')) ? fs.readFileSync(path.join(dist, 'base.wxml'), 'utf8') : ''
const inputTemplate = baseWxml.match(/<input [^>]*>/)
if (!inputTemplate || !/aria-label="\{\{/.test(inputTemplate[0])) problems.push('base.wxml: the <input> template does not render aria-label')

// 3. release: no demo content, a real AppID
if (release) {
  const seedFiles = files(path.join(REPO, 'mock'), '.ts').filter((f) => /seed/.test(path.basename(f)))
  const seeded = new Set()
  for (const f of seedFiles) {
    const src = fs.readFileSync(f, 'utf8')
    for (const m of src.matchAll(/\bname: '([^']+)'/g)) if (/[\u4e00-\u9fff]/.test(m[1]) && m[1].length >= 2) seeded.add(m[1])
    for (const m of src.matchAll(/'(1[3-9]\d{9})'/g)) seeded.add(m[1])
  }
  const demoMarkers = ['体验账号', '体验版', '模拟刷脸', '选择工作人员账号', '测试面板', '测试工具', '__tester', 'drop-after-commit', '/__reset', '走流程']
  const shipped = [...scripts, ...files(dist, '.wxml'), ...files(dist, '.json')]
  for (const file of shipped) {
    const src = fs.readFileSync(file, 'utf8')
    for (const marker of [...demoMarkers, ...seeded]) {
      if (src.includes(marker)) problems.push(`${rel(file)} contains demo content: ${JSON.stringify(marker)}`)
    }
  }
  if (seeded.size < 5) problems.push(`found only ${seeded.size} seeded names in mock/**/seed*.ts: the check would prove nothing`)
  const project = JSON.parse(fs.readFileSync(path.join(dist, 'project.config.json'), 'utf8'))
  if (!/^wx[0-9a-f]{16}$/.test(project.appid || '')) problems.push(`project.config.json appid is ${JSON.stringify(project.appid)}, not a configured AppID`)
  console.log(`release checks: ${shipped.length} files searched for ${demoMarkers.length} demo markers and ${seeded.size} seeded names/phones`)
}

console.log(`${scripts.length} scripts (${(bytes / 1024).toFixed(1)} KB) parsed as ES2017; app.json, sitemap and aria checked${release ? '; release profile' : ''}`)
if (problems.length) {
  console.error(`\ncheck-weapp-build: ${problems.length} problem(s):\n  - ${problems.slice(0, 40).join('\n  - ')}`)
  process.exit(1)
}
console.log('check-weapp-build: ok')
