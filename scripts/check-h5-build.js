#!/usr/bin/env node
/**
 * `npm run check:h5`: every script in dist/h5 parses as JavaScript. A minifier setting can turn
 * valid source into invalid output (Taro's H5 default `quote_keys` wrote private fields as #"x",
 * and the page stayed blank); this names the file and the spot instead of a blank page in a test.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const acorn = require('acorn')
const { walk } = require('./size-report')

const DIST = path.resolve(__dirname, '..', 'dist', 'h5')
if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  console.error('check-h5-build: no dist/h5/index.html — run npm run build:h5 first')
  process.exit(1)
}
const scripts = walk(DIST).filter((f) => f.endsWith('.js'))
const bad = []
for (const file of scripts) {
  const src = fs.readFileSync(file, 'utf8')
  try {
    acorn.parse(src, { ecmaVersion: 'latest', sourceType: 'script' })
  } catch (e) {
    bad.push(`${path.relative(DIST, file)}: ${e.message} near ${JSON.stringify(src.slice(Math.max(0, e.pos - 40), e.pos + 20))}`)
  }
}
console.log(`${scripts.length} scripts in dist/h5 parsed`)
if (bad.length) {
  console.error(`check-h5-build: ${bad.length} script(s) do not parse:\n  ${bad.join('\n  ')}`)
  process.exit(1)
}
console.log('check-h5-build: ok')
