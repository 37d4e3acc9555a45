/**
 * Face verification camera step in WeChat (face verify 2.0): the server already asked WeChat
 * for a verifyId; here `wx.requestFacialVerify({ verifyId })` runs the camera. Its success
 * only means "finished" — the server reads the result itself when the client confirms.
 * Needs the government / public-service qualification for 人脸核身 (docs/identity.md).
 * In a mock-mode build there is no real verifyId, so the step is simulated as on H5.
 */
import type { FaceOutcome } from '@/api'
import { faceStepFromFail, type FaceStepResult, type FacialVerifyFail } from './face-verify-types'

export { FACE_STEP_MESSAGES, type FaceStepResult } from './face-verify-types'

export const FACE_STEP_SIMULATED = process.env.TARO_APP_DEMO === '1'

// the simulator is required on the build-time literal so release builds do not contain it
const simulator: typeof import('./face-verify-sim') | null =
  process.env.TARO_APP_DEMO === '1' ? require('./face-verify-sim') : null

declare const wx: {
  requestFacialVerify?: (o: { verifyId: string; success: () => void; fail: (e: FacialVerifyFail) => void }) => void
}

export function runFaceStep(verifyId: string, simulated: FaceOutcome = 'pass'): Promise<FaceStepResult> {
  if (simulator) return simulator.simulatedFaceStep(verifyId, simulated)
  return new Promise((resolve) => {
    // a base library without the API: this WeChat is too old (请升级微信后再试)
    if (typeof wx === 'undefined' || typeof wx.requestFacialVerify !== 'function') {
      resolve('outdated')
      return
    }
    wx.requestFacialVerify({
      verifyId,
      success: () => resolve('finished'),
      // backed out, camera/microphone refused, too old: said here; anything else goes to the server, which knows why
      fail: (e) => resolve(faceStepFromFail(e)),
    })
  })
}
