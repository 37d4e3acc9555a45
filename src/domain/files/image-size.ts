/** Pixel dimensions read from the image headers (JPEG SOFn, PNG IHDR, WebP VP8/VP8L/VP8X). */
import type { SniffedMime } from './sniff'

export interface ImageSize {
  width: number
  height: number
}

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1]
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3]
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8)
const u24le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)

export function imageSize(bytes: Uint8Array, mime: SniffedMime | null): ImageSize | null {
  try {
    if (mime === 'image/jpeg') return jpegSize(bytes)
    if (mime === 'image/png') return pngSize(bytes)
    if (mime === 'image/webp') return webpSize(bytes)
  } catch {
    return null
  }
  return null
}

function valid(s: ImageSize): ImageSize | null {
  return s.width > 0 && s.height > 0 ? s : null
}

function jpegSize(b: Uint8Array): ImageSize | null {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]
    if (marker === 0xff) {
      i++ // fill byte
      continue
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    const len = u16be(b, i + 2)
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return valid({ height: u16be(b, i + 5), width: u16be(b, i + 7) })
    }
    if (marker === 0xda || len < 2) return null
    i += 2 + len
  }
  return null
}

function pngSize(b: Uint8Array): ImageSize | null {
  if (b.length < 24 || String.fromCharCode(b[12], b[13], b[14], b[15]) !== 'IHDR') return null
  return valid({ width: u32be(b, 16), height: u32be(b, 20) })
}

function webpSize(b: Uint8Array): ImageSize | null {
  if (b.length < 30) return null
  const fourcc = String.fromCharCode(b[12], b[13], b[14], b[15])
  if (fourcc === 'VP8X') return valid({ width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 })
  if (fourcc === 'VP8L') {
    if (b[20] !== 0x2f) return null
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24)
    return valid({ width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 })
  }
  if (fourcc === 'VP8 ') {
    // frame tag (3 bytes) + start code 9d 01 2a, then 14-bit width/height
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null
    return valid({ width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff })
  }
  return null
}
