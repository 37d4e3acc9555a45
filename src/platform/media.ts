/**
 * Picking and compressing materials on WeChat (also the neutral default): photos through
 * chooseMedia (chooseImage on old base libraries), PDFs from a chat through chooseMessageFile;
 * photos above 1 MB are re-compressed with compressImage, lowering quality step by step.
 * H5 has its own file (media.h5.ts: a file input and a canvas).
 */
import Taro from '@tarojs/taro'
import { checkType, MAX_UPLOAD_BYTES, MediaError, mimeOf, type MediaAccept, type PickedFile } from './media-types'

export * from './media-types'

type Progress = (pct: number) => void

const isCancel = (e: unknown) => /cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? e))

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

/** Re-compresses until the photo fits in 1 MB (quality 80 → 20). */
async function compressPhoto(
  path: string,
  size: number,
  onProgress?: Progress,
): Promise<{ path: string; size: number }> {
  let cur = { path, size }
  const steps = [80, 60, 40, 20]
  for (let i = 0; i < steps.length && cur.size > MAX_UPLOAD_BYTES; i++) {
    onProgress?.(Math.round(((i + 1) / (steps.length + 1)) * 100))
    const res = (await Taro.compressImage({ src: path, quality: steps[i] })) as { tempFilePath: string }
    cur = { path: res.tempFilePath, size: await sizeOf(res.tempFilePath) }
  }
  if (cur.size > MAX_UPLOAD_BYTES) throw new MediaError('照片太大了，压缩后仍超过 1MB，请换一张或裁剪后再试')
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
      const mime = mimeOf(p.path) ?? 'image/jpeg'
      checkType(mime, accept)
      const small = await compressPhoto(p.path, p.size, onProgress)
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
    throw new MediaError('没有选到文件，请再试一次')
  }
}
