/**
 * Picking and compressing materials in the browser (H5): a hidden file input for photos and
 * PDFs, and a canvas that re-encodes every photo as JPEG — however small, so its EXIF (GPS
 * position, camera) never leaves the phone; a canvas holds pixels only — shrinking until it fits
 * in 1 MB. A PNG is converted the same way (on white, JPEG has no transparency).
 */
import { checkType, MAX_UPLOAD_BYTES, MediaError, mimeOf, type MediaAccept, type PickedFile } from './media-types'

export * from './media-types'

type Progress = (pct: number) => void

const ACCEPT: Record<MediaAccept, string> = {
  photo: 'image/*',
  pdf: 'application/pdf,.pdf',
  'photo-or-pdf': 'image/*,application/pdf,.pdf',
}

function chooseFiles(accept: MediaAccept, count: number): Promise<File[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = ACCEPT[accept]
    input.multiple = count > 1
    input.style.display = 'none'
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, count)
      input.remove()
      if (files.length === 0) reject(new MediaError('已取消', true))
      else resolve(files)
    })
    input.addEventListener('cancel', () => {
      input.remove()
      reject(new MediaError('已取消', true))
    })
    document.body.appendChild(input)
    input.click()
  })
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new MediaError('这张照片打不开，请换一张'))
    img.src = url
  })
}

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new MediaError('照片压缩失败，请换一张'))), 'image/jpeg', quality),
  )
}

/** Re-encodes as JPEG: the longest side ≤ 1600 px, then lower quality (and size) until ≤ 1 MB. */
async function compress(file: File, onProgress?: Progress): Promise<Blob> {
  const img = await loadImage(URL.createObjectURL(file))
  let scale = Math.min(1, 1600 / Math.max(img.width, img.height))
  const qualities = [0.8, 0.65, 0.5, 0.35]
  for (let round = 0; round < 3; round++) {
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(img.width * scale))
    canvas.height = Math.max(1, Math.round(img.height * scale))
    const g = canvas.getContext('2d')
    if (!g) throw new MediaError('照片压缩失败，请换一张')
    g.fillStyle = '#fff'
    g.fillRect(0, 0, canvas.width, canvas.height)
    g.drawImage(img, 0, 0, canvas.width, canvas.height)
    for (const [i, q] of qualities.entries()) {
      onProgress?.(Math.round(((round * qualities.length + i + 1) / (3 * qualities.length)) * 95))
      const blob = await toBlob(canvas, q)
      if (blob.size <= MAX_UPLOAD_BYTES) return blob
    }
    scale *= 0.7
  }
  throw new MediaError('照片太大了，压缩后仍超过 1MB，请换一张或裁剪后再试')
}

export async function pickMaterials(accept: MediaAccept, count: number, onProgress?: Progress): Promise<PickedFile[]> {
  const files = await chooseFiles(accept, count)
  const out: PickedFile[] = []
  for (const f of files) {
    const kind = checkType(f.type || mimeOf(f.name), accept)
    if (kind === 'pdf') {
      if (f.size > MAX_UPLOAD_BYTES) throw new MediaError('PDF 文件不能超过 1MB，请压缩后再上传')
      out.push({ path: URL.createObjectURL(f), name: f.name, mime: 'application/pdf', size: f.size, kind })
      continue
    }
    const blob = await compress(f, onProgress)
    const name = f.name.replace(/\.[^.]*$/, '') + '.jpg'
    out.push({ path: URL.createObjectURL(blob), name, mime: 'image/jpeg', size: blob.size, kind })
  }
  onProgress?.(100)
  return out
}
