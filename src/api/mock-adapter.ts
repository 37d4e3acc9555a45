/**
 * Mock mode: the GovApi client wired straight to the in-process fake backend. Used by weapp
 * (nothing intercepts wx.request inside WeChat) and by the H5 build, so a phone on the LAN
 * works without a service worker (which needs https). Bodies are JSON round-tripped so the
 * app never shares objects with the backend.
 */
import { createBackend, type Backend } from '@mock/backend'
import { createGovApiClient, type TokenStore } from './client'
import type { GovApi } from './gov-api'
import { readFileBytes } from '@/platform/file-bytes'
import { inProcessTransport as inProcess, type InProcessOptions } from './in-process-transport'
import type { Transport } from './transport'
import { faultyTransport } from '@mock/faults/fault-transport'
import { testerControls } from './tester-controls'

export { testerControls }

/** The in-process transport reading picked files from the platform (wx FileSystemManager / fetch(blob:)). */
export function inProcessTransport(backend: Parameters<typeof inProcess>[0], options: InProcessOptions = {}): Transport {
  return inProcess(backend, { readBytes: readFileBytes, ...options })
}

/** The app's mock-mode api: the tester's faults and request log around it, its clock inside the backend. */
export function createMockGovApi(
  tokens: TokenStore,
  backend: Backend = createBackend({ clock: testerControls.clock }),
): GovApi & { backend: Backend } {
  testerControls.reset = async () => backend.reset()
  const transport = faultyTransport(inProcessTransport(backend), testerControls.faults)
  return Object.assign(createGovApiClient(transport, tokens, { onExchange: (l) => testerControls.record(l) }), { backend })
}
