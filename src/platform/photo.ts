/**
 * Photos for 随手拍 / 微诉求 (WeChat; photo.h5.ts is the browser's). Picking goes through
 * chooseMedia; every photo is re-encoded with compressImage, which both shrinks it to
 * ≤ PHOTO_TARGET_BYTES and drops its EXIF block (GPS position, camera) — the report carries only
 * the location the resident chose to give.
 */
import Taro from '@tarojs/taro'
import { PHOTO_TARGET_BYTES, PhotoError, photoErrorFrom, type PickedPhoto, type PickSource } from './photo-types'

export { PHOTO_TARGET_BYTES, PhotoError, type PickedPhoto, type PickSource } from './photo-types'

export async function pickPhotos(count: number, source: PickSource): Promise<PickedPhoto[]> {
  if (count <= 0) return []
  try {
    const res = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sourceType: source === 'camera' ? ['camera'] : source === 'album' ? ['album'] : ['camera', 'album'],
      sizeType: ['compressed'],
    })
    return res.tempFiles.map((f, i) => ({
      path: f.tempFilePath,
      size: f.size,
      mime: mimeOf(f.tempFilePath),
      name: `photo-${i + 1}.${extOf(f.tempFilePath)}`,
    }))
  } catch (e) {
    throw photoErrorFrom(e)
  }
}

function extOf(path: string): string {
  return /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? 'jpg'
}

function mimeOf(path: string): string {
  const ext = extOf(path)
  if (ext === 'png') return 'image/png'
  if (ext === 'webp') return 'image/webp'
  if (ext === 'heic' || ext === 'heif') return 'image/heic'
  if (ext === 'jpg' || ext === 'jpeg') return 'image/jpeg'
  return `application/${ext}`
}

function sizeOf(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    try {
      Taro.getFileSystemManager().getFileInfo({
        filePath: path,
        success: (r) => resolve(r.size),
        fail: reject,
      })
    } catch (e) {
      reject(e)
    }
  })
}

/** Re-encode at falling quality until it fits; progress 0–100 as the steps go. */
export async function compressPhoto(photo: PickedPhoto, onProgress: (pct: number) => void = () => undefined): Promise<PickedPhoto> {
  const qualities = [80, 60, 40, 25]
  onProgress(5)
  if (typeof Taro.compressImage !== 'function') {
    // very old base library (or a test host): keep a photo that is already small enough
    onProgress(100)
    if (photo.size <= PHOTO_TARGET_BYTES) return photo
    throw new PhotoError('too-big', '这张照片太大，无法压缩，请换一张或重新拍')
  }
  let last: PickedPhoto | null = null
  for (let i = 0; i < qualities.length; i++) {
    try {
      const r = await Taro.compressImage({ src: photo.path, quality: qualities[i], compressedWidth: 1600 } as Taro.compressImage.Option)
      const size = await sizeOf(r.tempFilePath).catch(() => photo.size)
      last = { path: r.tempFilePath, size, mime: 'image/jpeg', name: photo.name.replace(/\.[a-z0-9]+$/i, '.jpg') }
      onProgress(Math.round(((i + 1) / qualities.length) * 90) + 5)
      if (size <= PHOTO_TARGET_BYTES) break
    } catch {
      break
    }
  }
  onProgress(100)
  if (last && last.size <= PHOTO_TARGET_BYTES) return last
  if (!last && photo.size <= PHOTO_TARGET_BYTES) return photo
  throw new PhotoError('too-big', '这张照片压缩后仍然太大，请换一张或重新拍')
}
