/**
 * File bytes in a local directory (default ./data/files): one file per id, written to a
 * temporary name and renamed, so a crash never leaves half a photo under a real id. A full
 * disk (ENOSPC, EDQUOT) is 507 and the upload is refused with nothing recorded; any other
 * write failure is 503.
 */
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError } from '@/api/contract/errors'
import type { FileBytes } from '@core/ports'

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

export interface LocalFileStoreOptions {
  /** replaces fs.writeFile (tests simulate a full disk) */
  write?: (path: string, bytes: Uint8Array) => Promise<void>
}

export function localFileStore(dir: string, options: LocalFileStoreOptions = {}): FileBytes {
  const write = options.write ?? ((path: string, bytes: Uint8Array) => writeFile(path, bytes, { flag: 'w' }))
  let made: Promise<unknown> | null = null
  const path = (id: string) => {
    if (!SAFE_ID.test(id)) throw new ApiError({ code: 'not-found', message: '没有找到这个文件' }, 404)
    return join(dir, id)
  }
  return {
    async put(fileId, bytes) {
      const target = path(fileId)
      const tmp = `${target}.${process.pid}.tmp`
      try {
        made ??= mkdir(dir, { recursive: true })
        await made
        await write(tmp, bytes)
        await rename(tmp, target)
      } catch (e) {
        await unlink(tmp).catch(() => undefined)
        const code = (e as NodeJS.ErrnoException).code
        if (code === 'ENOSPC' || code === 'EDQUOT') {
          throw new ApiError({ code: 'server', message: '服务器存储空间已满，文件没有保存，请稍后再试', retryable: true }, 507)
        }
        throw new ApiError({ code: 'server', message: '文件保存失败，请稍后重试', retryable: true }, 503)
      }
    },
    async get(fileId) {
      try {
        return new Uint8Array(await readFile(path(fileId)))
      } catch {
        return null
      }
    },
  }
}
