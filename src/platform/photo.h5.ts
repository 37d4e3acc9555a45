/**
 * Photos in the browser (H5). Picking uses a hidden <input type=file accept=image/*> (with
 * capture for the camera); every photo is re-encoded through a canvas as JPEG, which shrinks
 * it to ≤ PHOTO_TARGET_BYTES and drops all metadata (EXIF GPS position, camera), since a canvas
 * holds pixels only. Browsers apply the EXIF orientation when decoding, so the picture stays upright.
 */
import { PHOTO_TARGET_BYTES, PhotoError, type PickedPhoto, type PickSource } from './photo-types'

export { PHOTO_TARGET_BYTES, PhotoError, type PickedPhoto, type PickSource } from './photo-types'

const files = new Map<string, File | Blob>()
const MAX_EDGE = 1600

export function pickPhotos(count: number, source: PickSource): Promise<PickedPhoto[]> {
  if (count <= 0) return Promise.resolve([])
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*'
    input.multiple = count > 1
    if (source === 'camera') input.setAttribute('capture', 'environment')
    input.className = 'photo-picker-input'
    input.style.display = 'none'
    input.addEventListener('change', () => {
      const chosen = Array.from(input.files ?? []).slice(0, count)
      input.remove()
      if (chosen.length === 0) return reject(new PhotoError('cancelled', '没有选择照片'))
      const notImage = chosen.findIndex((f) => !/^image\//.test(f.type))
      if (notImage >= 0) return reject(new PhotoError('not-image', `“${chosen[notImage].name}”不是照片，请选择 JPG、PNG 等图片`))
      resolve(
        chosen.map((f) => {
          const path = URL.createObjectURL(f)
          files.set(path, f)
          return { path, size: f.size, mime: f.type, name: f.name }
        }),
      )
    })
    input.addEventListener('cancel', () => {
      input.remove()
      reject(new PhotoError('cancelled', '没有选择照片'))
    })
    document.body.appendChild(input)
    input.click()
  })
}

function decode(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(blob)
    const img = new Image()
    img.onload = () => {
      URL.revokeObjectURL(url)
      resolve(img)
    }
    img.onerror = () => {
      URL.revokeObjectURL(url)
      reject(new PhotoError('not-image', '这张图片打不开，请换一张'))
    }
    img.src = url
  })
}

function encode(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new PhotoError('failed', '照片处理失败，请重试'))), 'image/jpeg', quality),
  )
}

export async function compressPhoto(photo: PickedPhoto, onProgress: (pct: number) => void = () => undefined): Promise<PickedPhoto> {
  onProgress(5)
  const source = files.get(photo.path)
  // a blob: URL from before a reload is gone
  if (!source) throw new PhotoError('failed', '这张照片已失效，请删掉后重新选择')
  const img = await decode(source)
  onProgress(30)
  let edge = MAX_EDGE
  let out: Blob | null = null
  const steps: Array<[number, number]> = [
    [MAX_EDGE, 0.82],
    [MAX_EDGE, 0.65],
    [1280, 0.6],
    [1024, 0.55],
    [800, 0.5],
  ]
  for (let i = 0; i < steps.length; i++) {
    ;[edge] = steps[i]
    const scale = Math.min(1, edge / Math.max(img.naturalWidth, img.naturalHeight))
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale))
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale))
    const g = canvas.getContext('2d')
    if (!g) throw new PhotoError('failed', '照片处理失败，请重试')
    // JPEG has no transparency: a PNG's clear parts become white, not black
    g.fillStyle = '#fff'
    g.fillRect(0, 0, canvas.width, canvas.height)
    g.drawImage(img, 0, 0, canvas.width, canvas.height)
    out = await encode(canvas, steps[i][1])
    onProgress(30 + Math.round(((i + 1) / steps.length) * 65))
    if (out.size <= PHOTO_TARGET_BYTES) break
  }
  onProgress(100)
  if (!out || out.size > PHOTO_TARGET_BYTES) throw new PhotoError('too-big', '这张照片压缩后仍然太大，请换一张')
  const path = URL.createObjectURL(out)
  files.set(path, out)
  return { path, size: out.size, mime: 'image/jpeg', name: photo.name.replace(/\.[a-z0-9]+$/i, '') + '.jpg' }
}
