/** Byte checks shared by the app and every backend face: magic bytes, size, dimensions, metadata stripped. */
import { checkUpload, imageSize, sniffMime, stripMetadata, MAX_FILE_BYTES } from '@/domain/files'
import { decodeJpegSize, hasExifGps, jpegWithGps } from '../../support/photo-fixture'

const enc = (s: string) => new TextEncoder().encode(s)

/** A 3×2 PNG with a tEXt and an eXIf chunk (CRCs are not checked by the stripper). */
function png(): Uint8Array {
  const chunk = (type: string, data: number[]) => {
    const len = data.length
    return [len >>> 24, (len >> 16) & 255, (len >> 8) & 255, len & 255, ...enc(type), ...data, 0, 0, 0, 0]
  }
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [0, 0, 0, 3, 0, 0, 0, 2, 8, 2, 0, 0, 0]),
    ...chunk('tEXt', [...enc('Comment\0secret')]),
    ...chunk('eXIf', [...enc('MM\0*GPS')]),
    ...chunk('IDAT', [1, 2, 3]),
    ...chunk('IEND', []),
  ])
}

/** A VP8X WebP (5×4) with EXIF and XMP chunks and their flags set. */
function webp(): Uint8Array {
  const chunk = (type: string, data: number[]) => [...enc(type), data.length & 255, (data.length >> 8) & 255, 0, 0, ...data, ...(data.length % 2 ? [0] : [])]
  const vp8x = chunk('VP8X', [0x0c, 0, 0, 0, 4, 0, 0, 3, 0, 0])
  const body = [...enc('WEBP'), ...vp8x, ...chunk('VP8L', [0x2f, 4, 0xc0, 0, 0]), ...chunk('EXIF', [...enc('GPS-DATA')]), ...chunk('XMP ', [...enc('<x/>')])]
  const size = body.length
  return new Uint8Array([...enc('RIFF'), size & 255, (size >> 8) & 255, 0, 0, ...body])
}

describe('magic bytes', () => {
  it('knows JPEG, PNG, WebP and PDF from their first bytes, nothing else', () => {
    expect(sniffMime(jpegWithGps())).toBe('image/jpeg')
    expect(sniffMime(png())).toBe('image/png')
    expect(sniffMime(webp())).toBe('image/webp')
    expect(sniffMime(enc('%PDF-1.7\n...'))).toBe('application/pdf')
    expect(sniffMime(enc('MZ\x90\0 this program cannot be run in DOS mode'))).toBeNull()
    expect(sniffMime(enc('<html>502 Bad Gateway</html>'))).toBeNull()
    expect(sniffMime(new Uint8Array())).toBeNull()
  })
})

describe('checkUpload', () => {
  it('refuses an .exe declared as image/jpeg, in Chinese', () => {
    const r = checkUpload(enc('MZ\x90\0\x03\0\0\0'), 'complaint-photo', 'image/jpeg')
    expect(r).toEqual({ ok: false, field: 'file', message: '这是可执行程序，这里只能上传照片（jpg/png/webp）' })
  })

  it('names a HEIC photo or a video instead of calling it unknown', () => {
    const heic = new Uint8Array([0, 0, 0, 24, ...enc('ftypheic'), 0, 0, 0, 0])
    expect(checkUpload(heic, 'complaint-photo', 'image/heic')).toMatchObject({ ok: false, message: '这是HEIC 格式的照片，这里只能上传照片（jpg/png/webp）' })
    const mp4 = new Uint8Array([0, 0, 0, 24, ...enc('ftypisom'), 0, 0, 0, 0])
    expect(checkUpload(mp4, 'material')).toMatchObject({ ok: false, message: '这是视频文件，这里只能上传照片（jpg/png/webp）或 PDF 文件' })
  })

  it('accepts a PDF only where materials are asked for', () => {
    const pdf = enc('%PDF-1.4 vaccination record')
    expect(checkUpload(pdf, 'material', 'application/pdf').ok).toBe(true)
    const refused = checkUpload(pdf, 'dog-photo', 'application/pdf')
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.message).toMatch(/只能上传照片/)
  })

  it('refuses empty, oversized, truncated files and an unknown purpose', () => {
    expect(checkUpload(new Uint8Array(), 'material')).toMatchObject({ ok: false, message: '文件是空的，请重新选择' })
    const big = new Uint8Array(MAX_FILE_BYTES + 1)
    big.set([0xff, 0xd8, 0xff])
    expect(checkUpload(big, 'material')).toMatchObject({ ok: false, message: '文件不能超过 10MB' })
    expect(checkUpload(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4]), 'complaint-photo')).toMatchObject({ ok: false, message: expect.stringMatching(/损坏/) })
    expect(checkUpload(jpegWithGps(), 'selfie')).toMatchObject({ ok: false, field: 'purpose' })
  })

  it('strips EXIF GPS from a JPEG; the pixels still decode at the same size', () => {
    const photo = jpegWithGps(64, 48)
    expect(hasExifGps(photo)).toBe(true)
    const r = checkUpload(photo, 'complaint-photo', 'image/jpeg')
    if (!r.ok) throw new Error(r.message)
    expect(r).toMatchObject({ mime: 'image/jpeg', width: 64, height: 48 })
    expect(hasExifGps(r.bytes)).toBe(false)
    expect(new TextDecoder('latin1').decode(r.bytes)).not.toContain('Exif')
    expect(decodeJpegSize(r.bytes)).toEqual({ width: 64, height: 48 })
  })

  it('strips PNG text/eXIf chunks and WebP EXIF/XMP chunks and flags, and reads their sizes', () => {
    const p = stripMetadata(png(), 'image/png')!
    const text = new TextDecoder('latin1').decode(p)
    expect(text).not.toMatch(/tEXt|eXIf|secret/)
    expect(text).toMatch(/IHDR[\s\S]*IDAT[\s\S]*IEND/)
    expect(imageSize(png(), 'image/png')).toEqual({ width: 3, height: 2 })

    const w = stripMetadata(webp(), 'image/webp')!
    const wt = new TextDecoder('latin1').decode(w)
    expect(wt).not.toMatch(/EXIF|XMP|GPS/)
    expect(w[20] & 0x0c).toBe(0) // VP8X flags cleared
    const riffSize = w[4] | (w[5] << 8) | (w[6] << 16)
    expect(riffSize).toBe(w.length - 8)
    expect(imageSize(w, 'image/webp')).toEqual({ width: 5, height: 4 })
  })

  it('accepts a PNG declared as image/jpeg (phones mislabel), never a non-image declared as one', () => {
    expect(checkUpload(png(), 'complaint-photo', 'image/jpeg')).toMatchObject({ ok: true, mime: 'image/png' })
    expect(checkUpload(enc('%PDF-1.4'), 'material', 'image/jpeg')).toMatchObject({ ok: false, message: '文件内容与文件类型不符，请重新选择' })
  })
})
