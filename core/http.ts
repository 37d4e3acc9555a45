/** The fake backend speaks plain request/response objects; adapters put them on a wire (or not). */
import { ApiError, statusForCode, type ApiErrorCode } from '@/api/errors'

export interface BackendRequest {
  method: string
  /** path without the API base, e.g. /v1/cases/c-1 */
  path: string
  query: Record<string, string>
  /** lower-cased header names */
  headers: Record<string, string>
  body: unknown
}

export interface BackendResponse {
  status: number
  body: unknown
  headers?: Record<string, string>
}

export interface RouteRequest extends BackendRequest {
  params: Record<string, string>
}

export type Handler = (req: RouteRequest) => unknown

interface Route {
  method: string
  parts: string[]
  handler: Handler
}

export class Router {
  private routes: Route[] = []

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split('/').filter(Boolean), handler })
    return this
  }

  async handle(req: BackendRequest): Promise<BackendResponse> {
    const segments = req.path.split('?')[0].split('/').filter(Boolean)
    let pathMatched = false
    for (const route of this.routes) {
      const params = match(route.parts, segments)
      if (!params) continue
      pathMatched = true
      if (route.method !== req.method) continue
      try {
        const body = await route.handler({ ...req, params })
        // JSON round trip: callers never share objects with the backend's state
        return { status: 200, body: body === undefined ? { ok: true } : JSON.parse(JSON.stringify(body)) }
      } catch (e) {
        if (e instanceof ApiError) return { status: e.status || statusForCode(e.code), body: e.toBody() }
        // a bug in the fake backend must look like a server error, not crash the app
        return { status: 500, body: { code: 'server', message: '服务暂时不可用，请稍后重试', retryable: true } }
      }
    }
    return pathMatched
      ? { status: 405, body: { code: 'bad-request', message: '不支持的请求方法' } }
      : { status: 404, body: { code: 'not-found', message: '接口不存在' } }
  }
}

function match(parts: string[], segments: string[]): Record<string, string> | null {
  if (parts.length !== segments.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].startsWith(':')) params[parts[i].slice(1)] = decodeURIComponent(segments[i])
    else if (parts[i] !== segments[i]) return null
  }
  return params
}

export function fail(
  code: ApiErrorCode,
  message?: string,
  extra: { fieldErrors?: Record<string, string>; details?: Record<string, unknown> } = {},
): never {
  throw new ApiError({ code, message, ...extra }, statusForCode(code))
}

/** Body as an object (a missing or non-object body is a 400, never a crash). */
export function bodyOf(req: BackendRequest): Record<string, unknown> {
  const b = req.body
  if (b === undefined || b === null || b === '') return {}
  if (typeof b !== 'object' || Array.isArray(b)) fail('bad-request', '请求内容格式不正确')
  return b as Record<string, unknown>
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : ''
}
