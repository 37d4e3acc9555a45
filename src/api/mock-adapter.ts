/**
 * Mock mode: the GovApi client wired straight to the in-process fake backend. Used by weapp
 * (nothing intercepts wx.request inside WeChat) and by the H5 build, so a phone on the LAN
 * works without a service worker (which needs https). Bodies are JSON round-tripped so the
 * app never shares objects with the backend.
 */
import { createBackend, type Backend } from '@mock/backend'
import { createGovApiClient, type TokenStore } from './client'
import type { GovApi } from './gov-api'
import type { Transport } from './transport'

export function inProcessTransport(backend: Backend, latencyMs = 0): Transport {
  return async (req) => {
    if (latencyMs) await new Promise((r) => setTimeout(r, latencyMs))
    const res = await backend.handle({
      method: req.method,
      path: req.path,
      query: Object.fromEntries(Object.entries(req.query ?? {}).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])),
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])),
      body: req.body === undefined ? undefined : JSON.parse(JSON.stringify(req.body)),
    })
    return { status: res.status, body: res.body }
  }
}

export function createMockGovApi(tokens: TokenStore, backend: Backend = createBackend()): GovApi & { backend: Backend } {
  return Object.assign(createGovApiClient(inProcessTransport(backend), tokens), { backend })
}
