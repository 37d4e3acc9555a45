/**
 * The one place the adapter is chosen, from validated TARO_APP_API_MODE (config/env.ts).
 * `require` inside constant branches lets webpack drop the fake backend from http builds.
 */
import { memoryTokenStore, type TokenStore } from './client'
import type { GovApi } from './gov-api'

let tokens: TokenStore = memoryTokenStore()
let api: GovApi | null = null

/** The session store plugs its persisted token store in at start-up. */
export function setTokenStore(store: TokenStore): void {
  tokens = store
  api = null
}

export function getApi(): GovApi {
  if (api) return api
  const proxy: TokenStore = { get: () => tokens.get(), set: (s) => tokens.set(s) }
  if (process.env.TARO_APP_API_MODE === 'http') {
    const { createHttpGovApi } = require('./http-adapter') as typeof import('./http-adapter')
    api = createHttpGovApi(process.env.TARO_APP_API_BASE_URL, proxy, Number(process.env.TARO_APP_API_TIMEOUT_MS) || 10_000)
  } else {
    const { createMockGovApi } = require('./mock-adapter') as typeof import('./mock-adapter')
    api = createMockGovApi(proxy)
  }
  return api
}

/** Tests swap in their own GovApi (e.g. one over a fresh backend). */
export function setApi(next: GovApi | null): void {
  api = next
}

export type { GovApi } from './gov-api'
export { ApiError, isApiError } from './errors'
export * from './types'
