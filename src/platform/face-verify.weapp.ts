/**
 * Face verification camera step in WeChat (face verify 2.0): the server already asked WeChat
 * for a verifyId; here `wx.requestFacialVerify({ verifyId })` runs the camera. Its success
 * only means "finished" — the server reads the result itself when the client confirms.
 * Needs the government / public-service qualification for 人脸核身 (docs/identity.md).
 * Demo builds simulate the step instead (src/features/identity/face-step.ts).
 */
import { faceStepFromFail, type FaceStepResult, type FacialVerifyFail } from './face-verify-types'

export { FACE_STEP_MESSAGES, type FaceStepResult } from './face-verify-types'

declare const wx: {
  requestFacialVerify?: (o: { verifyId: string; success: () => void; fail: (e: FacialVerifyFail) => void }) => void
}

export function runFaceStep(verifyId: string): Promise<FaceStepResult> {
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
