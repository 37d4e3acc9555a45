/**
 * Demo mode (DEMO=1): the seeded population from the fake backend, written once into an empty
 * database, and a WeChat stand-in whose face results live in the database (the simulated camera
 * step records verify_ret on the verification), so any instance can confirm a verification
 * another instance started.
 */
import { randomBytes } from 'node:crypto'
import type { Ctx } from '@core/context'
import type { WeChatPort } from '@core/ports'
import type { State } from '@core/storage'
import { seedCases } from '@mock/backend/seed-cases'
import { seedWorkerCases } from '@mock/backend/seed-worker'
import { PERSONAS as POPULATION_PERSONAS, seedPopulation } from '@mock/backend/seed'
import { ONE_THING_PERSONAS, seedOneThing } from '@mock/backend/seed-one-thing'
import { fakeWeChat } from '@mock/backend/memory-ports'

/** the same tester personas as the fake backend (mock/backend/index.ts) */
export const PERSONAS = [...POPULATION_PERSONAS, ...ONE_THING_PERSONAS]
export { memoryPopulation as cachePopulation } from '@mock/backend/memory-ports'

/** Seeds the demo population and sample cases when the database holds no resident yet; true when it did. */
export function seedDemoIfEmpty(ctx: Ctx, tx: State): boolean {
  if (tx.residents.size > 0 || tx.workers.size > 0) return false
  ctx.state = tx
  seedPopulation(tx)
  seedCases(ctx, 0)
  seedWorkerCases(ctx)
  seedOneThing(ctx)
  return true
}

export function demoWeChat(state: () => State): WeChatPort {
  // sign-in codes behave as in the fake backend (a code is a stable WeChat user; "invalid…" is refused)
  const fake = fakeWeChat({ bytes: async (n) => new Uint8Array(randomBytes(n)) })
  return {
    code2Session: (code) => fake.code2Session(code),
    async getVerifyId() {
      return `fv-${randomBytes(16).toString('hex')}`
    },
    async queryVerifyInfo(verifyId) {
      return state().verifications.get(verifyId)?.verifyRet ?? null
    },
    // the core records the played result on the verification itself (shared by every instance)
    async simulateCameraStep() {},
  }
}
