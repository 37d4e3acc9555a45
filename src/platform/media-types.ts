/** What the media pickers hand back, the same on every platform. */
export type MediaAccept = 'photo' | 'pdf' | 'photo-or-pdf'

export interface PickedFile {
  /** temp path (weapp) or object URL (H5), for a preview */
  path: string
  name: string
  mime: string
  /** bytes, after compression */
  size: number
  kind: 'photo' | 'pdf'
}

/** Photos are compressed to this before upload; PDFs above it are refused. */
export const MAX_UPLOAD_BYTES = 1024 * 1024

/** WeChat refused the camera or album: the screen adds 去设置开启 (ui/settings-fix) under it. */
export const MEDIA_DENIED_MESSAGE = '没有相机或相册权限，选不了照片。请点“去设置开启”打开权限后再试'

/** A reason the resident can read (wrong type, too big, cancelled, permission refused). */
export class MediaError extends Error {
  readonly cancelled: boolean
  constructor(message: string, cancelled = false) {
    super(message)
    this.name = 'MediaError'
    this.cancelled = cancelled
  }
}

const PHOTO_EXT: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
}

/** mime from a file name; null when it is neither a photo nor a PDF. */
export function mimeOf(name: string): string | null {
  const ext = name.split('.').pop()?.toLowerCase() ?? ''
  if (ext === 'pdf') return 'application/pdf'
  return PHOTO_EXT[ext] ?? null
}

export function wrongTypeMessage(accept: MediaAccept): string {
  if (accept === 'photo') return '这里只能上传照片（jpg、png 格式）'
  if (accept === 'pdf') return '这里只能上传 PDF 文件'
  return '这里只能上传照片（jpg、png）或 PDF 文件'
}

/** Checks a picked file's type against what the slot accepts. */
export function checkType(mime: string | null, accept: MediaAccept): 'photo' | 'pdf' {
  const kind = mime === 'application/pdf' ? 'pdf' : mime?.startsWith('image/') ? 'photo' : null
  if (!kind || (accept === 'photo' && kind !== 'photo') || (accept === 'pdf' && kind !== 'pdf')) {
    throw new MediaError(wrongTypeMessage(accept))
  }
  return kind
}
