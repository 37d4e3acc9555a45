/**
 * Picking and compressing materials on WeChat (also the neutral default): photos through
 * chooseMedia (chooseImage on old base libraries), PDFs from a chat through chooseMessageFile.
 * Every photo is re-encoded with compressImage, however small, so its EXIF block (GPS position,
 * camera) never leaves the phone; above 1 MB the steps lower quality and then width, so a large
 * PNG (where WeChat ignores quality) is scaled down instead of refused.
 * H5 has its own file (media.h5.ts: a file input and a canvas).
 */
import Taro from '@tarojs/taro'
import { checkType, MAX_UPLOAD_BYTES, MEDIA_DENIED_MESSAGE, MediaError, mimeOf, type MediaAccept, type PickedFile } from './media-types'

export * from './media-types'

type Progress = (pct: number) => void

const isCancel = (e: unknown) => /cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? e))
const isDenied = (e: unknown) => /auth\s*den(y|ied)|permission|authori[sz]e/i.test(String((e as { errMsg?: string })?.errMsg ?? e))

async function sizeOf(path: string): Promise<number> {
  try {
    const fs = Taro.getFileSystemManager?.()
    if (fs?.statSync) return (fs.statSync(path) as { size: number }).size
  } catch {
    /* fall through */
  }
  try {
    const info = (await Taro.getFileInfo({ filePath: path })) as { size: number }
    return info.size
  } catch {
    return 0
  }
}

/** quality (JPEG only), then the longest side in px (what shrinks a PNG) */
const PHOTO_STEPS: ReadonlyArray<[quality: number, width: number]> = [
  [80, 1600],
  [60, 1600],
  [50, 1280],
  [40, 1024],
  [30, 800],
]

/** Re-encodes once (dropping EXIF), then again with smaller steps until the photo fits in 1 MB. */
async function compressPhoto(
  path: string,
  size: number,
  onProgress?: Progress,
): Promise<{ path: string; size: number }> {
  if (typeof Taro.compressImage !== 'function') throw new MediaError('这个微信版本太低，不能处理照片。请升级微信后再试')
  let cur: { path: string; size: number } | null = null
  for (let i = 0; i < PHOTO_STEPS.length && (cur === null || cur.size > MAX_UPLOAD_BYTES); i++) {
    onProgress?.(Math.round(((i + 1) / (PHOTO_STEPS.length + 1)) * 100))
    const [quality, width] = PHOTO_STEPS[i]
    const res = (await Taro.compressImage({
      src: path,
      quality,
      // ignored by base libraries before compressedWidth existed: quality alone then
      ...(size > MAX_UPLOAD_BYTES || i > 0 ? { compressedWidth: width } : {}),
    } as Taro.compressImage.Option)) as { tempFilePath: string }
    cur = { path: res.tempFilePath, size: await sizeOf(res.tempFilePath) }
  }
  if (!cur || cur.size > MAX_UPLOAD_BYTES) throw new MediaError('照片太大了，压缩后仍超过 1MB，请换一张或裁剪后再试')
  return cur
}

async function pickPhotos(count: number): Promise<Array<{ path: string; size: number }>> {
  if (Taro.chooseMedia) {
    const res = (await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    })) as {
      tempFiles: Array<{ tempFilePath: string; size: number }>
    }
    return res.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size }))
  }
  const res = (await Taro.chooseImage({ count, sizeType: ['compressed'] })) as {
    tempFiles: Array<{ path: string; size: number }>
  }
  return res.tempFiles.map((f) => ({ path: f.path, size: f.size }))
}

async function pickPdfs(count: number): Promise<Array<{ path: string; size: number; name: string }>> {
  const res = (await Taro.chooseMessageFile({ count, type: 'file', extension: ['pdf'] })) as {
    tempFiles: Array<{ path: string; size: number; name: string }>
  }
  return res.tempFiles
}

/** Lets the resident pick up to `count` files; photos come back ≤ 1 MB. Throws MediaError with a readable reason. */
export async function pickMaterials(accept: MediaAccept, count: number, onProgress?: Progress): Promise<PickedFile[]> {
  let wantPdf = accept === 'pdf'
  if (accept === 'photo-or-pdf') {
    try {
      const r = (await Taro.showActionSheet({ itemList: ['拍照或从相册选照片', '从聊天记录选 PDF 文件'] })) as {
        tapIndex: number
      }
      wantPdf = r.tapIndex === 1
    } catch {
      throw new MediaError('已取消', true)
    }
  }
  try {
    if (wantPdf) {
      const files = await pickPdfs(count)
      return files.map((f) => {
        checkType(mimeOf(f.name), accept)
        if (f.size > MAX_UPLOAD_BYTES) throw new MediaError('PDF 文件不能超过 1MB，请压缩后再上传')
        return { path: f.path, name: f.name, mime: 'application/pdf', size: f.size, kind: 'pdf' as const }
      })
    }
    const photos = await pickPhotos(count)
    const out: PickedFile[] = []
    for (const [i, p] of photos.entries()) {
      checkType(mimeOf(p.path) ?? 'image/jpeg', accept)
      const small = await compressPhoto(p.path, p.size, onProgress)
      // what compressImage wrote (a PNG may come back as a JPEG)
      const mime = mimeOf(small.path) ?? mimeOf(p.path) ?? 'image/jpeg'
      out.push({
        path: small.path,
        name: `photo-${i + 1}.${mime === 'image/png' ? 'png' : 'jpg'}`,
        mime,
        size: small.size,
        kind: 'photo',
      })
    }
    onProgress?.(100)
    return out
  } catch (e) {
    if (e instanceof MediaError) throw e
    if (isCancel(e)) throw new MediaError('已取消', true)
    if (isDenied(e)) throw new MediaError(MEDIA_DENIED_MESSAGE)
    throw new MediaError('没有选到文件，请再试一次')
  }
}
