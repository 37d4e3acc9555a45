import { validateEnv } from '../../config/env'

describe('TARO_APP_* validation', () => {
  it('defaults to mock mode with the seeded community', () => {
    expect(validateEnv({})).toMatchObject({ TARO_APP_API_MODE: 'mock', TARO_APP_COMMUNITY_NAME: '西外社区' })
  })

  it.each([
    [{ TARO_APP_API_MODE: 'fake' }, /TARO_APP_API_MODE must be one of mock \| http, got "fake"/],
    [{ TARO_APP_API_MODE: 'http' }, /TARO_APP_API_BASE_URL is required/],
    [{ TARO_APP_API_MODE: 'http', TARO_APP_API_BASE_URL: 'gov.example.cn' }, /must be an http\(s\) URL/],
    [{ TARO_APP_API_TIMEOUT_MS: '10s' }, /TARO_APP_API_TIMEOUT_MS must be an integer/],
    [{ TARO_APP_API_TIMEOUT_MS: '100' }, /between 1000 and 60000/],
  ])('refuses %j with a message that says what to fix', (env, message) => {
    expect(() => validateEnv(env)).toThrow(message)
  })

  it('accepts a real http configuration', () => {
    const env = validateEnv({ TARO_APP_API_MODE: 'http', TARO_APP_API_BASE_URL: 'https://gov.example.cn/api', TARO_APP_API_TIMEOUT_MS: '8000' })
    expect(env.TARO_APP_API_BASE_URL).toBe('https://gov.example.cn/api')
  })

  it('lists every problem at once', () => {
    expect(() => validateEnv({ TARO_APP_API_MODE: 'http', TARO_APP_API_TIMEOUT_MS: 'x' })).toThrow(/BASE_URL[\s\S]*TIMEOUT/)
  })
})

describe('build profiles', () => {
  const weappRelease = { platform: 'weapp', production: true }
  const release = { TARO_APP_API_MODE: 'http', TARO_APP_API_BASE_URL: 'https://gov.example.cn/api', TARO_APP_ID: 'wx0123456789abcdef' }

  it('a production WeChat build refuses mock mode and says how to make a 体验版', () => {
    expect(() => validateEnv({ TARO_APP_API_MODE: 'mock' }, weappRelease)).toThrow(/may not use mock mode[\s\S]*npm run build:weapp:demo/)
  })

  it('a 体验版 needs the explicit demo flag', () => {
    expect(validateEnv({ TARO_APP_API_MODE: 'mock', TARO_APP_DEMO: '1' }, weappRelease).TARO_APP_DEMO).toBe('1')
    expect(() => validateEnv({ TARO_APP_DEMO: 'yes' })).toThrow(/TARO_APP_DEMO must be 1/)
    // mock mode is only ever the labelled 体验版, on every target
    expect(() => validateEnv({ TARO_APP_API_MODE: 'mock', TARO_APP_DEMO: '' }, { platform: 'h5', production: false })).toThrow(/needs TARO_APP_DEMO=1/)
  })

  it('npm start: an H5 development build may call the server on its own origin', () => {
    const start = { TARO_APP_API_MODE: 'http', TARO_APP_API_BASE_URL: '/', TARO_APP_DEMO: '1' }
    expect(validateEnv(start, { platform: 'h5', production: false })).toMatchObject({ TARO_APP_API_BASE_URL: '/', TARO_APP_DEMO: '1' })
    expect(() => validateEnv(start, { platform: 'h5', production: true })).toThrow(/must be an http\(s\) URL/)
    expect(() => validateEnv(start, { platform: 'weapp', production: false })).toThrow(/must be an http\(s\) URL/)
  })

  it('development and H5 builds may use mock mode without the flag', () => {
    expect(validateEnv({}, { platform: 'weapp', production: false }).TARO_APP_API_MODE).toBe('mock')
    expect(validateEnv({}, { platform: 'h5', production: true }).TARO_APP_API_MODE).toBe('mock')
  })

  it('a production http build needs https and, on WeChat, an AppID', () => {
    expect(() => validateEnv({ ...release, TARO_APP_API_BASE_URL: 'http://gov.example.cn' }, weappRelease)).toThrow(/must use https/)
    expect(() => validateEnv({ ...release, TARO_APP_ID: '' }, weappRelease)).toThrow(/TARO_APP_ID .* is required/)
    expect(() => validateEnv({ ...release, TARO_APP_ID: 'touristappid' }, weappRelease)).toThrow(/wx \+ 16 hex digits/)
    expect(validateEnv(release, weappRelease)).toMatchObject({ TARO_APP_API_MODE: 'http', TARO_APP_ID: 'wx0123456789abcdef' })
    // a development build may talk to npm run mock:server on the LAN over plain http
    expect(validateEnv({ ...release, TARO_APP_API_BASE_URL: 'http://192.168.1.20:3100' }, { platform: 'weapp', production: false }).TARO_APP_API_BASE_URL).toBe(
      'http://192.168.1.20:3100',
    )
  })

  it('subscribe template IDs are optional, one per purpose, and format-checked', () => {
    const ok = validateEnv({ TARO_APP_TEMPLATE_CASE_PROGRESS: 'Xc9fJ2kq0hRr8Zt_Lmw3PbVn6Yd5Ge1Su7Ao4Ki2TyQ' })
    expect(ok.TARO_APP_TEMPLATE_CASE_PROGRESS).toHaveLength(43)
    expect(ok.TARO_APP_TEMPLATE_CERT_EXPIRY).toBe('')
    expect(() => validateEnv({ TARO_APP_TEMPLATE_CERT_EXPIRY: 'progress-template' })).toThrow(/TARO_APP_TEMPLATE_CERT_EXPIRY must be a subscribe-message template ID/)
  })

  it('the committed profiles are what the docs say', () => {
    const fs = require('node:fs') as typeof import('node:fs')
    const read = (f: string) => Object.fromEntries(fs.readFileSync(f, 'utf8').split('\n').filter((l) => /^\w+=/.test(l)).map((l) => l.split('=', 2) as [string, string]))
    expect(read('.env.release')).toMatchObject({ TARO_APP_API_MODE: 'http' })
    expect(read('.env.demo')).toMatchObject({ TARO_APP_API_MODE: 'mock', TARO_APP_DEMO: '1' })
    // every key the app reads is listed in .env (Taro inlines only keys that appear in a file)
    const src = fs.readFileSync('src/config.ts', 'utf8') + fs.readFileSync('src/api/index.ts', 'utf8')
    const used = new Set([...src.matchAll(/process\.env\.(TARO_APP_\w+)/g)].map((m) => m[1]))
    expect([...used].filter((k) => !(k in read('.env')))).toEqual([])
  })
})
