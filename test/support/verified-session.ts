/**
 * A persona signed in and face-verified through the app's own identity actions, against the
 * in-process fake backend: signInAs (the session store takes the session the server sent),
 * consent, start, the camera step as demo builds simulate it (the fake WeChat is told the camera
 * passed), then confirmVerification. The store says verified only because the server's confirm did.
 */
import { setApi, type GovApi, type Session } from '@/api'
import { confirmVerification, signInAs } from '@/features/identity/session-actions'
import { useSessionStore } from '@/stores/session-store'

/** what a client of the fake backend adds: WeChat's camera step, simulated */
interface SimulatedCamera {
  simulateFaceStep(verifyId: string, outcome: 'pass'): Promise<unknown>
}

/** Makes `api` the app's api, then signs `persona` in and verifies them; returns the session the app holds. */
export async function signInVerified(api: GovApi & SimulatedCamera, persona = 'resident-new'): Promise<Session> {
  setApi(api)
  await signInAs(persona)
  const consent = await api.getConsent()
  await api.saveConsent({ version: consent.version, privacy: true, face: true, idNumber: true })
  const { verifyId } = await api.startFaceVerification()
  await api.simulateFaceStep(verifyId, 'pass')
  await confirmVerification(verifyId)
  const session = useSessionStore.getState().session
  if (!session?.user.verified) throw new Error(`${persona} is not verified after the server's confirm`)
  return session
}
