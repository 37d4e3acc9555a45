/**
 * Removes metadata a resident never meant to send (EXIF with GPS position and camera serial,
 * XMP, comments, text chunks) without re-encoding the pixels:
 * - JPEG: drops APP1–APP13, APP15 and COM segments; keeps APP0 (JFIF), APP14 (Adobe colour
 *   transform, needed to decode CMYK) and everything from the first SOS on.
 * - PNG: drops eXIf, tEXt, iTXt, zTXt and tIME chunks.
 * - WebP: drops EXIF and XMP chunks and clears their VP8X flags.
 * Anything it cannot parse is refused (null), never passed through unstripped.
 */
import type { SniffedMime } from './sniff'

export function stripMetadata(bytes: Uint8Array, mime: SniffedMime): Uint8Array | null {
  try {
    if (mime === 'image/jpeg') return stripJpeg(bytes)
    if (mime === 'image/png') return stripPng(bytes)
    if (mime === 'image/webp') return stripWebp(bytes)
    return bytes // PDF: kept as submitted (materials are documents, not photos)
  } catch {
    return null
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function stripJpeg(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [b.subarray(0, 2)]
  let i = 2
  while (i < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]
    if (marker === 0xff) {
      i++
      continue
    }
    if (marker === 0xd9) {
      parts.push(b.subarray(i))
      return concat(parts)
    }
    if (i + 4 > b.length) return null
    const len = (b[i + 2] << 8) | b[i + 3]
    if (len < 2 || i + 2 + len > b.length) return null
    if (marker === 0xda) {
      // start of scan: entropy-coded data (and any later segments) follow; keep the rest as is
      parts.push(b.subarray(i))
      return concat(parts)
    }
    const drop = (marker >= 0xe1 && marker <= 0xed) || marker === 0xef || marker === 0xfe
    if (!drop) parts.push(b.subarray(i, i + 2 + len))
    i += 2 + len
  }
  return null
}

const PNG_DROP = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME'])

function stripPng(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [b.subarray(0, 8)]
  let i = 8
  while (i + 12 <= b.length) {
    const len = ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3]
    const type = String.fromCharCode(b[i + 4], b[i + 5], b[i + 6], b[i + 7])
    const end = i + 12 + len
    if (end > b.length) return null
    if (!PNG_DROP.has(type)) parts.push(b.subarray(i, end))
    i = end
    if (type === 'IEND') return concat(parts)
  }
  return null
}

function stripWebp(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = []
  let i = 12
  while (i + 8 <= b.length) {
    const type = String.fromCharCode(b[i], b[i + 1], b[i + 2], b[i + 3])
    const len = b[i + 4] | (b[i + 5] << 8) | (b[i + 6] << 16) | (b[i + 7] << 24)
    const end = i + 8 + len + (len % 2)
    if (len < 0 || end > b.length + (len % 2)) return null
    if (type !== 'EXIF' && type !== 'XMP ') {
      const chunk = b.slice(i, Math.min(end, b.length))
      if (type === 'VP8X') chunk[8] &= ~(0x08 | 0x04) // EXIF and XMP flags
      parts.push(chunk)
    }
    i = end
  }
  const body = concat(parts)
  const out = new Uint8Array(12 + body.length)
  out.set(b.subarray(0, 12))
  const size = 4 + body.length
  out[4] = size & 0xff
  out[5] = (size >> 8) & 0xff
  out[6] = (size >> 16) & 0xff
  out[7] = (size >>> 24) & 0xff
  out.set(body, 12)
  return out
}
