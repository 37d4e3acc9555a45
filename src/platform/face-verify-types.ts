/**
 * What the client-side face step reports. `finished` only means the camera step ended — never
 * that it passed: the server asks WeChat (verify_ret === 10000) when the client confirms.
 */
export type FaceStepResult = 'finished' | 'cancelled' | 'unsupported'
