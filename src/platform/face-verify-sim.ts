/**
 * The simulated WeChat camera step (mock mode, weapp and H5): the tester chooses what the
 * camera would report, and the fake WeChat records it for the server to read. Nothing here
 * decides the result — the server's confirm does.
 */
import { getApi, type FaceOutcome } from '@/api'
import type { FaceStepResult } from './face-verify-types'

export async function simulatedFaceStep(verifyId: string, chosen: FaceOutcome): Promise<FaceStepResult> {
  // the tester panel may fix the outcome for every verification
  const { testerControls } = require('@/api/tester-controls') as typeof import('@/api/tester-controls')
  const outcome = testerControls.faceOutcome ?? chosen
  await getApi().simulateFaceStep(verifyId, outcome)
  return outcome === 'cancelled' ? 'cancelled' : 'finished'
}
