/**
 * H5 mock mode: the same in-process fake backend, loaded on the first request as its own
 * chunk, so the first screen (which needs no data) parses and runs without it.
 */
import type { Backend } from '@mock/backend'
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
export function createMockGovApi(tokens: TokenStore): GovApi {
  let backend: Promise<Backend> | null = null
  const load = () =>
    (backend ??= import(/* webpackChunkName: "fake-backend" */ '@mock/backend').then((m) =>
      m.createBackend({ clock: testerControls.clock }),
    ))
  testerControls.reset = async () => (await load()).reset()
  const transport = faultyTransport(inProcessTransport(load), testerControls.faults)
  return createGovApiClient(transport, tokens, { onExchange: (l) => testerControls.record(l) })
}
