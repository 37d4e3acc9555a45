/**
 * Face verification camera step on H5 / in jest. H5 has no WeChat face verification, so the
 * step reports `unsupported` and the resident is offered the community office instead (demo
 * builds simulate the step in the identity feature: src/features/identity/face-step.ts).
 * The weapp version is face-verify.weapp.ts.
 */
import type { FaceStepResult } from './face-verify-types'

export { FACE_STEP_MESSAGES, type FaceStepResult } from './face-verify-types'

export async function runFaceStep(_verifyId: string): Promise<FaceStepResult> {
  return 'unsupported'
}
