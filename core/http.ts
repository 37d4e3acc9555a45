/**
 * The core speaks plain request/response objects; faces (in-process, msw, node:http, a
 * production server) put them on a wire (or not). The router matches a route, checks auth
 * and the route's schema before any rule runs, and turns every failure into a typed error:
 * a bad request is a 4xx with a Chinese message, never a 500, never a crash.
 */
import { ApiError, statusForCode, type ApiErrorCode } from '@/api/contract/errors'
import { firstError, jsonDepth, LIMITS, type RouteSchema, type Schema } from './validate'

export interface BackendRequest {
  method: string
  /** path without the API base, e.g. /v1/cases/c-1 (still percent-encoded) */
  path: string
  query: Record<string, string>
  /** lower-cased header names */
  headers: Record<string, string>
  body: unknown
  /** the client's address as the HTTP face saw it (throttles); in-process: undefined */
  remote?: string
}

export interface BackendResponse {
  status: number
  body: unknown
  headers?: Record<string, string>
  /** for the request log (no personal data): the matched route template and the caller's role */
  route?: string
  role?: string
}

export interface RouteRequest extends BackendRequest {
  params: Record<string, string>
  /** the matched route template, e.g. /v1/cases/:id (request log, idempotency scope) */
  route: string
  /** the caller's role once authenticated (request log) */
  role?: string
}

export type Handler = (req: RouteRequest) => unknown

export type Auth = 'none' | 'session'

export interface RouteOptions {
  auth: Auth
  schema: RouteSchema
  /** Idempotency-Key handling (IETF draft): required, optional, or not offered */
  idempotency?: 'required' | 'optional'
  /** exists only in tester mode (persona sign-in, simulated camera step) */
  tester?: boolean
}

export interface Route extends RouteOptions {
  method: string
  pattern: string
  parts: string[]
  handler: Handler
}

/** Bytes (a file) instead of JSON. */
export class RawResponse {
  constructor(
    readonly bytes: Uint8Array,
    readonly contentType: string,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** A handler's result with a status other than 200 or extra headers. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

export interface RouterHooks {
  /** resolve the session (throws 401/429) before validation, for routes with auth: 'session' */
  authenticate(req: RouteRequest): Promise<void>
  /** is tester mode on, and does the request carry the tester credential? (throws 404/403) */
  tester(req: RouteRequest): void
  /** wraps the handler for idempotent routes: replay, mismatch (422) or run and store */
  idempotent(req: RouteRequest, route: Route, run: () => Promise<BackendResponse>): Promise<BackendResponse>
}

export class Router {
  readonly routes: Route[] = []

  /** `options` for the route come from the route table (core/schemas.ts): no route without a schema. */
  constructor(private readonly table: (method: string, pattern: string) => RouteOptions) {}

  on(method: string, pattern: string, handler: Handler): this {
    const options = this.table(method, pattern)
    this.routes.push({ ...options, method, pattern, parts: pattern.split('/').filter(Boolean), handler })
    return this
  }

  /** Route lookup on the path alone (the HTTP face calls it before reading a body). */
  match(method: string, path: string): { matched: Route; params: Record<string, string> } | { refused: BackendResponse } {
    const segments = path.split('?')[0].split('/').filter(Boolean)
    let pathMatched = false
    for (const route of this.routes) {
      const params = matchParts(route.parts, segments)
      if (params === null) continue
      if (params === 'bad-encoding') return { refused: errorResponse('bad-request', '请求地址格式不正确') }
      pathMatched = true
      if (route.method !== method) continue
      return { matched: route, params }
    }
    return { refused: pathMatched ? errorResponse('bad-request', '不支持的请求方法', 405) : errorResponse('not-found', '接口不存在') }
  }

  async handle(req: BackendRequest, hooks: RouterHooks): Promise<BackendResponse> {
    try {
      const m = this.match(req.method, req.path)
      if ('refused' in m) return m.refused
      const { matched: route, params } = m
      const rr: RouteRequest = { ...req, params, route: route.pattern }
      if (route.tester) hooks.tester(rr)
      if (route.auth === 'session') await hooks.authenticate(rr)
      validate(route, rr)
      const run = async (): Promise<BackendResponse> => {
        const out = await route.handler(rr)
        if (out instanceof RawResponse) return { status: 200, body: out.bytes, headers: { 'content-type': out.contentType, ...out.headers } }
        if (out instanceof Reply) return { status: out.status, body: roundTrip(out.body), headers: out.headers }
        // JSON round trip: callers never share objects with the core's state
        return { status: 200, body: out === undefined ? { ok: true } : roundTrip(out) }
      }
      const res = route.idempotency ? await hooks.idempotent(rr, route, run) : await run()
      return { ...res, route: route.pattern, role: rr.role }
    } catch (e) {
      return toResponse(e)
    }
  }
}

export function toResponse(e: unknown): BackendResponse {
  if (e instanceof ApiError) return { status: e.status || statusForCode(e.code), body: e.toBody() }
  // a bug in the core must look like a server error, not crash the app or the server
  return { status: 500, body: { code: 'server', message: '服务暂时不可用，请稍后重试', retryable: true } }
}

function roundTrip(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v))
}

/**
 * CORS for the HTTP faces (server/, mock/server): only an allow-listed origin gets headers (never
 * '*'), with what the contract's requests send and what its responses expose.
 */
export function corsHeaders(origin: string | undefined, allowed: ReadonlySet<string>): Record<string, string> {
  if (!origin || !allowed.has(origin)) return {}
  return {
    'access-control-allow-origin': origin,
    vary: 'origin',
    'access-control-allow-headers': 'authorization, content-type, idempotency-key, x-tester-token',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'access-control-expose-headers': 'x-total-count, idempotent-replayed, x-request-id',
  }
}

export function errorResponse(code: ApiErrorCode, message: string, status = statusForCode(code)): BackendResponse {
  return { status, body: new ApiError({ code, message }, status).toBody() }
}

function matchParts(parts: string[], segments: string[]): Record<string, string> | null | 'bad-encoding' {
  if (parts.length !== segments.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].startsWith(':')) {
      try {
        params[parts[i].slice(1)] = decodeURIComponent(segments[i])
      } catch {
        return 'bad-encoding'
      }
    } else if (parts[i] !== segments[i]) return null
  }
  return params
}

/** Path, query, headers and body against the route's schema; the handler sees cleaned values. */
function validate(route: Route, req: RouteRequest): void {
  const errors: Record<string, string> = {}
  const s = route.schema
  for (const [k, schema] of Object.entries(s.params ?? {})) {
    const v = schema.check(req.params[k], k, errors)
    if (v !== undefined) req.params[k] = v
  }
  const query: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(req.query)) {
    const schema = s.query && Object.prototype.hasOwnProperty.call(s.query, k) ? (s.query[k] as Schema) : undefined
    // unknown query parameters are ignored (caches and proxies add their own)
    if (!schema) continue
    if (v === '' && schema.optional) continue
    const cleaned = schema.check(v, k, errors)
    if (cleaned !== undefined) query[k] = cleaned
  }
  for (const [k, schema] of Object.entries(s.query ?? {})) if (!schema.optional && !(k in req.query)) errors[k] = '请填写此项'
  for (const [k, schema] of Object.entries(s.headers ?? {})) {
    const v = req.headers[k]
    if (v === undefined) {
      if (!schema.optional) errors[k] = '缺少请求头'
      continue
    }
    schema.check(v, k, errors)
  }
  let body = req.body
  if (body === '' || body === null) body = undefined
  if (body !== undefined && jsonDepth(body, LIMITS.depth) > LIMITS.depth) fail('bad-request', '请求内容嵌套过深')
  if (s.body === null || s.body === undefined) {
    const empty = body === undefined || (typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0)
    if (!empty) fail('validation', '该接口不接受请求内容', { fieldErrors: { body: '该接口不接受请求内容' } })
    body = {}
  } else {
    if (body === undefined) body = s.body.optional ? {} : undefined
    if (body === undefined) fail('validation', '缺少请求内容', { fieldErrors: { body: '缺少请求内容' } })
    const cleaned = s.body.check(body, '', errors)
    if (cleaned !== undefined) body = cleaned
  }
  if (Object.keys(errors).length) fail('validation', firstError(errors), { fieldErrors: errors })
  req.query = query as Record<string, string>
  req.body = body
}

export function fail(
  code: ApiErrorCode,
  message?: string,
  extra: { fieldErrors?: Record<string, string>; details?: Record<string, unknown>; status?: number } = {},
): never {
  const { status, ...rest } = extra
  throw new ApiError({ code, message, ...rest }, status ?? statusForCode(code))
}

/** Body as an object (validated before the handler runs; a non-object is a 400, never a crash). */
export function bodyOf(req: BackendRequest): Record<string, unknown> {
  const b = req.body
  if (b === undefined || b === null || b === '') return {}
  if (typeof b !== 'object' || Array.isArray(b)) fail('bad-request', '请求内容格式不正确')
  return b as Record<string, unknown>
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : ''
}
