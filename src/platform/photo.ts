/**
 * Photos for 随手拍 / 微诉求 (WeChat; photo.h5.ts is the browser's). Picking goes through
 * chooseMedia; every photo is re-encoded with compressImage, which both shrinks it to
 * ≤ PHOTO_TARGET_BYTES and drops its EXIF block (GPS position, camera) — the report carries only
 * the location the resident chose to give. The steps lower quality and then width, so a PNG
 * (where WeChat ignores quality) shrinks too; a photo that cannot be re-encoded is not sent.
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
  // [quality (JPEG only), longest side in px]
  const steps: Array<[number, number]> = [
    [80, 1600],
    [60, 1600],
    [45, 1280],
    [35, 1024],
    [25, 800],
  ]
  onProgress(5)
  if (typeof Taro.compressImage !== 'function') {
    // a base library without compressImage cannot drop the EXIF block: the photo is not sent
    onProgress(100)
    throw new PhotoError('failed', '这个微信版本太低，不能处理照片。请升级微信后再试，或者不带照片直接提交')
  }
  let last: PickedPhoto | null = null
  for (let i = 0; i < steps.length; i++) {
    try {
      const r = await Taro.compressImage({ src: photo.path, quality: steps[i][0], compressedWidth: steps[i][1] } as Taro.compressImage.Option)
      const size = await sizeOf(r.tempFilePath).catch(() => photo.size)
      const mime = mimeOf(r.tempFilePath) === 'image/png' ? 'image/png' : 'image/jpeg'
      last = { path: r.tempFilePath, size, mime, name: photo.name.replace(/\.[a-z0-9]+$/i, mime === 'image/png' ? '.png' : '.jpg') }
      onProgress(Math.round(((i + 1) / steps.length) * 90) + 5)
      if (size <= PHOTO_TARGET_BYTES) break
    } catch {
      break
    }
  }
  onProgress(100)
  if (last && last.size <= PHOTO_TARGET_BYTES) return last
  if (!last) throw new PhotoError('failed', '这张照片处理失败，请点重试，或者换一张')
  throw new PhotoError('too-big', '这张照片压缩后仍然太大，请换一张或重新拍')
}
