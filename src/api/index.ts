/**
 * The one place the adapter is chosen, from validated TARO_APP_API_MODE (config/env.ts).
 * `require` inside a branch on the literal `process.env.TARO_APP_API_MODE === 'mock'` lets
 * webpack drop the fake backend from http builds (and the http adapter from mock builds).
 * Demo builds reach the tester extension through `getTesterApi()` (./tester-api.ts).
 */
import { config } from '@/config'
import { memoryTokenStore } from './client'
import type { GovApi, TokenStore } from './contract/gov-api'

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
  if (process.env.TARO_APP_API_MODE === 'mock') {
    const { createMockGovApi } = require('./mock-adapter') as typeof import('./mock-adapter')
    api = createMockGovApi(proxy)
  } else {
    const { createHttpGovApi } = require('./http-adapter') as typeof import('./http-adapter')
    api = createHttpGovApi(config.apiBaseUrl, proxy, config.apiTimeoutMs)
  }
  return api
}

/** Tests swap in their own GovApi (e.g. one over a fresh backend). */
export function setApi(next: GovApi | null): void {
  api = next
}

export type { GovApi, TesterApi, TokenStore } from './contract/gov-api'
export { ApiError, isApiError } from './contract/errors'
export * from './contract/types'
