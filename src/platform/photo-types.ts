/** Shapes and errors shared by photo.ts (WeChat) and photo.h5.ts (browser). No platform code here. */
export const PHOTO_TARGET_BYTES = 500 * 1024

export type PickSource = 'camera' | 'album' | 'any'

export interface PickedPhoto {
  /** temp file (WeChat) or blob: URL (browser) */
  path: string
  size: number
  mime: string
  name: string
}

export type PhotoErrorCode = 'cancelled' | 'denied' | 'not-image' | 'too-big' | 'failed'

export class PhotoError extends Error {
  constructor(
    readonly code: PhotoErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** A chooseMedia / camera failure → a PhotoError with words a resident can act on. */
export function photoErrorFrom(e: unknown): PhotoError {
  if (e instanceof PhotoError) return e
  const msg = String((e as { errMsg?: string; message?: string } | null)?.errMsg ?? (e as Error | null)?.message ?? '')
  if (/cancel/i.test(msg)) return new PhotoError('cancelled', '没有选择照片')
  if (/auth|deny|denied|permission|authorize/i.test(msg))
    return new PhotoError('denied', '没有相机或相册权限。可以在设置里打开权限，或者改从相册选一张、或不带照片直接提交')
  return new PhotoError('failed', '没能打开相机或相册，请重试，或者不带照片直接提交')
}
