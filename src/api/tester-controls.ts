/**
 * The tester's levers in mock mode (required only by the mock adapters, so absent from http
 * builds): fault rules in front of the in-process backend, the backend's movable clock, the
 * simulated face outcome, a reset, and a live request log (method, path, status, duration,
 * retries, idempotency key — no bodies, so nothing personal; case ids are the only ids shown).
 */
import type { FaceOutcome } from './contract/types'
import type { ExchangeLog } from './client'
import { FaultInjector } from '@mock/faults/faults'

// the tester panel (a feature) reaches the fault kinds through here: features do not import mock/
export { FAULT_KINDS, FAULT_LABELS, type FaultKind } from '@mock/faults/faults'
import { shiftableClock } from '@mock/faults/tester-clock'

export interface TesterControls {
  faults: FaultInjector
  clock: ReturnType<typeof shiftableClock>
  /** what the simulated camera step reports when the verify screen does not say (null = the screen decides) */
  faceOutcome: FaceOutcome | null
  /** newest last, at most 100 */
  readonly log: readonly (ExchangeLog & { at: number })[]
  record(entry: ExchangeLog): void
  /** reseed the fake backend (set by the adapter) */
  reset(): Promise<void>
  subscribe(fn: () => void): () => void
  changed(): void
}

function create(): TesterControls {
  const listeners = new Set<() => void>()
  let log: (ExchangeLog & { at: number })[] = []
  const controls: TesterControls = {
    faults: new FaultInjector(),
    clock: shiftableClock(),
    faceOutcome: null,
    get log() {
      return log
    },
    record(entry) {
      log = [...log.slice(-99), { ...entry, at: Date.now() }]
      listeners.forEach((l) => l())
    },
    reset: async () => undefined,
    subscribe(fn) {
      listeners.add(fn)
      return () => listeners.delete(fn)
    },
    changed() {
      listeners.forEach((l) => l())
    },
  }
  return controls
}

/** one set per app run */
export const testerControls: TesterControls = create()
