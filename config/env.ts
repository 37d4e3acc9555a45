/**
 * TARO_APP_* configuration, validated before any build or dev server starts.
 * Taro loads .env, .env.local, .env.<mode> and .env.<mode>.local (the shell wins over all of
 * them) and inlines every TARO_APP_* key that appears in one of those files; an invalid value
 * stops here with a message that says what to fix. Profiles (docs/configuration.md):
 *   npm start / dev:*          development, mock mode (the fake backend in-process)
 *   npm run build:weapp        --mode release: what a city uploads; http + https + AppID
 *   npm run build:weapp:demo   --mode demo: the 体验版, mock mode, labelled on screen
 *   npm run build:h5           production H5 in mock mode (tests, demos); build:h5:release for http
 */
export interface AppEnv {
  TARO_APP_API_MODE: 'mock' | 'http'
  TARO_APP_API_BASE_URL: string
  TARO_APP_API_TIMEOUT_MS: string
  TARO_APP_COMMUNITY_NAME: string
  /** '1' = an explicit 体验版 (demo) build: the only way a production weapp build may be mock */
  TARO_APP_DEMO: '' | '1'
  /** WeChat AppID, written into dist/weapp/project.config.json by Taro */
  TARO_APP_ID: string
  /** subscribe-message template IDs, one per purpose; empty = that button is hidden */
  TARO_APP_TEMPLATE_CASE_PROGRESS: string
  TARO_APP_TEMPLATE_CERT_EXPIRY: string
  TARO_APP_TEMPLATE_COMPLAINT_REPLY: string
}

/** What is being built: TARO_ENV (weapp | h5 | undefined in jest) and NODE_ENV. */
export interface BuildTarget {
  platform?: string
  production?: boolean
}

const MODES = ['mock', 'http'] as const
export const TEMPLATE_KEYS = ['TARO_APP_TEMPLATE_CASE_PROGRESS', 'TARO_APP_TEMPLATE_CERT_EXPIRY', 'TARO_APP_TEMPLATE_COMPLAINT_REPLY'] as const
// WeChat AppIDs are "wx" + 16 hex digits; template IDs are 43-character URL-safe strings.
const APPID = /^wx[0-9a-f]{16}$/
const TEMPLATE_ID = /^[A-Za-z0-9_-]{20,64}$/

export function validateEnv(env: Record<string, string | undefined>, target: BuildTarget = {}): AppEnv {
  const errors: string[] = []
  const get = (k: string, fallback = '') => (env[k] ?? fallback).trim()
  const weappRelease = target.platform === 'weapp' && target.production === true

  const mode = get('TARO_APP_API_MODE', 'mock')
  if (!(MODES as readonly string[]).includes(mode)) {
    errors.push(`TARO_APP_API_MODE must be one of ${MODES.join(' | ')}, got "${mode}"`)
  }
  // unset = follows the mode (.env sets it; a mock build is always the 体验版)
  const demo = get('TARO_APP_DEMO', mode === 'mock' && !weappRelease ? '1' : '')
  if (demo !== '' && demo !== '1' && demo !== '0') errors.push(`TARO_APP_DEMO must be 1 (a 体验版 build) or empty, got "${demo}"`)
  const isDemo = demo === '1'
  // The fake backend is only ever a demo: the app must label it and offer persona sign-in
  if (mode === 'mock' && !isDemo && !weappRelease) {
    errors.push('TARO_APP_API_MODE=mock is the 体验版: it needs TARO_APP_DEMO=1 (persona sign-in, the simulated face step, the 体验版 label)')
  }
  if (weappRelease && mode === 'mock' && !isDemo) {
    errors.push(
      'a production WeChat build may not use mock mode (the fake backend, persona sign-in and simulated face step would ship). ' +
        'Set TARO_APP_API_MODE=http with TARO_APP_API_BASE_URL and TARO_APP_ID in .env.release.local, ' +
        'or build the labelled 体验版 with npm run build:weapp:demo',
    )
  }

  const baseUrl = get('TARO_APP_API_BASE_URL')
  if (mode === 'http') {
    if (!baseUrl) {
      errors.push('TARO_APP_API_BASE_URL is required when TARO_APP_API_MODE=http (put it in .env.release.local for npm run build:weapp)')
    } else if (baseUrl === '/' && target.platform === 'h5' && !target.production) {
      // same origin: the H5 dev server proxies /v1 to the server (npm start)
    } else if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(baseUrl)) {
      errors.push(`TARO_APP_API_BASE_URL must be an http(s) URL, got "${baseUrl}"`)
    } else if (target.production && !baseUrl.startsWith('https://')) {
      errors.push(`TARO_APP_API_BASE_URL must use https in a production build (WeChat only calls https request domains), got "${baseUrl}"`)
    }
  }
  const appId = get('TARO_APP_ID')
  if (appId && !APPID.test(appId)) errors.push(`TARO_APP_ID must be a WeChat AppID (wx + 16 hex digits), got "${appId}"`)
  if (weappRelease && mode === 'http' && !appId) errors.push('TARO_APP_ID (the mini-program AppID from mp.weixin.qq.com) is required for a production WeChat build')

  const timeout = get('TARO_APP_API_TIMEOUT_MS', '10000')
  if (!/^\d+$/.test(timeout) || Number(timeout) < 1000 || Number(timeout) > 60000) {
    errors.push(`TARO_APP_API_TIMEOUT_MS must be an integer between 1000 and 60000, got "${timeout}"`)
  }
  const community = get('TARO_APP_COMMUNITY_NAME', '西外社区')
  if (!community) errors.push('TARO_APP_COMMUNITY_NAME must not be empty')

  const templates = {} as Record<(typeof TEMPLATE_KEYS)[number], string>
  for (const key of TEMPLATE_KEYS) {
    const id = get(key)
    if (id && !TEMPLATE_ID.test(id)) errors.push(`${key} must be a subscribe-message template ID from mp.weixin.qq.com, got "${id}"`)
    templates[key] = id
  }
  if (errors.length) {
    throw new Error(`Invalid configuration:\n  - ${errors.join('\n  - ')}\nSee docs/configuration.md.`)
  }
  return {
    TARO_APP_API_MODE: mode as AppEnv['TARO_APP_API_MODE'],
    TARO_APP_API_BASE_URL: baseUrl,
    TARO_APP_API_TIMEOUT_MS: timeout,
    TARO_APP_COMMUNITY_NAME: community,
    TARO_APP_DEMO: isDemo ? '1' : '',
    TARO_APP_ID: appId,
    ...templates,
  }
}
