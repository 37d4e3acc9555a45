/**
 * An Open311Transport over global fetch (Node 20, browsers, H5). The mini-program plugs in a
 * Taro.request transport instead; this one exists for tests and the H5 build.
 * Returns parsed JSON when the body is JSON, the raw text otherwise (HTML error pages, XML),
 * and response headers with lower-case names (Retry-After). Every call has a timeout (default
 * 15 s): past it the call fails as a 'timeout' ApiError.
 */
import { ApiError } from '../contract/errors'
import { buildQuery } from '../contract/transport'
import { OPEN311_MESSAGES } from './errors'
import type { Open311Transport } from './types'

export function fetchTransport(baseUrl: string, fetchImpl: typeof fetch = fetch, options: { timeoutMs?: number } = {}): Open311Transport {
  const root = baseUrl.replace(/\/+$/, '')
  return async (req) => {
    let res: Response
    try {
      res = await fetchImpl(`${root}${req.path}${buildQuery(req.query)}`, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        // a city server that never answers must not hold the request (default 15 s)
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      })
    } catch (e) {
      const name = (e as { name?: string }).name
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new ApiError({ code: 'timeout', message: OPEN311_MESSAGES.timeout, retryable: true }, 0)
      }
      throw e
    }
    const text = await res.text()
    let body: unknown = text
    const t = text.trim()
    if (t.startsWith('{') || t.startsWith('[')) {
      try {
        body = JSON.parse(t)
      } catch {
        body = text
      }
    }
    const headers: Record<string, string> = {}
    res.headers.forEach((value, key) => {
      headers[key.toLowerCase()] = value
    })
    return { status: res.status, body, headers }
  }
}
