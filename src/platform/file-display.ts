/**
 * Showing downloaded file bytes on WeChat: written to a file under USER_DATA_PATH so <Image>,
 * previewImage (tap to enlarge) and openDocument (PDF) can use the path. Falls back to a
 * data: URL where the file system is unavailable.
 */
import Taro from '@tarojs/taro'
import { bytesToBase64 } from '@/lib/base64'

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' }

export function displayUrl(key: string, bytes: Uint8Array, mime: string): Promise<string> {
  const fallback = () => `data:${mime};base64,${bytesToBase64(bytes)}`
  const root = (globalThis as { wx?: { env?: { USER_DATA_PATH?: string } } }).wx?.env?.USER_DATA_PATH
  if (!root) return Promise.resolve(fallback())
  const path = `${root}/f-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}.${EXT[mime] ?? 'bin'}`
  return new Promise((resolve) => {
    try {
      Taro.getFileSystemManager().writeFile({
        filePath: path,
        data: bytes.slice().buffer as ArrayBuffer,
        success: () => resolve(path),
        fail: () => resolve(fallback()),
      })
    } catch {
      resolve(fallback())
    }
  })
}

export function openDocument(url: string, mime: string): void {
  if (mime !== 'application/pdf') return
  void Taro.openDocument({ filePath: url, fileType: 'pdf' }).catch(() => undefined)
}
