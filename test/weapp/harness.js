/**
 * Headless host for the Taro-compiled WeChat mini-program (dist/weapp).
 *
 * miniprogram-simulate (WeChat's j-component + exparser) renders the real compiled
 * WXML — through the official Linux `wcc` compiler — into a jsdom DOM; this file adds
 * what a mini-program *page* needs on top of a component: App/Page/getApp/
 * getCurrentPages, the `wx` APIs the app touches (recorded, never networked), a way
 * to render a page by route and wait for Taro's first setData, and queries that
 * cross Taro's recursive `<comp>` custom components.
 *
 * Used by `node --test test/weapp/` (each test file is its own process, so the
 * module-level state below is per file). See docs/testing.md.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const { JSDOM } = require('jsdom')

const { DIST, assertDist, readAppJson } = require('./dist')

// ---------------------------------------------------------------------------
// 0. Long timers do not hold the process. The app keeps timers a phone would run out
//    (TanStack Query forgets unused server data 5 minutes after a page closes); a test
//    file is done when its tests are, not when those fire.
const LONG_TIMER_MS = 10_000
const realSetTimeout = global.setTimeout
global.setTimeout = function setTimeout(fn, ms, ...args) {
  const t = realSetTimeout(fn, ms, ...args)
  if (Number(ms) >= LONG_TIMER_MS && t && typeof t.unref === 'function') t.unref()
  return t
}

// ---------------------------------------------------------------------------
// 1. DOM globals. j-component renders into a real DOM, and its dispatchEvent builds
//    `new CustomEvent(...)`: Node 20's own Event/CustomEvent are not jsdom's, so
//    jsdom's dispatchEvent would throw "parameter 1 is not of type 'Event'".
const jsdom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true })
global.window = jsdom.window
global.document = jsdom.window.document
for (const k of [
  'Event',
  'CustomEvent',
  'Element',
  'HTMLElement',
  'Node',
  'Text',
  'MouseEvent',
  'TouchEvent',
  'getComputedStyle',
]) {
  if (jsdom.window[k]) global[k] = jsdom.window[k]
}

// Console errors (React render errors, rejected handlers j-component swallows into
// console.error, Taro warnings sent to console.error) are recorded so tests can assert none.
const consoleErrors = []
const origConsoleError = console.error
console.error = (...args) => {
  consoleErrors.push(args.map((a) => (a instanceof Error ? a.stack || a.message : String(a))).join(' '))
  if (!process.env.WEAPP_QUIET) origConsoleError.apply(console, args)
}

const simulate = require('miniprogram-simulate') // defines global Component / Behavior / wx

// ---------------------------------------------------------------------------
// 2. App / Page / getApp / getCurrentPages (miniprogram-simulate only knows Component()).
let appInstance = null
const pageStack = []
global.App = (cfg) => {
  appInstance = cfg
}
global.getApp = () => appInstance
global.getCurrentPages = () => pageStack.slice()

let currentRoute = ''
let currentQuery = {}
global.Page = (opts) => {
  const route = currentRoute
  const methods = {}
  const fields = {}
  for (const [k, v] of Object.entries(opts)) {
    if (k === 'data' || k === 'options' || k === 'behaviors') continue
    if (typeof v === 'function') methods[k] = v
    else fields[k] = v
  }
  global.Component({
    data: opts.data || {},
    options: opts.options,
    methods,
    lifetimes: {
      attached() {
        Object.assign(this, fields)
        this.route = this.__route__ = route
        const query = currentQuery
        this.options = query
        pageStack.push(this)
        // Count completed setData calls so renderPage can wait for Taro's first render.
        const setData = this.setData
        this.__setDataDone = 0
        this.setData = (data, cb) =>
          setData.call(this, data, () => {
            this.__setDataDone++
            if (cb) cb()
          })
        // NB: Taro's 2nd onLoad argument is a *prerender* hook, not a "done" callback —
        // passing one leaves the page empty.
        if (this.onLoad) this.onLoad(query)
        if (this.onShow) this.onShow()
      },
      ready() {
        if (this.onReady) this.onReady()
      },
      detached() {
        if (this.onHide) this.onHide()
        if (this.onUnload) this.onUnload()
        const i = pageStack.indexOf(this)
        if (i >= 0) pageStack.splice(i, 1)
      },
    },
  })
}

// ---------------------------------------------------------------------------
// 3. wx stubs. Everything the app calls is recorded in `calls`; the helpers below
//    expose the interesting slices. Async APIs follow WeChat's callback contract
//    (success/fail/complete, asynchronously) and return a Promise when no callback is
//    given (as the real base library does), so both Taro's promisified wrappers and
//    direct wx.* use work.
const calls = [] // { api, args }
const navigations = [] // { api, url, delta }
const network = [] // { api, url, method, data }
const ui = [] // { api, title, content, ... } toasts, modals, loading, action sheets
const storage = new Map()

const config = {
  /** what wx.showModal answers */
  modal: { confirm: true, cancel: false },
  /** wx.getLocation: null = user denied (the default); or { latitude, longitude } */
  location: null,
  /** wx.requestSubscribeMessage answer per template id: 'accept' | 'reject' */
  subscribe: 'accept',
  /** wx.chooseMedia / chooseImage temp files returned */
  media: ['wxfile://tmp/mock-photo-1.jpg'],
}

function asyncApi(name, impl) {
  return (opts = {}) => {
    calls.push({ api: name, args: opts })
    let result
    try {
      result = impl(opts)
    } catch (e) {
      result = { fail: { errMsg: `${name}:fail ${e.message}` } }
    }
    const ok = !result || !result.fail
    const res = ok ? { errMsg: `${name}:ok`, ...(result && result.ok) } : result.fail
    const settleCallbacks = (o) =>
      setTimeout(() => {
        if (ok && typeof o.success === 'function') o.success(res)
        if (!ok && typeof o.fail === 'function') o.fail(res)
        if (typeof o.complete === 'function') o.complete(res)
      }, 0)
    if (!opts.success && !opts.fail && !opts.complete) {
      return new Promise((resolve, reject) => settleCallbacks({ success: resolve, fail: reject }))
    }
    settleCallbacks(opts)
    return result && result.task
  }
}

function syncApi(name, impl) {
  return (...args) => {
    calls.push({ api: name, args })
    return impl(...args)
  }
}

const clone = (v) => (v === undefined ? v : structuredClone(v))
const storageInfo = () => {
  const keys = [...storage.keys()]
  const bytes = keys.reduce(
    (n, k) => n + Buffer.byteLength(k) + Buffer.byteLength(JSON.stringify(storage.get(k)) || ''),
    0,
  )
  return { keys, currentSize: Math.ceil(bytes / 1024), limitSize: 10240 }
}

const windowInfo = {
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 763,
  statusBarHeight: 47,
  screenTop: 0,
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
}
const deviceInfo = {
  brand: 'devtools',
  model: 'iPhone 12/13 (Pro)',
  system: 'iOS 16.0',
  platform: 'devtools',
  benchmarkLevel: 1,
}
const appBaseInfo = {
  SDKVersion: '3.3.4',
  language: 'zh_CN',
  version: '8.0.5',
  theme: 'light',
  enableDebug: false,
  fontSizeSetting: 16,
  host: { env: 'WeChat' },
}
const systemInfo = {
  ...deviceInfo,
  ...windowInfo,
  ...appBaseInfo,
  fontSizeScaleFactor: 1,
  locationEnabled: true,
  wifiEnabled: true,
}

function navApi(name) {
  return asyncApi(name, (o) => {
    if (name !== 'navigateBack' && (typeof o.url !== 'string' || !o.url))
      return { fail: { errMsg: `${name}:fail parameter error: parameter.url should be String` } }
    navigations.push({ api: name, url: o.url, delta: o.delta })
    return name === 'navigateTo' ? { ok: { eventChannel: { emit() {}, on() {}, once() {}, off() {} } } } : null
  })
}

function networkApi(name) {
  return asyncApi(name, (o) => {
    network.push({ api: name, url: o.url, method: o.method || 'GET', data: o.data })
    const task = {
      abort() {},
      onHeadersReceived() {},
      offHeadersReceived() {},
      onProgressUpdate() {},
      offProgressUpdate() {},
      onChunkReceived() {},
      offChunkReceived() {},
    }
    return {
      fail: { errMsg: `${name}:fail network is disabled in weapp tests (mock mode must not use it)`, errno: 600001 },
      task,
    }
  })
}

const uiApi = (name) =>
  asyncApi(name, (o) => {
    ui.push({ api: name, ...o })
    if (name === 'showModal') return { ok: { ...config.modal } }
    if (name === 'showActionSheet') return { ok: { tapIndex: 0 } }
    return null
  })

Object.assign(global.wx, {
  // navigation (recorded, not performed)
  navigateTo: navApi('navigateTo'),
  redirectTo: navApi('redirectTo'),
  switchTab: navApi('switchTab'),
  reLaunch: navApi('reLaunch'),
  navigateBack: navApi('navigateBack'),

  // storage, in memory (the simulate stubs are no-ops); values are copied like the real store
  setStorageSync: syncApi('setStorageSync', (k, v) => void storage.set(k, clone(v))),
  getStorageSync: syncApi('getStorageSync', (k) => (storage.has(k) ? clone(storage.get(k)) : '')),
  removeStorageSync: syncApi('removeStorageSync', (k) => void storage.delete(k)),
  clearStorageSync: syncApi('clearStorageSync', () => storage.clear()),
  getStorageInfoSync: syncApi('getStorageInfoSync', storageInfo),
  setStorage: asyncApi('setStorage', (o) => void storage.set(o.key, clone(o.data))),
  getStorage: asyncApi('getStorage', (o) =>
    storage.has(o.key)
      ? { ok: { data: clone(storage.get(o.key)) } }
      : { fail: { errMsg: 'getStorage:fail data not found' } },
  ),
  removeStorage: asyncApi('removeStorage', (o) => void storage.delete(o.key)),
  clearStorage: asyncApi('clearStorage', () => void storage.clear()),
  getStorageInfo: asyncApi('getStorageInfo', () => ({ ok: storageInfo() })),

  // device / window
  getSystemInfoSync: syncApi('getSystemInfoSync', () => ({ ...systemInfo })),
  getSystemInfo: asyncApi('getSystemInfo', () => ({ ok: { ...systemInfo } })),
  getWindowInfo: syncApi('getWindowInfo', () => ({ ...windowInfo })),
  getDeviceInfo: syncApi('getDeviceInfo', () => ({ ...deviceInfo })),
  getAppBaseInfo: syncApi('getAppBaseInfo', () => ({ ...appBaseInfo })),

  // UI feedback (recorded no-ops)
  showToast: uiApi('showToast'),
  hideToast: uiApi('hideToast'),
  showModal: uiApi('showModal'),
  showLoading: uiApi('showLoading'),
  hideLoading: uiApi('hideLoading'),
  showActionSheet: uiApi('showActionSheet'),

  // identity
  login: asyncApi('login', () => ({ ok: { code: `mock-code-${calls.filter((c) => c.api === 'login').length}` } })),
  checkSession: asyncApi('checkSession', () => null),

  // network: always fails, always recorded
  request: networkApi('request'),
  uploadFile: networkApi('uploadFile'),
  downloadFile: networkApi('downloadFile'),
  connectSocket: networkApi('connectSocket'),

  // permissions and device features
  requestSubscribeMessage: asyncApi('requestSubscribeMessage', (o) => ({
    ok: Object.fromEntries(
      (o.tmplIds || []).map((id) => [
        id,
        typeof config.subscribe === 'function' ? config.subscribe(id) : config.subscribe,
      ]),
    ),
  })),
  getLocation: asyncApi('getLocation', () =>
    config.location
      ? { ok: { accuracy: 30, altitude: 0, speed: -1, ...config.location } }
      : { fail: { errMsg: 'getLocation:fail auth deny' } },
  ),
  chooseMedia: asyncApi('chooseMedia', () => ({
    ok: {
      type: 'image',
      tempFiles: config.media.map((p) => ({
        tempFilePath: p,
        size: 102400,
        fileType: 'image',
        width: 1080,
        height: 1440,
      })),
    },
  })),
  // re-encodes (drops EXIF): a new temp file, as WeChat's does
  compressImage: asyncApi('compressImage', (o) => ({ ok: { tempFilePath: `${String(o.src).replace(/\.\w+$/, '')}-c.jpg` } })),
  // the settings page: the resident comes back without switching anything on
  openSetting: asyncApi('openSetting', () => ({ ok: { authSetting: {} } })),
  chooseImage: asyncApi('chooseImage', () => ({
    ok: { tempFilePaths: [...config.media], tempFiles: config.media.map((p) => ({ path: p, size: 102400 })) },
  })),
  previewImage: asyncApi('previewImage', () => null),
  makePhoneCall: asyncApi('makePhoneCall', () => null),
  setClipboardData: asyncApi('setClipboardData', () => null),
  setNavigationBarTitle: asyncApi('setNavigationBarTitle', () => null),
  pageScrollTo: asyncApi('pageScrollTo', () => null),
  stopPullDownRefresh: asyncApi('stopPullDownRefresh', () => null),
  nextTick: (fn) => Promise.resolve().then(fn),
})

/** Clear recorded calls, navigations, network, UI, console errors and storage (call in beforeEach). */
function reset({ keepStorage = false } = {}) {
  calls.length = 0
  navigations.length = 0
  network.length = 0
  ui.length = 0
  consoleErrors.length = 0
  if (!keepStorage) storage.clear()
  config.modal = { confirm: true, cancel: false }
  config.location = null
  config.subscribe = 'accept'
  config.media = ['wxfile://tmp/mock-photo-1.jpg']
}

// ---------------------------------------------------------------------------
// 4. Loading the app and rendering pages.
let appLoaded = null
function loadApp() {
  if (appLoaded) return appLoaded
  assertDist()
  require(path.join(DIST, 'app.js')) // loads runtime/taro/vendors chunks and calls App()
  const app = getApp()
  if (!app) throw new Error(`${path.join(DIST, 'app.js')} did not call App()`)
  const launch = { path: readAppJson().app.pages[0], query: {}, scene: 1001 }
  if (app.onLaunch) app.onLaunch(launch)
  if (app.onShow) app.onShow(launch)
  appLoaded = app
  return app
}

// A page's webpack chunk only runs (and calls Page()) once per process, so the
// registered component id is cached per route and re-instantiated on later renders.
const pageIds = {}
/**
 * Render a page by route (e.g. 'pages/index/index') with an optional query object and
 * wait until Taro's first setData has been applied. Returns the j-component page.
 */
async function renderPage(route, query = {}, { timeout = 5000 } = {}) {
  loadApp()
  route = route.replace(/^\//, '')
  if (!fs.existsSync(path.join(DIST, `${route}.js`))) throw new Error(`page ${route} is not in ${DIST}`)
  currentRoute = route
  currentQuery = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) // real query values are strings
  const id =
    pageIds[route] ||
    (pageIds[route] = simulate.load(path.join(DIST, route), 'page', { rootPath: DIST, compiler: 'official' }))
  const comp = simulate.render(id) // created + attached -> Page.onLoad/onShow
  const parent = document.createElement('div')
  document.body.appendChild(parent)
  comp.attach(parent) // ready -> Page.onReady
  await waitFor(() => comp.instance.__setDataDone > 0, {
    timeout,
    message: `${route} never called setData (Taro did not render within ${timeout} ms)`,
  })
  await settle()
  return comp
}

async function unmount(page) {
  page.detach() // -> detached -> onUnload -> Taro unmounts the React tree
  await settle()
}

// ---------------------------------------------------------------------------
// 5. Queries. page.querySelector cannot cross Taro's recursive <comp> custom
//    components, so these walk the rendered DOM and wrap hits as j-component nodes
//    (so .dispatchEvent('tap') and .dom work at any depth).
// j-component is miniprogram-simulate's own dependency: resolve it from there so we get
// the very instance simulate renders with (and need no package.json entry for it).
const simulateDir = path.dirname(require.resolve('miniprogram-simulate/package.json'))
const JComponentNode = Object.getPrototypeOf(
  require(require.resolve('j-component/src/render/component', { paths: [simulateDir] })).prototype,
).constructor
const wrap = (el) => new JComponentNode(el.__wxElement)
const norm = (s) => s.replace(/\s+/g, ' ').trim()

/** All rendered text of a page, whitespace-collapsed. */
function pageText(page) {
  return norm(page.dom.textContent || '')
}

const matches = (el, text) => (text instanceof RegExp ? text.test(norm(el.textContent)) : norm(el.textContent) === text)
const wxElements = (page) => [...page.dom.querySelectorAll('*')].filter((el) => el.__wxElement)

/** Innermost elements whose (whitespace-normalised) text equals `text` (or matches a RegExp). */
function queryAllByText(page, text) {
  const hits = wxElements(page).filter((el) => matches(el, text))
  return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other))).map(wrap)
}

function getByText(page, text) {
  const hits = queryAllByText(page, text)
  if (!hits.length)
    throw new Error(`no element with text ${text}; page text: ${JSON.stringify(pageText(page).slice(0, 300))}`)
  return hits[0]
}

/** Wait until an element with this text appears (after taps, async state, timers). */
async function findByText(page, text, { timeout = 3000 } = {}) {
  return waitFor(() => getByText(page, text), { timeout })
}

// exparser prefixes classes with the owning component's tag name (`page--entrance`,
// `comp--entrance`), so match either form.
const hasClass = (el, cls) => [...el.classList].some((c) => c === cls || c.endsWith(`--${cls}`))

/** Elements with a class (across <comp> boundaries), in document order. */
function queryAllByClass(page, cls) {
  return wxElements(page)
    .filter((el) => hasClass(el, cls))
    .map(wrap)
}

/** Native elements by WXML tag name (e.g. 'input', 'textarea', 'button'), across <comp>. */
function queryAllByTag(page, tag) {
  return [...page.dom.querySelectorAll(`wx-${tag}`)].filter((el) => el.__wxElement).map(wrap)
}

// ---------------------------------------------------------------------------
// 6. Interaction.
/** Tap a node (or the element with this text); the event bubbles like WeChat's tap. */
async function tap(page, target) {
  const node = typeof target === 'string' || target instanceof RegExp ? getByText(page, target) : target
  node.dispatchEvent('tap', { detail: { x: 0, y: 0 } })
  await settle()
  return node
}

/**
 * Type into a Taro <Input>/<Textarea> (a native <input>/<textarea> in WXML): fires the
 * `input` event with detail.value (what Taro's onInput receives as e.detail.value),
 * and optionally `blur`/`confirm`.
 */
async function input(node, value, { blur = false, confirm = false } = {}) {
  node.dispatchEvent('input', { detail: { value: String(value), cursor: String(value).length, keyCode: 0 } })
  await settle()
  if (blur) {
    node.dispatchEvent('blur', { detail: { value: String(value) } })
    await settle()
  }
  if (confirm) {
    node.dispatchEvent('confirm', { detail: { value: String(value) } })
    await settle()
  }
  return node
}

// ---------------------------------------------------------------------------
// 7. Waiting.
/** Poll until fn() returns truthy (React/Taro updates are asynchronous). */
async function waitFor(fn, { timeout = 3000, interval = 5, message } = {}) {
  const start = Date.now()
  for (;;) {
    let v
    let err
    try {
      v = fn()
    } catch (e) {
      err = e
    }
    if (v) return v
    if (Date.now() - start > timeout) throw err || new Error(message || `waitFor timed out after ${timeout} ms`)
    await simulate.sleep(interval)
  }
}

async function settle(ms = 20) {
  await simulate.sleep(ms)
}

const lastNavigation = () => navigations[navigations.length - 1]

module.exports = {
  DIST,
  assertDist,
  readAppJson,
  loadApp,
  renderPage,
  unmount,
  pageText,
  queryAllByText,
  getByText,
  findByText,
  queryAllByClass,
  queryAllByTag,
  tap,
  input,
  waitFor,
  settle,
  reset,
  lastNavigation,
  calls,
  navigations,
  network,
  ui,
  storage,
  config,
  consoleErrors,
  pageStack,
  simulate,
}
