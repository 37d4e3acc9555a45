/**
 * The simulated WeChat camera step (demo builds, weapp and H5): the tester chooses what the
 * camera would report, and the demo backend's fake WeChat records it for the server to read.
 * Nothing here decides the result — the server's confirm does.
 */
import type { FaceOutcome } from '@/api'
import { getTesterApi } from '@/api/tester-api'
import type { FaceStepResult } from '@/platform/face-verify'

export async function simulatedFaceStep(verifyId: string, chosen: FaceOutcome): Promise<FaceStepResult> {
  // the tester panel (mock mode) may fix the outcome for every verification
  const controls = process.env.TARO_APP_API_MODE === 'mock' ? (require('@/api/tester-controls') as typeof import('@/api/tester-controls')).testerControls : null
  const outcome = controls?.faceOutcome ?? chosen
  await getTesterApi().simulateFaceStep(verifyId, outcome)
  return outcome === 'cancelled' ? 'cancelled' : 'finished'
}
