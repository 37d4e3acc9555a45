/** Test helpers: a fresh fake backend on a pinned clock, and GovApi clients signed in as personas. */
import { createBackend, fixedClock, type Backend } from '@mock/backend'
import { createGovApiClient, memoryTokenStore } from '@/api/client'
import type { GovApi, TesterApi } from '@/api/contract/gov-api'

/** A client of a demo backend: GovApi plus the tester extension (personas, simulated camera step). */
export type DemoApi = GovApi & TesterApi
import { inProcessTransport } from '@/api/mock-adapter'
import type { FaceOutcome } from '@/api/contract/types'

export const TEST_NOW = '2026-11-23T10:00:00+08:00'

export function testBackend(now = TEST_NOW, options: Parameters<typeof createBackend>[0] = {}) {
  const clock = fixedClock(now)
  const backend = createBackend({ clock, ...options })
  return { backend, clock }
}

export function clientFor(backend: Backend): DemoApi {
  return createGovApiClient(inProcessTransport(backend), memoryTokenStore())
}

export async function signIn(backend: Backend, persona: string): Promise<DemoApi> {
  const api = clientFor(backend)
  await api.login({ persona })
  return api
}

export async function consentAll(api: GovApi): Promise<void> {
  const c = await api.getConsent()
  await api.saveConsent({ version: c.version, privacy: true, face: true, idNumber: true })
}

/** consent → start → simulated camera step → server-side confirm */
export async function verify(api: DemoApi, outcome: FaceOutcome = 'pass') {
  await consentAll(api)
  const { verifyId } = await api.startFaceVerification()
  await api.simulateFaceStep(verifyId, outcome)
  return api.confirmFaceVerification(verifyId)
}

export async function verifiedResident(backend: Backend, persona = 'resident-new'): Promise<DemoApi> {
  const api = await signIn(backend, persona)
  await verify(api)
  return api
}

export async function rejects(p: Promise<unknown>): Promise<{ code: string; status: number; message: string; fieldErrors: Record<string, string> }> {
  try {
    await p
  } catch (e) {
    return e as never
  }
  throw new Error('expected the call to fail')
}
