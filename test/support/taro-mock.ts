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
  async request(o: Options) {
    const res = await fetch(o.url, {
      method: o.method ?? 'GET',
      headers: o.header,
      body: o.data === undefined || o.method === 'GET' ? undefined : typeof o.data === 'string' ? o.data : JSON.stringify(o.data),
    })
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
