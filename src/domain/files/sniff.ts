/**
 * What a file really is, from its first bytes (magic numbers), never from its name or the
 * mime type a client declared. Pure: runs on a Uint8Array in WeChat, the browser and Node.
 */
export type SniffedMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf'

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x)

export function sniffMime(bytes: Uint8Array): SniffedMime | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf' // %PDF-
  return null
}

/** A name for what the bytes look like when they are not allowed, for the refusal message. */
export function describeBytes(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x4d, 0x5a])) return '可执行程序' // MZ: Windows .exe/.dll
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return '可执行程序' // ELF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return '压缩包或 Office 文档'
  // ISO-BMFF: ....ftyp heic/heix/mif1 (iPhone photos) or mp4/mov
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return /^(heic|heix|hevc|mif1|msf1)$/.test(String.fromCharCode(...bytes.subarray(8, 12))) ? 'HEIC 格式的照片' : '视频文件'
  if (startsWith(bytes, [0x3c])) return '网页或文本' // <
  return '无法识别的文件'
}
