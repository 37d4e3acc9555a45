/**
 * Face verification camera step on H5 / in jest. H5 has no WeChat face verification: in mock
 * mode the step is simulated (the tester picks pass / mismatch / cancelled / timeout /
 * unsupported); a real-backend H5 build reports `unsupported` so the resident is offered the
 * community office instead. The weapp version is face-verify.weapp.ts.
 */
import type { FaceOutcome } from '@/api'
import type { FaceStepResult } from './face-verify-types'

export { FACE_STEP_MESSAGES, type FaceStepResult } from './face-verify-types'

/** true where the tester chooses the camera's outcome (mock mode) */
export const FACE_STEP_SIMULATED = process.env.TARO_APP_DEMO === '1'

// the simulator is required on the build-time literal so release builds do not contain it
const simulated: typeof import('./face-verify-sim') | null =
  process.env.TARO_APP_DEMO === '1' ? require('./face-verify-sim') : null

export async function runFaceStep(verifyId: string, outcome: FaceOutcome = 'pass'): Promise<FaceStepResult> {
  if (simulated) return simulated.simulatedFaceStep(verifyId, outcome)
  return 'unsupported'
}
