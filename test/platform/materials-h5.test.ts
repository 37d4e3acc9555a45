/** @jest-environment jest-fixed-jsdom */
/**
 * Materials in the browser (platform/media.h5.ts) with a stubbed file input, image decoder and
 * canvas: every photo goes through the canvas as a JPEG — a small one too, so its EXIF never
 * leaves the phone — and a PNG over 1 MB is converted, not refused.
 */
import { MAX_UPLOAD_BYTES, pickMaterials } from '@/platform/media.h5'

const encoded: Array<{ width: number; height: number; quality: number }> = []
let chosen: File[] = []

beforeAll(() => {
  let n = 0
  URL.createObjectURL = () => `blob:test/${++n}`
  URL.revokeObjectURL = () => undefined
  class FakeImage {
    width = 4000
    height = 3000
    naturalWidth = 4000
    naturalHeight = 3000
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    set src(_url: string) {
      setTimeout(() => this.onload?.(), 0)
    }
  }
  ;(globalThis as unknown as { Image: unknown }).Image = FakeImage
  HTMLCanvasElement.prototype.getContext = function () {
    return { fillRect: () => undefined, drawImage: () => undefined, fillStyle: '' } as unknown as CanvasRenderingContext2D
  } as unknown as typeof HTMLCanvasElement.prototype.getContext
  HTMLCanvasElement.prototype.toBlob = function (cb: BlobCallback, type?: string, quality = 0.92) {
    encoded.push({ width: this.width, height: this.height, quality })
    // a JPEG of this canvas: ~0.25 bytes per pixel at quality 0.8
    const bytes = Math.round(this.width * this.height * 0.3 * quality)
    cb(new Blob([new Uint8Array(bytes)], { type }))
  }
  HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
    Object.defineProperty(this, 'files', { value: chosen, configurable: true })
    this.dispatchEvent(new Event('change'))
  }
})

beforeEach(() => {
  encoded.length = 0
})

const file = (name: string, type: string, size: number) => new File([new Uint8Array(size)], name, { type })

it('a small JPEG is still re-encoded through the canvas (no EXIF survives)', async () => {
  chosen = [file('small.jpg', 'image/jpeg', 150_000)]
  const [f] = await pickMaterials('photo', 1)
  expect(encoded.length).toBeGreaterThan(0)
  expect(f).toMatchObject({ mime: 'image/jpeg', name: 'small.jpg', kind: 'photo' })
})

it('a 3 MB PNG becomes a JPEG within 1 MB', async () => {
  chosen = [file('screenshot.png', 'image/png', 3_000_000)]
  const [f] = await pickMaterials('photo-or-pdf', 1)
  expect(f.size).toBeLessThanOrEqual(MAX_UPLOAD_BYTES)
  expect(f).toMatchObject({ mime: 'image/jpeg', name: 'screenshot.jpg' })
})

it('a PDF is passed on as it is', async () => {
  chosen = [file('proof.pdf', 'application/pdf', 300_000)]
  const [f] = await pickMaterials('photo-or-pdf', 1)
  expect(encoded).toHaveLength(0)
  expect(f).toMatchObject({ mime: 'application/pdf', kind: 'pdf' })
})
