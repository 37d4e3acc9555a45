/**
 * A Transport that hands requests to the fake backend in the same process. JSON bodies are
 * round-tripped so the app never shares objects with the backend; an upload becomes the
 * same {fields, files} body the HTTP faces parse from multipart, with the bytes read from the
 * picked file by `readBytes` (platform code: wx FileSystemManager or fetch(blob:)).
 */
import type { Backend } from '@mock/backend'
import { ApiError } from './contract/errors'
import type { Transport, TransportRequest } from './contract/transport'

export type ReadBytes = (path: string) => Promise<Uint8Array>

export interface InProcessOptions {
  latencyMs?: number
  readBytes?: ReadBytes
}

async function uploadBody(req: TransportRequest, readBytes?: ReadBytes) {
  const up = req.upload!
  let bytes = up.bytes
  if (!bytes) {
    if (!readBytes) throw new ApiError({ code: 'bad-request', message: '读取文件失败，请重新选择' })
    try {
      bytes = await readBytes(up.filePath)
    } catch {
      throw new ApiError({ code: 'bad-request', message: '读取文件失败，请重新选择' })
    }
  }
  up.onProgress?.(0)
  return {
    fields: { ...up.fields, name: up.fileName },
    files: { file: { filename: up.fileName, contentType: up.mime, bytes: bytes.slice() } },
  }
}

export function inProcessTransport(backend: Backend | (() => Promise<Backend>), options: number | InProcessOptions = {}): Transport {
  const { latencyMs = 0, readBytes } = typeof options === 'number' ? { latencyMs: options } : options
  return async (req) => {
    if (latencyMs) await new Promise((r) => setTimeout(r, latencyMs))
    const target = typeof backend === 'function' ? await backend() : backend
    const body = req.upload
      ? await uploadBody(req, readBytes)
      : req.body === undefined
        ? undefined
        : JSON.parse(JSON.stringify(req.body))
    const res = await target.handle({
      method: req.method,
      path: req.path,
      query: Object.fromEntries(
        Object.entries(req.query ?? {})
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      ),
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])),
      body,
    })
    if (req.upload) req.upload.onProgress?.(100)
    const out = res.body instanceof Uint8Array ? res.body.slice() : res.body
    return { status: res.status, body: out, headers: res.headers }
  }
}
