/**
 * TARO_APP_* configuration, validated before any build or dev server starts.
 * Taro loads .env / .env.<mode> into process.env and inlines TARO_APP_* into the bundle;
 * an invalid value stops here with a message that says what to fix.
 */
export interface AppEnv {
  TARO_APP_API_MODE: 'mock' | 'http'
  TARO_APP_API_BASE_URL: string
  TARO_APP_API_TIMEOUT_MS: string
  TARO_APP_COMMUNITY_NAME: string
}

const MODES = ['mock', 'http'] as const

export function validateEnv(env: Record<string, string | undefined>): AppEnv {
  const errors: string[] = []
  const mode = (env.TARO_APP_API_MODE ?? 'mock').trim()
  if (!(MODES as readonly string[]).includes(mode)) {
    errors.push(`TARO_APP_API_MODE must be one of ${MODES.join(' | ')}, got "${mode}"`)
  }
  const baseUrl = (env.TARO_APP_API_BASE_URL ?? '').trim()
  if (mode === 'http') {
    if (!baseUrl) errors.push('TARO_APP_API_BASE_URL is required when TARO_APP_API_MODE=http')
    else if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(baseUrl)) {
      errors.push(`TARO_APP_API_BASE_URL must be an http(s) URL, got "${baseUrl}"`)
    }
  }
  const timeout = (env.TARO_APP_API_TIMEOUT_MS ?? '10000').trim()
  if (!/^\d+$/.test(timeout) || Number(timeout) < 1000 || Number(timeout) > 60000) {
    errors.push(`TARO_APP_API_TIMEOUT_MS must be an integer between 1000 and 60000, got "${timeout}"`)
  }
  const community = (env.TARO_APP_COMMUNITY_NAME ?? '西外社区').trim()
  if (!community) errors.push('TARO_APP_COMMUNITY_NAME must not be empty')
  if (errors.length) {
    throw new Error(`Invalid configuration:\n  - ${errors.join('\n  - ')}\nSee docs/configuration.md.`)
  }
  return {
    TARO_APP_API_MODE: mode as AppEnv['TARO_APP_API_MODE'],
    TARO_APP_API_BASE_URL: baseUrl,
    TARO_APP_API_TIMEOUT_MS: timeout,
    TARO_APP_COMMUNITY_NAME: community,
  }
}
