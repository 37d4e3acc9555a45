/**
 * The contract core: every route of docs/api/openapi.yaml with its rules (via src/domain),
 * views, audit, idempotency, throttles and request validation, over ports (core/ports.ts).
 * The fake backend (mock/backend) is this core over in-memory ports and seeds; a production
 * server is this core over PostgreSQL ports. No Node-only API: it also runs inside WeChat.
 */
import { ApiError } from '@/api/contract/errors'
import { Ctx, DEFAULT_CONFIG, type CoreConfig } from './context'
import { errorResponse, Router, toResponse, type BackendRequest, type BackendResponse, type Route, type RouterHooks } from './http'
import { recordCityUpdate, type CityUpdate } from './city-updates'
import { idempotent } from './idempotency'
import type { CorePorts } from './ports'
import { registerApplications } from './routes/applications'
import { registerCertificates } from './routes/certificates'
import { registerComplaints } from './routes/complaints'
import { registerFamily } from './routes/family'
import { registerFiles } from './routes/files'
import { registerIdentity } from './routes/identity'
import { registerWorker } from './routes/worker'
import { registerAssist } from './routes/assist'
import { registerBenefits } from './routes/benefits'
import { registerBundles } from './routes/bundles'
import { routeOptions } from './schemas'
import { LIMITS } from './validate'

export interface HandledResponse extends BackendResponse {
  /** for the request log: the matched route template and the caller's role (no personal data) */
  route?: string
  role?: string
}

export interface Core {
  handle(req: BackendRequest): Promise<HandledResponse>
  /**
   * Checks a request before its body is read (route, tester mode, auth, declared size): the
   * HTTP face calls it first so an unauthenticated or oversized upload is refused unread.
   * null = go ahead.
   */
  preflight(req: Omit<BackendRequest, 'body'> & { contentLength?: number }): Promise<BackendResponse | null>
  /** the city's Open311 system reported a status of a forwarded complaint (core/city-updates.ts) */
  recordCityUpdate(update: CityUpdate): Promise<boolean>
  readonly routes: readonly Route[]
  readonly ctx: Ctx
}

export interface CoreOptions {
  /** per-route limits the files route enforces (bytes kept in memory) */
  fileStoreCapBytes?: number
}

export function createCore(ports: CorePorts, config: Partial<CoreConfig> = {}, options: CoreOptions = {}): Core {
  const ctx = new Ctx(ports, { ...DEFAULT_CONFIG, ...config }, undefined as never)
  const router = new Router(routeOptions)
  registerIdentity(router, ctx)
  registerFamily(router, ctx)
  registerApplications(router, ctx)
  registerFiles(router, ctx, { capBytes: options.fileStoreCapBytes, bytes: ports.files })
  registerComplaints(router, ctx)
  registerWorker(router, ctx)
  registerCertificates(router, ctx)
  registerBundles(router, ctx)
  registerBenefits(router, ctx)
  registerAssist(router, ctx)

  const hooks: RouterHooks = {
    authenticate: async (req) => {
      req.role = ctx.authenticate(req).role
    },
    tester(req) {
      if (!ctx.config.tester) throw new ApiError({ code: 'not-found', message: '接口不存在' }, 404)
      const token = ctx.config.testerToken
      if (token && req.headers['x-tester-token'] !== token) throw new ApiError({ code: 'forbidden', message: '需要测试人员凭证' }, 403)
    },
    idempotent: (req, route, run) => idempotent(ctx, req, route, run),
  }

  return {
    routes: router.routes,
    ctx,
    handle: (req) =>
      ports.storage.transaction(async (tx) => {
        ctx.state = tx
        const out: HandledResponse = await router.handle(req, hooks)
        if (!out.route) {
          const m = router.match(req.method, req.path)
          if ('matched' in m) out.route = m.matched.pattern
        }
        return out
      }),
    recordCityUpdate: (update) =>
      ports.storage.transaction(async (tx) => {
        ctx.state = tx
        return recordCityUpdate(ctx, update)
      }),
    preflight: (req) =>
      ports.storage.transaction(async (tx) => {
        ctx.state = tx
        const m = router.match(req.method, req.path)
        if ('refused' in m) return m.refused
        const route = m.matched.pattern
        try {
          if (m.matched.tester) hooks.tester({ ...req, body: undefined, params: m.params, route })
          if (m.matched.auth === 'session') ctx.authenticate({ ...req, body: undefined })
          if ((req.contentLength ?? 0) > LIMITS.bodyBytes && route !== '/v1/files') {
            return { ...errorResponse('bad-request', `请求内容不能超过 ${Math.round(LIMITS.bodyBytes / 1024)} KB`, 413), route }
          }
          return null
        } catch (e) {
          return { ...toResponse(e), route }
        }
      }),
  }
}

export type { BackendRequest, BackendResponse } from './http'
export type { CoreConfig } from './context'
export type { CorePorts } from './ports'
