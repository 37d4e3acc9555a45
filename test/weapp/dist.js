/**
 * Where the WeChat build under test is, and what pages it has. Light (no DOM), shared
 * by static.test.js and harness.js.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')

const REPO = path.resolve(__dirname, '../..')
const DIST = path.resolve(REPO, process.env.WEAPP_DIST || 'dist/weapp')
const shown = (dir) => (dir.startsWith(REPO + path.sep) ? path.relative(REPO, dir) : dir)

/** Throws a clear error when there is no weapp build to test. */
function assertDist() {
  if (!fs.existsSync(path.join(DIST, 'app.json'))) {
    throw new Error(
      `No WeChat build at ${shown(DIST)} (app.json missing): run npm run build:weapp:demo first (or point WEAPP_DIST at a build).`,
    )
  }
}

/** app.json plus every page route: main package first, then each subpackage (root-prefixed). */
function readAppJson() {
  assertDist()
  const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
  const subPackages = (app.subPackages || app.subpackages || []).map((s) => ({ ...s, root: s.root.replace(/\/$/, '') }))
  const pages = [
    ...app.pages.map((route) => ({ route, pkg: '' })),
    ...subPackages.flatMap((s) => s.pages.map((p) => ({ route: `${s.root}/${p}`, pkg: s.root }))),
  ]
  return { app, subPackages, pages }
}

module.exports = { REPO, DIST, shown, assertDist, readAppJson }
