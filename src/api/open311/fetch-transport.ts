/**
 * An Open311Transport over global fetch (Node 20, browsers, H5). The mini-program plugs in a
 * Taro.request transport instead; this one exists for tests and the H5 build.
 * Returns parsed JSON when the body is JSON, the raw text otherwise (HTML error pages, XML),
 * and response headers with lower-case names (Retry-After).
 */
import { buildQuery } from '../transport'
import type { Open311Transport } from './types'

export function fetchTransport(baseUrl: string, fetchImpl: typeof fetch = fetch): Open311Transport {
  const root = baseUrl.replace(/\/+$/, '')
  return async (req) => {
    const res = await fetchImpl(`${root}${req.path}${buildQuery(req.query)}`, {
      method: req.method,
      headers: req.headers,
      body: req.body,
    })
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
