/**
 * H5 mock mode: the same in-process fake backend, loaded on the first request as its own
 * chunk, so the first screen (which needs no data) parses and runs without it.
 */
import type { Backend } from '@mock/backend'
import { createGovApiClient, type TokenStore } from './client'
import type { GovApi } from './gov-api'
import { inProcessTransport } from './in-process-transport'

export { inProcessTransport }

export function createMockGovApi(tokens: TokenStore): GovApi {
  let backend: Promise<Backend> | null = null
  const load = () =>
    (backend ??= import(/* webpackChunkName: "fake-backend" */ '@mock/backend').then((m) => m.createBackend()))
  return createGovApiClient(inProcessTransport(load), tokens)
}
