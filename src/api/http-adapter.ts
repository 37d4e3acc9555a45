/**
 * The real government backend over Taro: JSON requests with Taro.request (bytes for file
 * reads), uploads as multipart/form-data with Taro.uploadFile — wx.uploadFile on WeChat,
 * FormData over XHR on H5 — reporting true upload progress. Typed errors; retries and the
 * concurrency limit live in the client (client.ts), the same for every adapter.
 */
import Taro from '@tarojs/taro'
import { ApiError } from './contract/errors'
import { createGovApiClient, type ClientOptions } from './client'
import type { GovApi, TesterApi, TokenStore } from './contract/gov-api'
import { buildQuery, type Transport, type TransportRequest, type TransportResponse } from './contract/transport'

function lower(h: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(h ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]))
}

function noReply(e: unknown): ApiError {
  const msg = String((e as { errMsg?: string })?.errMsg ?? e)
  return new ApiError({ code: /timeout|超时/i.test(msg) ? 'timeout' : 'network' })
}

/** wx.uploadFile hands the reply back as text: JSON when it parses, the text otherwise (an HTML error page stays a string). */
function jsonOrText(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return data ? JSON.parse(data) : ''
  } catch {
    return data
  }
}

export function taroRequestTransport(baseUrl: string, timeoutMs = 10_000): Transport {
  const root = baseUrl.replace(/\/$/, '')

  function upload(req: TransportRequest): Promise<TransportResponse> {
    const up = req.upload!
    const { 'content-type': _ct, ...header } = req.headers // the platform sets the multipart boundary
    return new Promise((resolve, reject) => {
      const task = Taro.uploadFile({
        url: `${root}${req.path}${buildQuery(req.query)}`,
        filePath: up.filePath,
        name: 'file',
        fileName: up.fileName,
        formData: { ...up.fields, name: up.fileName },
        header,
        timeout: timeoutMs,
        withCredentials: false,
        success: (r) => {
          up.onProgress?.(100)
          resolve({ status: r.statusCode, body: jsonOrText(r.data), headers: lower((r as { header?: Record<string, unknown> }).header) })
        },
        fail: (e) => reject(noReply(e)),
      } as Taro.uploadFile.Option)
      // Taro's returned promise rejects as well as calling fail: handled above
      ;(task as unknown as Promise<unknown> | undefined)?.catch?.(() => undefined)
      const progress = (task as { onProgressUpdate?: (cb: (p: { progress: number }) => void) => void } | undefined)?.onProgressUpdate
      progress?.call(task, (p) => up.onProgress?.(Math.min(99, p.progress)))
    })
  }

  return async (req) => {
    if (req.upload) return upload(req)
    const bytes = req.responseType === 'bytes'
    try {
      const res = await Taro.request({
        url: `${root}${req.path}${buildQuery(req.query)}`,
        method: req.method,
        header: req.headers,
        data: req.body as never,
        timeout: timeoutMs,
        dataType: bytes ? 'binary' : 'json',
        responseType: bytes ? 'arraybuffer' : 'text',
      })
      const data = bytes && res.data instanceof ArrayBuffer ? new Uint8Array(res.data) : res.data
      return { status: res.statusCode, body: data, headers: lower(res.header as Record<string, unknown>) }
    } catch (e) {
      throw noReply(e)
    }
  }
}

export function createHttpGovApi(baseUrl: string, tokens: TokenStore, timeoutMs?: number, options?: ClientOptions): GovApi & TesterApi {
  return createGovApiClient(taroRequestTransport(baseUrl, timeoutMs), tokens, options)
}
