/**
 * The fake government backend: one stateful implementation of the GovApi HTTP contract.
 * Exposed in-process (src/api/mock-adapter.ts), as msw handlers (mock/msw) and as a local
 * HTTP server (mock/server). Auth, roles, ownership and business rules are enforced here,
 * through the same src/domain rules the app uses.
 */
import { systemClock, type Clock } from './clock'
import { Ctx, DEFAULT_CONFIG, type BackendConfig } from './context'
import { Router, type BackendRequest, type BackendResponse } from './http'
import { registerApplications } from './routes/applications'
import { registerComplaints } from './routes/complaints'
import { registerIdentity } from './routes/identity'
import { registerFamily } from './routes/family'
import { registerCertificates } from './routes/certificates'
import { registerWorker } from './routes/worker'
import { seedCases } from './seed-cases'
import { seedWorkerCases } from './seed-worker'
import { seedPopulation } from './seed'
import { emptyState, type State } from './state'

export interface BackendOptions {
  clock?: Clock
  config?: Partial<BackendConfig>
  /** seed the population and sample cases (default true) */
  seed?: boolean
  /** extra generated open cases for queue benchmarks (e.g. 10 000) */
  bulkCases?: number
}

export interface Backend {
  handle(req: BackendRequest): Promise<BackendResponse>
  /** back to the seeded state (deterministic for a given clock) */
  reset(): void
  readonly state: State
  readonly ctx: Ctx
}

export function createBackend(options: BackendOptions = {}): Backend {
  const clock = options.clock ?? systemClock
  const config = { ...DEFAULT_CONFIG, ...options.config }
  let ctx = build()

  function build(): Ctx {
    const state = emptyState()
    const c = new Ctx(state, clock, config)
    if (options.seed !== false) {
      seedPopulation(state)
      seedCases(c, options.bulkCases ?? 0)
      seedWorkerCases(c)
    }
    return c
  }

  let router = routes(ctx)
  return {
    handle: (req) => router.handle(req),
    reset() {
      ctx = build()
      router = routes(ctx)
    },
    get state() {
      return ctx.state
    },
    get ctx() {
      return ctx
    },
  }
}

function routes(ctx: Ctx): Router {
  const r = new Router()
  registerIdentity(r, ctx)
  registerFamily(r, ctx)
  registerApplications(r, ctx)
  registerComplaints(r, ctx)
  registerWorker(r, ctx)
  registerCertificates(r, ctx)
  return r
}

export type { BackendRequest, BackendResponse } from './http'
export { fixedClock, systemClock } from './clock'
export { PERSONAS, WORKERS, makeIdNumber } from './seed'
