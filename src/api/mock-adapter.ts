/**
 * Mock mode: the GovApi client wired straight to the in-process fake backend. Used by weapp
 * (nothing intercepts wx.request inside WeChat) and by the H5 build, so a phone on the LAN
 * works without a service worker (which needs https). Bodies are JSON round-tripped so the
 * app never shares objects with the backend. How the backend's code is loaded is the
 * platform's part (src/platform/fake-backend*.ts: its own lazily loaded chunk on H5).
 */
import type { Backend } from '@mock/backend'
import { createGovApiClient } from './client'
import type { GovApi, TesterApi, TokenStore } from './contract/gov-api'
import { loadFakeBackend } from '@/platform/fake-backend'
import { readFileBytes } from '@/platform/file-bytes'
import { inProcessTransport as inProcess, type InProcessOptions } from './in-process-transport'
import type { Transport } from './contract/transport'
import { faultyTransport } from '@mock/faults/fault-transport'
import { testerControls } from './tester-controls'

export { testerControls }

/** The in-process transport reading picked files from the platform (wx FileSystemManager / fetch(blob:)). */
export function inProcessTransport(backend: Parameters<typeof inProcess>[0], options: InProcessOptions = {}): Transport {
  return inProcess(backend, { readBytes: readFileBytes, ...options })
}

/** The app's mock-mode api: the tester's faults and request log around it, its clock inside the backend (created on the first request). */
export function createMockGovApi(tokens: TokenStore): GovApi & TesterApi {
  let backend: Promise<Backend> | null = null
  const load = () => (backend ??= loadFakeBackend().then((m) => m.createBackend({ clock: testerControls.clock })))
  testerControls.reset = async () => (await load()).reset()
  const transport = faultyTransport(inProcessTransport(load), testerControls.faults)
  return createGovApiClient(transport, tokens, { onExchange: (l) => testerControls.record(l) })
}
