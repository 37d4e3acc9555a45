/**
 * A small hand-written stand-in for @tarojs/taro in jest: in-memory storage that behaves
 * like wx storage ('' for a missing key), recorded navigation and toasts, and
 * Taro.request over global fetch so msw can answer it.
 */
type Options = Record<string, any>

export const storage = new Map<string, unknown>()
export const navigations: Array<{ kind: string; url?: string }> = []
export const toasts: Array<{ title: string; icon?: string }> = []
export const modals: Options[] = []
/** numbers passed to Taro.makePhoneCall */
export const phoneCalls: string[] = []
/**
 * The phone's temp files, by path, for getFileSystemManager().readFile and uploadFile. A path
 * nobody put here reads as test/fixtures/photo.jpg (what a picker mock "picked").
 */
export const fakeFiles = new Map<string, Uint8Array>()
/** progress values reported by uploadFile's onProgressUpdate, in order */
export const uploadProgress: number[] = []

function fakeFile(path: string): Uint8Array {
  const known = fakeFiles.get(path)
  if (known) return known
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const fs = require('node:fs') as typeof import('node:fs')
  return new Uint8Array(fs.readFileSync(require('node:path').join(__dirname, '../fixtures/photo.jpg')))
}

function done<T>(o: Options | undefined, result: T): Promise<T> {
  o?.success?.(result)
  o?.complete?.(result)
  return Promise.resolve(result)
}

const nav = (kind: string) => (o: Options = {}) => {
  navigations.push({ kind, url: o.url })
  return done(o, { errMsg: `${kind}:ok` })
}

export function resetTaroMock(): void {
  storage.clear()
  navigations.length = 0
  toasts.length = 0
  modals.length = 0
  phoneCalls.length = 0
  fakeFiles.clear()
  uploadProgress.length = 0
}

const Taro = {
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  getEnv: () => 'WEB',
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
  getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
  setStorage: (o: Options) => {
    storage.set(o.key, o.data)
    return done(o, { errMsg: 'setStorage:ok' })
  },
  getStorage: (o: Options) => {
    if (!storage.has(o.key)) {
      const err = { errMsg: 'getStorage:fail data not found' }
      o.fail?.(err)
      return Promise.reject(err)
    }
    return done(o, { data: storage.get(o.key), errMsg: 'getStorage:ok' })
  },
  removeStorage: (o: Options) => {
    storage.delete(o.key)
    return done(o, { errMsg: 'removeStorage:ok' })
  },
  navigateTo: nav('navigateTo'),
  redirectTo: nav('redirectTo'),
  switchTab: nav('switchTab'),
  reLaunch: nav('reLaunch'),
  navigateBack: (o: Options = {}) => {
    navigations.push({ kind: 'navigateBack' })
    return done(o, { errMsg: 'navigateBack:ok' })
  },
  showToast: (o: Options) => {
    toasts.push({ title: o.title, icon: o.icon })
    return done(o, { errMsg: 'showToast:ok' })
  },
  showModal: (o: Options) => {
    modals.push(o)
    return done(o, { confirm: true, cancel: false, errMsg: 'showModal:ok' })
  },
  showLoading: (o: Options = {}) => done(o, { errMsg: 'showLoading:ok' }),
  hideLoading: (o: Options = {}) => done(o, { errMsg: 'hideLoading:ok' }),
  login: (o: Options = {}) => done(o, { code: 'test-code', errMsg: 'login:ok' }),
  getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 812, fontSizeSetting: 16 }),
  getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812, safeArea: { bottom: 812 } }),
  previewImage: (o: Options) => done(o, { errMsg: 'previewImage:ok' }),
  requestSubscribeMessage: (o: Options = {}) => done(o, { errMsg: 'requestSubscribeMessage:ok' }),
  makePhoneCall: (o: Options) => {
    phoneCalls.push(o.phoneNumber)
    return done(o, { errMsg: 'makePhoneCall:ok' })
  },
  getFileSystemManager: () => ({
    readFile(o: Options) {
      try {
        const bytes = fakeFile(o.filePath)
        o.success?.({ data: bytes.slice().buffer, errMsg: 'readFile:ok' })
      } catch (e) {
        o.fail?.({ errMsg: `readFile:fail ${String(e)}` })
      }
    },
    getFileInfo(o: Options) {
      o.success?.({ size: fakeFile(o.filePath).length, errMsg: 'getFileInfo:ok' })
    },
  }),
  /** multipart/form-data over fetch (so msw answers it); progress 50 then 100 like a slow wx.uploadFile */
  uploadFile(o: Options) {
    const listeners: Array<(p: { progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }) => void> = []
    const run = (async () => {
      const bytes = fakeFile(o.filePath)
      const form = new FormData()
      for (const [k, v] of Object.entries(o.formData ?? {})) form.append(k, String(v))
      form.append(o.name, new Blob([bytes]), o.fileName ?? String(o.filePath).split('/').pop())
      await Promise.resolve()
      for (const pct of [50, 100]) {
        uploadProgress.push(pct)
        listeners.forEach((l) => l({ progress: pct, totalBytesSent: (bytes.length * pct) / 100, totalBytesExpectedToSend: bytes.length }))
      }
      let res: Response
      try {
        res = await fetch(o.url, { method: 'POST', headers: o.header, body: form })
      } catch (e) {
        const err = { errMsg: `uploadFile:fail ${String(e)}` }
        o.fail?.(err)
        throw err
      }
      const out = { statusCode: res.status, data: await res.text(), header: Object.fromEntries(res.headers.entries()), errMsg: 'uploadFile:ok' }
      o.success?.(out)
      return out
    })()
    run.catch(() => undefined)
    return Object.assign(run, { onProgressUpdate: (cb: (typeof listeners)[number]) => void listeners.push(cb), abort: () => undefined })
  },
  async request(o: Options) {
    const res = await fetch(o.url, {
      method: o.method ?? 'GET',
      headers: o.header,
      body: o.data === undefined || o.method === 'GET' ? undefined : typeof o.data === 'string' ? o.data : JSON.stringify(o.data),
    })
    if (o.responseType === 'arraybuffer') {
      const out = { statusCode: res.status, data: await res.arrayBuffer(), header: Object.fromEntries(res.headers.entries()), errMsg: 'request:ok' }
      o.success?.(out)
      return out
    }
    const text = await res.text()
    let data: unknown = text
    try {
      data = text ? JSON.parse(text) : ''
    } catch {
      /* non-JSON stays a string, as wx.request does */
    }
    const out = { statusCode: res.status, data, header: Object.fromEntries(res.headers.entries()), errMsg: 'request:ok' }
    o.success?.(out)
    return out
  },
  useRouter: () => ({ params: {}, path: '' }),
  useDidShow: () => undefined,
  useDidHide: () => undefined,
  useLoad: () => undefined,
  useReady: () => undefined,
  usePullDownRefresh: () => undefined,
  stopPullDownRefresh: () => undefined,
  nextTick: (fn: () => void) => Promise.resolve().then(fn),
  getCurrentPages: () => [] as Array<{ route?: string; options?: Record<string, string> }>,
}

export const { useRouter, useDidShow, useDidHide, useLoad, useReady, usePullDownRefresh } = Taro
export default Taro
