/**
 * The camera step of face verification. Demo builds simulate it (the tester picks what the
 * camera reports; ./demo/simulated-face-step.ts); other builds run the platform's step
 * (wx.requestFacialVerify in WeChat; H5 reports `unsupported`). Either way only the server's
 * confirm decides whether the resident passed.
 */
import type { FaceOutcome } from '@/api'
import { runFaceStep as runCameraStep, type FaceStepResult } from '@/platform/face-verify'

export { FACE_STEP_MESSAGES, type FaceStepResult } from '@/platform/face-verify'

// the simulator is required on the build-time literal so release builds do not contain it
const simulator: typeof import('./demo/simulated-face-step') | null =
  process.env.TARO_APP_DEMO === '1' ? require('./demo/simulated-face-step') : null

/** true where the tester chooses the camera's outcome (demo builds) */
export const FACE_STEP_SIMULATED = simulator !== null

export function runFaceStep(verifyId: string, outcome: FaceOutcome = 'pass'): Promise<FaceStepResult> {
  return simulator ? simulator.simulatedFaceStep(verifyId, outcome) : runCameraStep(verifyId)
}
