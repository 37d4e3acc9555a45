/**
 * The fake government backend: the contract core (core/) over in-memory ports and a seeded
 * population. Exposed in-process (src/api/mock-adapter.ts), as msw handlers (mock/msw) and as a
 * local HTTP server (mock/server). Auth, roles, ownership and business rules live in the core,
 * through the same src/domain rules the app uses.
 */
import { createCore, type Core } from '@core/index'
import type { CoreConfig } from '@core/context'
import type { Ctx } from '@core/context'
import type { BackendRequest, BackendResponse } from '@core/http'
import type { RandomSource } from '@core/ports'
import { emptyState, type State } from '@core/storage'
import { systemClock, type Clock } from './clock'
import { fakeWeChat, memoryPopulation, memoryStorage, platformRandom } from './memory-ports'
import { seedCases } from './seed-cases'
import { seedWorkerCases } from './seed-worker'
import { PERSONAS, seedPopulation } from './seed'
import { ONE_THING_PERSONAS, seedOneThing } from './seed-one-thing'

/** Tester mode is on in the fake backend unless a config says otherwise. */
export type BackendConfig = CoreConfig

export interface BackendOptions {
  clock?: Clock
  config?: Partial<CoreConfig>
  /** seed the population and sample cases (default true) */
  seed?: boolean
  /** extra generated open cases for queue benchmarks (e.g. 10 000) */
  bulkCases?: number
  /** CSPRNG by default; tests may pass seededRandom() */
  random?: RandomSource
  fileStoreCapBytes?: number
}

export interface Backend {
  handle(req: BackendRequest): Promise<BackendResponse & { route?: string }>
  preflight: Core['preflight']
  /** back to the seeded state (deterministic for a given clock) */
  reset(): void
  readonly state: State
  readonly ctx: Ctx
  readonly core: Core
}

export function createBackend(options: BackendOptions = {}): Backend {
  const clock = options.clock ?? systemClock
  const random = options.random ?? platformRandom()
  let core = build()

  function build(): Core {
    const state = emptyState()
    const storage = memoryStorage(state)
    const c = createCore(
      { clock, random, storage, wechat: fakeWeChat(random), population: memoryPopulation(() => storage.state), personas: [...PERSONAS, ...ONE_THING_PERSONAS] },
      { tester: true, ...options.config },
      { fileStoreCapBytes: options.fileStoreCapBytes },
    )
    // seeds write the maps directly, before any request
    c.ctx.state = state
    if (options.seed !== false) {
      seedPopulation(state)
      seedCases(c.ctx, options.bulkCases ?? 0)
      seedWorkerCases(c.ctx)
      seedOneThing(c.ctx)
    }
    return c
  }

  return {
    handle: (req) => core.handle(req),
    preflight: (req) => core.preflight(req),
    reset() {
      core = build()
    },
    get state() {
      return core.ctx.state
    },
    get ctx() {
      return core.ctx
    },
    get core() {
      return core
    },
  }
}

export type { BackendRequest, BackendResponse } from '@core/http'
export { fixedClock, systemClock } from './clock'
export { seededRandom } from './memory-ports'
export { PERSONAS, WORKERS, makeIdNumber } from './seed'
