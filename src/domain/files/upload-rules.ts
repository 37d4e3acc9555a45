/**
 * What the server accepts for each upload purpose: type by magic bytes (not by name or declared
 * mime), size, and metadata stripped from photos. The one rule for uploads; the fake backend
 * applies it and the app shows its messages.
 */
import { imageSize } from './image-size'
import { describeBytes, sniffMime, type SniffedMime } from './sniff'
import { stripMetadata } from './strip-metadata'

export const FILE_PURPOSES = ['complaint-photo', 'dog-photo', 'material'] as const
export type FilePurpose = (typeof FILE_PURPOSES)[number]

/** what the server stores at most per file */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

const PHOTO: readonly SniffedMime[] = ['image/jpeg', 'image/png', 'image/webp']
const ALLOWED: Record<FilePurpose, readonly SniffedMime[]> = {
  'complaint-photo': PHOTO,
  'dog-photo': PHOTO,
  material: [...PHOTO, 'application/pdf'],
}

export function isFilePurpose(x: unknown): x is FilePurpose {
  return typeof x === 'string' && (FILE_PURPOSES as readonly string[]).includes(x)
}

export interface AcceptedFile {
  ok: true
  mime: SniffedMime
  /** the bytes to store: metadata stripped for photos */
  bytes: Uint8Array
  width?: number
  height?: number
}

export interface RefusedFile {
  ok: false
  field: 'file' | 'purpose'
  message: string
}

export function checkUpload(bytes: Uint8Array, purpose: unknown, declaredMime?: string): AcceptedFile | RefusedFile {
  if (!isFilePurpose(purpose)) return { ok: false, field: 'purpose', message: '上传用途不正确' }
  if (bytes.length === 0) return { ok: false, field: 'file', message: '文件是空的，请重新选择' }
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, field: 'file', message: '文件不能超过 10MB' }
  const mime = sniffMime(bytes)
  const allowed = ALLOWED[purpose]
  if (!mime || !allowed.includes(mime)) {
    const what = mime === 'application/pdf' ? 'PDF 文件' : mime ? '这种图片' : describeBytes(bytes)
    const want = allowed.includes('application/pdf') ? '照片（jpg/png/webp）或 PDF 文件' : '照片（jpg/png/webp）'
    return { ok: false, field: 'file', message: `这是${what}，这里只能上传${want}` }
  }
  const declared = (declaredMime ?? '').toLowerCase()
  if (declared && declared !== 'application/octet-stream' && declared !== mime && !(declared === 'image/jpg' && mime === 'image/jpeg')) {
    // an .exe declared as image/jpeg never gets here (no magic bytes); a png named .jpg is fine
    if (!declared.startsWith('image/') || !mime.startsWith('image/'))
      return { ok: false, field: 'file', message: '文件内容与文件类型不符，请重新选择' }
  }
  if (mime === 'application/pdf') return { ok: true, mime, bytes }
  const size = imageSize(bytes, mime)
  if (!size) return { ok: false, field: 'file', message: '图片已损坏，无法读取，请重新拍摄或选择' }
  const stripped = stripMetadata(bytes, mime)
  if (!stripped) return { ok: false, field: 'file', message: '图片已损坏，无法读取，请重新拍摄或选择' }
  return { ok: true, mime, bytes: stripped, width: size.width, height: size.height }
}
