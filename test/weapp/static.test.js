/**
 * Structural checks on the WeChat build (dist/weapp, or WEAPP_DIST) without running it:
 * every page's files, app-level files, no browser-only globals, package size limits.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { test, before } = require('node:test')
const assert = require('node:assert/strict')
// espree + eslint-scope: the parser and scope analyser of eslint (a devDependency),
// resolved through eslint so they need no package.json entries of their own.
const eslintDir = path.dirname(require.resolve('eslint/package.json'))
const espree = require(require.resolve('espree', { paths: [eslintDir] }))
const eslintScope = require(require.resolve('eslint-scope', { paths: [eslintDir] }))
const { DIST, readAppJson } = require('./dist')
const { weappSizes, walk, KB, mainBudgetKB } = require('../../scripts/size-report')

let app
let pages
let distError = null
before(() => {
  try {
    ;({ app, pages } = readAppJson()) // throws "run npm run build:weapp:demo first" without a build
  } catch (e) {
    distError = e
  }
})
/** Build-dependent tests call this first, so the scanner's own test still runs without a build. */
const needDist = () => {
  if (distError) throw distError
}

const exists = (rel) => fs.existsSync(path.join(DIST, rel))

test('every page in app.json (main + subPackages) has .js, .json and .wxml', () => {
  needDist()
  assert.ok(pages.length > 0, 'app.json lists no pages')
  const missing = pages.flatMap(({ route }) =>
    ['js', 'json', 'wxml'].filter((ext) => !exists(`${route}.${ext}`)).map((ext) => `${route}.${ext}`),
  )
  assert.deepEqual(missing, [], `missing page files: ${missing.join(', ')}`)
  const dupes = pages.map((p) => p.route).filter((r, i, all) => all.indexOf(r) !== i)
  assert.deepEqual(dupes, [], 'pages listed twice in app.json')
})

test('app-level files exist', () => {
  needDist()
  const required = [
    'app.js',
    'app.json',
    'app.wxss',
    'base.wxml',
    'comp.js',
    'comp.json',
    'comp.wxml',
    'utils.wxs',
    'runtime.js',
    'taro.js',
    'vendors.js',
  ]
  assert.deepEqual(
    required.filter((f) => !exists(f)),
    [],
  )
})

test('tabBar pages are in the main package (WeChat rejects them in a subpackage)', () => {
  needDist()
  const main = new Set(app.pages)
  const bad = ((app.tabBar && app.tabBar.list) || []).map((t) => t.pagePath).filter((p) => !main.has(p))
  assert.deepEqual(bad, [])
})

test('every usingComponents entry of every page resolves to a built component', () => {
  needDist()
  const broken = []
  for (const { route } of pages) {
    const json = JSON.parse(fs.readFileSync(path.join(DIST, `${route}.json`), 'utf8'))
    for (const [tag, target] of Object.entries(json.usingComponents || {})) {
      if (/^plugin:\/\//.test(target)) continue
      const base = target.startsWith('/') ? path.join(DIST, target) : path.join(DIST, path.dirname(route), target)
      for (const ext of ['js', 'json', 'wxml'])
        if (!fs.existsSync(`${base}.${ext}`)) broken.push(`${route}: <${tag}> -> ${target}.${ext}`)
    }
  }
  assert.deepEqual(broken, [])
})

// --- browser-only globals ----------------------------------------------------------
// WeChat's JS engine has no window/document/localStorage/XMLHttpRequest/fetch (nor
// navigator/location/history/sessionStorage): referencing one throws ReferenceError.
// Every .js in the build (pages, app, shared chunks, taro.js, runtime.js) is parsed and
// only *free references* are reported, found by scope analysis — so these are not
// false alarms: property names (`e.window`, `["navigator"]`), object keys (app.json's
// `window:` config inlined in app.js), strings and comments, and local variables or
// parameters that happen to share the name.
// The one rule that lets a real free reference through, because it cannot throw:
//   - `typeof X`, and a reference to X inside a branch guarded by a `typeof X` test
//     (`if ("object" === typeof window) return window` is webpack's global shim in
//     runtime.js; `typeof window !== 'undefined' && window.x` is the usual library guard).
// Anything else that is truly safe goes in ALLOWED with the reason; keep it empty if you can.
const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'XMLHttpRequest',
  'fetch',
  'navigator',
  'location',
  'history',
]
const ALLOWED = [
  // { file: /^vendors\.js$/, name: 'window', reason: '…why this reference can never run in WeChat…' },
]

function isNode(v) {
  return v && typeof v === 'object' && typeof v.type === 'string'
}
function setParents(node, parent) {
  node.parent = parent
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue
    const v = node[key]
    if (Array.isArray(v)) for (const c of v) isNode(c) && setParents(c, node)
    else if (isNode(v)) setParents(v, node)
  }
}
function containsTypeof(node, name) {
  if (!isNode(node)) return false
  if (
    node.type === 'UnaryExpression' &&
    node.operator === 'typeof' &&
    node.argument.type === 'Identifier' &&
    node.argument.name === name
  )
    return true
  return Object.keys(node).some((k) => {
    if (k === 'parent') return false
    const v = node[k]
    return Array.isArray(v) ? v.some((c) => containsTypeof(c, name)) : containsTypeof(v, name)
  })
}
function guardedByTypeof(id) {
  if (id.parent.type === 'UnaryExpression' && id.parent.operator === 'typeof') return true
  for (let child = id, a = id.parent; a; child = a, a = a.parent) {
    if (
      (a.type === 'IfStatement' || a.type === 'ConditionalExpression') &&
      child !== a.test &&
      containsTypeof(a.test, id.name)
    )
      return true
    if (a.type === 'LogicalExpression' && child === a.right && containsTypeof(a.left, id.name)) return true
  }
  return false
}

/** Free references to browser-only globals in one JS source: [{ name, line, column, snippet }]. */
function browserGlobalRefs(src) {
  const ast = espree.parse(src, { ecmaVersion: 'latest', sourceType: 'script', loc: true, range: true })
  const scopes = eslintScope.analyze(ast, { ecmaVersion: 2022, sourceType: 'script' })
  const candidates = scopes.globalScope.through
    .map((ref) => ref.identifier)
    .filter((id) => BROWSER_GLOBALS.includes(id.name))
  if (!candidates.length) return []
  setParents(ast, null) // only needed to look for typeof guards
  return candidates
    .filter((id) => !guardedByTypeof(id))
    .map((id) => ({
      name: id.name,
      line: id.loc.start.line,
      column: id.loc.start.column,
      snippet: src.slice(Math.max(0, id.range[0] - 60), id.range[1] + 40),
    }))
}

test('the scanner finds real references and ignores keys, properties and typeof guards', () => {
  const names = (src) => browserGlobalRefs(src).map((r) => r.name)
  assert.deepEqual(names('a.window; x = {window: 1, document: 2}; y["fetch"]; "localStorage"'), [])
  assert.deepEqual(names('function f(document){ return document.body }'), [])
  assert.deepEqual(
    names('if ("object" === typeof window) g = window; typeof fetch; typeof navigator !== "undefined" && navigator.x'),
    [],
  )
  assert.deepEqual(
    names('window.x = 1; localStorage.getItem("k"); fetch("/a"); new XMLHttpRequest(); document.title'),
    ['window', 'localStorage', 'fetch', 'XMLHttpRequest', 'document'],
  )
  assert.deepEqual(names('if (typeof window !== "undefined") {} document.x'), ['document'])
})

test('no bundle references window/document/localStorage/XMLHttpRequest/fetch or other browser-only globals', () => {
  needDist()
  const files = walk(DIST).filter((f) => f.endsWith('.js'))
  assert.ok(files.length > 0)
  const found = []
  for (const f of files) {
    const rel = path.relative(DIST, f).split(path.sep).join('/')
    for (const r of browserGlobalRefs(fs.readFileSync(f, 'utf8'))) {
      if (ALLOWED.some((a) => a.file.test(rel) && a.name === r.name)) continue
      found.push(`${rel}:${r.line}:${r.column} ${r.name}  …${r.snippet.replace(/\s+/g, ' ')}…`)
    }
  }
  assert.deepEqual(
    found,
    [],
    `browser-only globals in the WeChat build (they throw ReferenceError in WeChat):\n  ${found.join('\n  ')}`,
  )
})

// --- sizes ---------------------------------------------------------------------------
// WeChat's hard limit is 2 MB per package (main or sub); our budget for the main package is
// 700 KB for a release and 950 KB for a 体验版 (it carries the fake backend in-process) so the
// first download stays fast. Same numbers as `npm run size` (scripts/size-report.js BUDGETS).
test('main package within its budget (release 700 KB, 体验版 950 KB) and each subpackage ≤ 2 MB', () => {
  needDist()
  const s = weappSizes(DIST)
  const over = []
  const budget = mainBudgetKB(DIST)
  if (s.main > budget * KB) over.push(`main package is ${(s.main / KB).toFixed(1)} KB > ${budget} KB`)
  for (const [root, bytes] of Object.entries(s.subpackages))
    if (bytes > 2048 * KB) over.push(`subpackage ${root} is ${(bytes / KB).toFixed(1)} KB > 2048 KB`)
  assert.deepEqual(over, [])
})
