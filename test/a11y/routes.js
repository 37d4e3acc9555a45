/**
 * Every H5 route of the app, read from src/app.config.ts (main pages + subPackages), so a
 * page registered there is checked without touching this folder. Falls back to the weapp
 * build's dist/weapp/app.json if the config cannot be read.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')

const REPO = path.resolve(__dirname, '../..')

function routesFromConfig(cfg) {
  const routes = [...(cfg.pages || [])]
  for (const sub of cfg.subPackages || cfg.subpackages || []) {
    for (const p of sub.pages || []) routes.push(`${sub.root.replace(/\/$/, '')}/${p}`)
  }
  const tabs = new Set(((cfg.tabBar && cfg.tabBar.list) || []).map((t) => t.pagePath))
  return routes.map((r) => ({ route: r, tab: tabs.has(r), main: (cfg.pages || []).includes(r) }))
}

/** app.config.ts is a plain object literal inside defineAppConfig(…): evaluate just that literal. */
function readAppConfig() {
  const src = fs.readFileSync(path.join(REPO, 'src/app.config.ts'), 'utf8')
  const start = src.indexOf('defineAppConfig(')
  const end = src.lastIndexOf(')')
  if (start < 0 || end < start) throw new Error('src/app.config.ts: no defineAppConfig(…)')
  const literal = src.slice(start + 'defineAppConfig('.length, end)
  // eslint-disable-next-line no-new-func -- our own config file, an object literal
  return new Function(`return (${literal})`)()
}

function allRoutes() {
  try {
    return routesFromConfig(readAppConfig())
  } catch (e) {
    const appJson = path.join(REPO, 'dist/weapp/app.json')
    if (!fs.existsSync(appJson)) throw e
    console.warn(`a11y: could not read src/app.config.ts (${e.message}); using dist/weapp/app.json`)
    return routesFromConfig(JSON.parse(fs.readFileSync(appJson, 'utf8')))
  }
}

module.exports = { allRoutes, readAppConfig, routesFromConfig }
