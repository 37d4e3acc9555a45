/**
 * Helpers for test/e2e/*.e2e.js. The runner (run.js) serves dist/h5 once and passes its
 * address in E2E_BASE_URL; a file run on its own (`node --test test/e2e/smoke.e2e.js`)
 * starts its own server on dist/h5 (or H5_DIST).
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { before, after } = require('node:test')
const { serveStatic } = require('../../scripts/serve-static')
const { launchBrowser, newPhonePage } = require('../support/browser')

const REPO = path.resolve(__dirname, '../..')
const H5_DIST = path.resolve(REPO, process.env.H5_DIST || 'dist/h5')

/** Resolves to { url, close } — the runner's server, or a new one for this file. */
async function appServer() {
  if (process.env.E2E_BASE_URL) return { url: process.env.E2E_BASE_URL.replace(/\/$/, ''), close: async () => {} }
  if (!fs.existsSync(path.join(H5_DIST, 'index.html')))
    throw new Error(`${H5_DIST}/index.html is missing: run npm run build:h5 first`)
  return serveStatic(H5_DIST)
}

/**
 * For a describe block: registers the before/after that serve the app, start chromium and
 * (unless `phonePage: false`) open one phone-sized page, and close them again. `take` receives
 * { server, browser, session, page } once they exist, e.g.
 *   useApp((a) => ({ server, browser, session, page } = a))
 */
function useApp(take, { phonePage = true } = {}) {
  const app = { server: null, browser: null, session: null, page: null }
  before(async () => {
    app.server = await appServer()
    app.browser = await launchBrowser()
    if (phonePage) {
      app.session = await newPhonePage(app.browser)
      app.page = app.session.page
    }
    take(app)
  })
  after(async () => {
    if (app.browser) await app.browser.close()
    if (app.server) await app.server.close()
  })
}

/** URL of a Taro H5 page under the hash router, e.g. route('pages/hall/index'). */
const route = (base, r = '', query = {}) => {
  const qs = new URLSearchParams(query).toString()
  return `${base}/index.html${r ? `#/${r.replace(/^\//, '')}${qs ? `?${qs}` : ''}` : ''}`
}

/** Taro H5 renders <Input> as <taro-input-core><input/></taro-input-core>: type into the inner input. */
const TARO_INPUT = 'taro-input-core > input'
const TARO_TEXTAREA = 'taro-textarea-core > textarea'

module.exports = { appServer, useApp, route, H5_DIST, TARO_INPUT, TARO_TEXTAREA }
