/**
 * Idempotency-Key, following the IETF draft "The Idempotency-Key HTTP Header Field":
 * - a record is keyed by (user, method + route template, key) — the same key on another route
 *   or from another user is a different record;
 * - the record keeps a fingerprint (SHA-256 of the path parameters and the validated, canonical
 *   JSON body) and the first response;
 * - the same key with the same request replays the stored response (header
 *   `idempotent-replayed: true`), whatever happened since (a retry after a lost reply gets it);
 * - the same key with a different request is refused with 422 and nothing runs;
 * - only successful responses are stored: after a refusal the client may fix the request and
 *   send it again under the same key.
 * A PostgreSQL storage keeps these records in a table with a unique (user, route, key) index and
 * inserts the record in the same transaction as the change it guards.
 */
import type { Ctx } from './context'
import { sha256Hex } from './hash'
import { fail, type BackendResponse, type Route, type RouteRequest } from './http'

export async function idempotent(ctx: Ctx, req: RouteRequest, route: Route, run: () => Promise<BackendResponse>): Promise<BackendResponse> {
  const key = req.headers['idempotency-key']
  if (!key) {
    if (route.idempotency === 'required') fail('validation', '缺少 Idempotency-Key 请求头', { fieldErrors: { 'idempotency-key': '缺少请求头' } })
    return run()
  }
  const session = ctx.session(req)
  const scope = `${session.userId} ${req.method} ${route.pattern} ${key}`
  const fingerprint = sha256Hex(canonicalJson({ params: req.params, body: req.body }))
  const hit = ctx.state.idempotency.get(scope)
  if (hit) {
    if (hit.fingerprint !== fingerprint) {
      fail('bad-request', '这个提交编号已用于另一份内容，请刷新后重新提交', {
        status: 422,
        details: { reason: 'idempotency-key-reused' },
      })
    }
    return { status: hit.status, body: hit.body, headers: { 'idempotent-replayed': 'true' } }
  }
  const res = await run()
  if (res.status >= 200 && res.status < 300) {
    ctx.state.idempotency.set(scope, {
      userId: session.userId,
      route: `${req.method} ${route.pattern}`,
      key,
      fingerprint,
      status: res.status,
      body: res.body,
      createdAt: ctx.nowMs(),
    })
  }
  return res
}

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null'
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`
  const o = v as Record<string, unknown>
  return `{${Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`
}
