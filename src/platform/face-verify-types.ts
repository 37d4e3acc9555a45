/**
 * What the client-side face step reports. `finished` only means the camera step ended — never
 * that it passed: the server asks WeChat (verify_ret === 10000) when the client confirms.
 * The others end the step before the server has anything to read:
 * - `cancelled`: the resident backed out;
 * - `unsupported`: this device (or the browser) cannot do face verification;
 * - `outdated`: this WeChat is too old for `requestFacialVerify` → 请升级微信后再试;
 * - `denied`: WeChat may not use the camera or microphone → 去设置开启.
 */
export type FaceStepResult = 'finished' | 'cancelled' | 'unsupported' | 'outdated' | 'denied'

/** What the resident reads when the step could not run, and what they can do about it. */
export const FACE_STEP_MESSAGES: Record<'unsupported' | 'outdated' | 'denied', string> = {
  unsupported: '这台设备不能做人脸核验，请换一台手机或到社区窗口核验',
  outdated: '当前微信版本太低，不能做人脸核验。请升级微信后再试，或到社区窗口核验',
  denied: '人脸核验要用到相机和麦克风，微信现在没有这两项权限。请点“去设置开启”，打开后再试一次（如果手机「设置」里也关了微信的相机或麦克风，请一并打开）',
}

export interface FacialVerifyFail {
  errCode?: number
  errMsg?: string
}

/**
 * A failed `wx.requestFacialVerify` → a FaceStepResult. Read from errCode where WeChat's 人脸核身
 * codes are known (90100 backed out, 90001 device without face detection) and otherwise from
 * errMsg: a refused camera / microphone scope ("auth deny", "permission denied"), an API this
 * client does not have ("not support", "no such api"). Anything else ends as `finished`: the
 * server reads WeChat's own result and says why.
 */
export function faceStepFromFail(e: FacialVerifyFail | null | undefined): FaceStepResult {
  const msg = e?.errMsg ?? ''
  if (e?.errCode === 90100 || /cancel/i.test(msg)) return 'cancelled'
  if (/auth\s*den(y|ied)|permission|not authori[sz]ed|scope\.(camera|record)/i.test(msg)) return 'denied'
  if (e?.errCode === 90001 || /device/i.test(msg)) return 'unsupported'
  if (/not\s*support|unsupported|no such api|is not a function|not exist|version too low|版本过低/i.test(msg)) return 'outdated'
  return 'finished'
}
