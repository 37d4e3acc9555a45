/**
 * A GovApi Transport over global fetch (Node ≥ 18, browsers): JSON, multipart uploads from
 * bytes, file bytes back, a timeout per request. The mini-program uses http-adapter.ts
 * (Taro); this one drives the client from Node — the reliability bench (scripts/bench-faults.ts)
 * and tests over real HTTP — and can serve an H5 build.
 */
import { ApiError } from './contract/errors'
import { buildQuery, type Transport } from './contract/transport'

export interface FetchTransportOptions {
  timeoutMs?: number
  /** sent with every request (e.g. x-tester-token against a mock:server in tester mode) */
  headers?: Record<string, string>
  fetchImpl?: typeof fetch
}

export function govFetchTransport(baseUrl: string, options: FetchTransportOptions = {}): Transport {
  const root = baseUrl.replace(/\/+$/, '')
  const { timeoutMs = 10_000, fetchImpl = fetch } = options
  return async (req) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    let body: BodyInit | undefined
    const headers: Record<string, string> = { ...options.headers, ...req.headers }
    if (req.upload) {
      if (!req.upload.bytes) throw new ApiError({ code: 'bad-request', message: '读取文件失败，请重新选择' })
      const form = new FormData()
      for (const [k, v] of Object.entries({ ...req.upload.fields, name: req.upload.fileName })) form.append(k, v)
      form.append('file', new Blob([req.upload.bytes.slice().buffer as ArrayBuffer], { type: req.upload.mime }), req.upload.fileName)
      body = form
      delete headers['content-type'] // fetch sets the multipart boundary
    } else if (req.body !== undefined && req.method !== 'GET') body = JSON.stringify(req.body)
    try {
      const res = await fetchImpl(`${root}${req.path}${buildQuery(req.query)}`, { method: req.method, headers, body, signal: controller.signal })
      const out: Record<string, string> = {}
      res.headers.forEach((v, k) => (out[k.toLowerCase()] = v))
      if (req.responseType === 'bytes' && res.ok) return { status: res.status, body: new Uint8Array(await res.arrayBuffer()), headers: out }
      const text = await res.text()
      let data: unknown = text
      try {
        data = text ? JSON.parse(text) : ''
      } catch {
        /* not JSON (an HTML error page, a truncated reply): the client reports bad-response */
      }
      req.upload?.onProgress?.(100)
      return { status: res.status, body: data, headers: out }
    } catch (e) {
      if (e instanceof ApiError) throw e
      throw new ApiError({ code: controller.signal.aborted ? 'timeout' : 'network' })
    } finally {
      clearTimeout(timer)
    }
  }
}
