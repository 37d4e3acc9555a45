/**
 * Face verification camera step in WeChat (face verify 2.0): the server already asked WeChat
 * for a verifyId; here `wx.requestFacialVerify({ verifyId })` runs the camera. Its success
 * only means "finished" — the server reads the result itself when the client confirms.
 * Needs the government / public-service qualification for 人脸核身 (docs/identity.md).
 * In a mock-mode build there is no real verifyId, so the step is simulated as on H5.
 */
import type { FaceOutcome } from '@/api'
import type { FaceStepResult } from './face-verify-types'

export type { FaceStepResult } from './face-verify-types'

export const FACE_STEP_SIMULATED = process.env.TARO_APP_API_MODE !== 'http'

// the simulator is required on the build-time literal so release builds do not contain it
const simulator: typeof import('./face-verify-sim') | null =
  process.env.TARO_APP_API_MODE !== 'http' ? require('./face-verify-sim') : null

interface FacialVerifyFail {
  errCode?: number
  errMsg?: string
}
declare const wx: {
  requestFacialVerify?: (o: { verifyId: string; success: () => void; fail: (e: FacialVerifyFail) => void }) => void
}

export function runFaceStep(verifyId: string, simulated: FaceOutcome = 'pass'): Promise<FaceStepResult> {
  if (simulator) return simulator.simulatedFaceStep(verifyId, simulated)
  return new Promise((resolve) => {
    if (typeof wx.requestFacialVerify !== 'function') {
      resolve('unsupported')
      return
    }
    wx.requestFacialVerify({
      verifyId,
      success: () => resolve('finished'),
      // 90100: the user backed out; anything else still goes to the server, which knows why
      fail: (e) => resolve(e?.errCode === 90100 || /cancel/i.test(e?.errMsg ?? '') ? 'cancelled' : 'finished'),
    })
  })
}
