/**
 * Test photos built from bytes (no downloads): a real baseline JPEG (jpeg-js) with a real
 * EXIF block whose GPS IFD holds a position — what a phone camera writes — and a reader that
 * finds a GPS tag in a JPEG's EXIF, for asserting that it is gone after upload.
 * CommonJS so both jest and the node:test e2e runner use it.
 */
'use strict'
const jpeg = require('jpeg-js')

/** TIFF (big-endian) with IFD0 → GPS IFD: GPSLatitudeRef N, GPSLatitude 31°12'48", GPSLongitudeRef E, GPSLongitude 107°29'10". */
function exifWithGps() {
  const b = []
  const u16 = (v) => b.push((v >> 8) & 0xff, v & 0xff)
  const u32 = (v) => b.push((v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff)
  // TIFF header
  b.push(0x4d, 0x4d)
  u16(42)
  u32(8)
  // IFD0 at 8: one entry, GPSInfo (0x8825) LONG → offset 26
  u16(1)
  u16(0x8825), u16(4), u32(1), u32(26)
  u32(0)
  // GPS IFD at 26: four entries (2 + 4*12 + 4 = 54 bytes) → rationals at 80
  u16(4)
  u16(1), u16(2), u32(2), b.push(0x4e, 0, 0, 0) // 'N'
  u16(2), u16(5), u32(3), u32(80)
  u16(3), u16(2), u32(2), b.push(0x45, 0, 0, 0) // 'E'
  u16(4), u16(5), u32(3), u32(104)
  u32(0)
  for (const [n, d] of [[31, 1], [12, 1], [48, 1], [107, 1], [29, 1], [10, 1]]) u32(n), u32(d)
  const tiff = Buffer.from(b)
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff])
  const len = body.length + 2
  return Buffer.concat([Buffer.from([0xff, 0xe1, len >> 8, len & 0xff]), body])
}

/** A width×height JPEG (a colour gradient) with an EXIF GPS block right after SOI. */
function jpegWithGps(width = 64, height = 48) {
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      data[i] = (x * 255) / width
      data[i + 1] = (y * 255) / height
      data[i + 2] = 128
      data[i + 3] = 255
    }
  const plain = jpeg.encode({ data, width, height }, 80).data
  return new Uint8Array(Buffer.concat([plain.subarray(0, 2), exifWithGps(), plain.subarray(2)]))
}

/** true when an APP1 Exif segment's IFD0 points to a GPS IFD (tag 0x8825). */
function hasExifGps(bytes) {
  const b = Buffer.from(bytes)
  let i = 2
  while (i + 4 < b.length && b[i] === 0xff) {
    const marker = b[i + 1]
    const len = b.readUInt16BE(i + 2)
    if (marker === 0xda) return false
    if (marker === 0xe1 && b.toString('binary', i + 4, i + 10) === 'Exif\0\0') {
      const t = i + 10
      const le = b.toString('binary', t, t + 2) === 'II'
      const r16 = (o) => (le ? b.readUInt16LE(t + o) : b.readUInt16BE(t + o))
      const r32 = (o) => (le ? b.readUInt32LE(t + o) : b.readUInt32BE(t + o))
      const ifd = r32(4)
      const n = r16(ifd)
      for (let k = 0; k < n; k++) if (r16(ifd + 2 + k * 12) === 0x8825) return true
    }
    i += 2 + len
  }
  return false
}

/** Decodes a JPEG (throws when it is not one) → its size. */
function decodeJpegSize(bytes) {
  const img = jpeg.decode(Buffer.from(bytes), { useTArray: true })
  return { width: img.width, height: img.height }
}

/** A valid RGB PNG of `width`×`height` (a green-and-blue pattern), with correct CRCs. */
function png(width = 2, height = 2) {
  const { deflateSync } = require('node:zlib')
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const typed = Buffer.concat([Buffer.from(type), data])
    let c = 0xffffffff
    for (const x of typed) c = crcTable[(c ^ x) & 255] ^ (c >>> 8)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE((c ^ 0xffffffff) >>> 0)
    return Buffer.concat([len, typed, sum])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  const rows = []
  for (let y = 0; y < height; y++) {
    rows.push(0) // filter: none
    for (let x = 0; x < width; x++) rows.push(0, (x + y) % 2 ? 255 : 0, (x + y) % 2 ? 0 : 255)
  }
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]),
  )
}

module.exports = { jpegWithGps, hasExifGps, decodeJpegSize, png }
