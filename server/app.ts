/**
 * The production server: the contract core (core/) over SQL storage (PostgreSQL, or embedded
 * PGlite when no DATABASE_URL), a file directory and the WeChat/population ports, behind
 * Fastify 5. The server adds storage, HTTP, adapters and files — every rule comes from the core.
 *
 * HTTP face (the same behaviour as mock/server, docs/security.md):
 * - route, tester mode, auth and the declared size are checked before a body that is chunked,
 *   multipart or over 64 KB is read (an onRequest hook calls core.preflight); a refused request
 *   is answered with connection: close;
 * - JSON bodies up to 1 MB (413 past it, counted while reading), multipart (POST /v1/files) up to
 *   12 MB through @fastify/multipart; bad JSON or a bad URL is 400 with a Chinese message;
 * - CORS only for allow-listed origins; request ids in x-request-id; one pino line per request
 *   with request id, method, route template, status, duration and role — no path parameters,
 *   query, headers, bodies or tokens;
 * - GET /healthz: 200 once the database is migrated and loaded and answers, else 503;
 * - the database down: /v1 answers 503 with Retry-After, and a transaction that did not commit
 *   changed nothing (server/storage/sql-storage.ts).
 * DEMO=1 adds persona sign-in, the simulated camera step, the tester clock and fault rules, and
 * seeds the demo population into an empty database; without it those routes do not exist.
 */
import multipart from '@fastify/multipart'
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { sql } from 'kysely'
import { corsHeaders } from '@core/http'
import { createCore, type Core } from '@core/index'
import type { CoreConfig } from '@core/context'
import type { MultipartBody, UploadedPart } from '@core/multipart'
import type { FileBytes, PopulationRecord, RandomSource, WeChatPort, Clock } from '@core/ports'
import { LIMITS } from '@core/validate'
import { FaultInjector, underFault } from '@mock/faults/faults'
import { shiftableClock, type ShiftableClock } from '@mock/faults/tester-clock'
import { testerEndpoint } from '@mock/faults/tester-endpoints'
import { migrate } from './db/migrations'
import { openDatabase, type Database, type DatabaseOptions } from './db/database'
import { localFileStore } from './files/local-file-store'
import { cachePopulation, demoWeChat, PERSONAS, seedDemoIfEmpty } from './ports/demo'
import { readOnlyHint, SqlStorage, StorageUnavailableError } from './storage/sql-storage'
import { memoryStore, metaStore, WeChatApi, wechatPort } from './wechat/wechat-api'
import { caseNotifier, type CaseTemplate } from './wechat/case-notifier'
import { gatewayPopulation, PopulationGateway, type GatewayOptions } from './population/gateway'
import { createOpen311Client } from '@/api/open311/client'
import { fetchTransport } from '@/api/open311/fetch-transport'
import type { CaseRecord } from '@core/storage'
import { Open311Forwarder, sqlLinks } from './open311/forwarder'

export const MULTIPART_MAX_BYTES = 12 * 1024 * 1024
const RETRY_AFTER_S = 5

export interface ServerOptions {
  port?: number
  host?: string
  database?: DatabaseOptions
  /** demo mode: seeds, persona sign-in, simulated camera step, tester routes */
  demo?: boolean
  /** x-tester-token for tester routes in demo mode (required for /__tester and /__reset) */
  testerToken?: string
  corsOrigins?: readonly string[]
  /** file bytes directory (default ./data/files) or a FileBytes port */
  files?: string | FileBytes
  /** request log lines: true = pino on stdout (default), false = off, or a function */
  log?: boolean | ((entry: RequestLogEntry) => void)
  /** ms between attempts while the database is not reachable at start (default 2 000) */
  retryMs?: number
  wechat?: WeChatPort
  /** the real WeChat APIs (or the simulator): used instead of the demo stand-in when set */
  wechatApi?: { baseUrl: string; appId: string; secret: string; timeoutMs?: number; caseTemplate?: CaseTemplate }
  population?: PopulationRecord
  /** the provincial population gateway; without it the residents table answers (demo seeds) */
  populationGateway?: Omit<GatewayOptions, 'warn' | 'now'>
  /** forward complaints to a city's Open311 endpoint (the API key stays here) */
  open311?: { baseUrl: string; apiKey: string; jurisdictionId?: string; intervalMs?: number; timeoutMs?: number; serviceMap?: Record<string, string> }
  random?: RandomSource
  clock?: Clock
  config?: Partial<CoreConfig>
  /**
   * which proxies' X-Forwarded-For to believe (Fastify trustProxy: true, a hop count, or
   * addresses/CIDRs). Behind a load balancer this must be set, or every client has the balancer's
   * address and the per-address throttles lock everyone out together. Default: none.
   */
  trustProxy?: boolean | number | string | string[]
  /** transactions per database transaction (group commit), default 64 */
  maxBatch?: number
  /** status lines (start-up, retries); default console.log */
  say?: (line: string) => void
}

export interface RequestLogEntry {
  id: string
  method: string
  route: string
  status: number
  ms: number
  role: string | null
}

export interface RunningServer {
  url: string
  app: FastifyInstance
  /** resolves once the database is migrated and loaded */
  ready: Promise<void>
  isReady(): boolean
  storage: SqlStorage
  core: Core
  database: Database
  close(): Promise<void>
}

interface RequestInfo {
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  route?: string
  role?: string
}

const JSON_TYPE = 'application/json; charset=utf-8'
const errorBody = (code: string, message: string, retryable = false) => ({ code, message, retryable, fieldErrors: {}, details: {} })
const UNAVAILABLE = errorBody('server', '服务暂时不可用，请稍后重试', true)

const nodeRandom: RandomSource = { bytes: async (n) => new Uint8Array((await import('node:crypto')).randomBytes(n)) }

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const demo = options.demo ?? false
  const say = options.say ?? ((line: string) => console.log(line))
  const database = await openDatabase(options.database)
  // PGlite is embedded: this process is its only user, so there is nobody to catch up with
  // the access token and open verifications live in the database shared by the instances;
  // embedded PGlite has one instance and its one connection is busy during a transaction
  const kv = database.kind === 'postgres' ? metaStore(database.db) : memoryStore()
  const wechatApi = options.wechatApi ? new WeChatApi({ ...options.wechatApi, store: kv }) : null
  const template = options.wechatApi?.caseTemplate
  const storage: SqlStorage = new SqlStorage(database.db, {
    maxBatch: options.maxBatch,
    shared: database.kind === 'postgres',
    onCommit: wechatApi && template ? caseNotifier(wechatApi, template, () => storage.state, (m) => app.log.warn(m)) : undefined,
  })
  const clock: ShiftableClock = shiftableClock(options.clock)
  const faults = new FaultInjector()
  const files = typeof options.files === 'object' ? options.files : localFileStore(options.files ?? './data/files')
  const realWeChat = wechatApi ? wechatPort(wechatApi, kv) : null
  const core = createCore(
    {
      clock,
      random: options.random ?? nodeRandom,
      storage,
      wechat: options.wechat ?? realWeChat ?? (demo ? demoWeChat(() => storage.state) : unconfiguredWeChat()),
      population:
        options.population ??
        (options.populationGateway
          ? gatewayPopulation(
              new PopulationGateway({ ...options.populationGateway, warn: (m) => app.log.warn(m) }),
              cachePopulation(() => storage.state),
              (m) => app.log.warn(m),
            )
          : cachePopulation(() => storage.state)),
      files,
      ...(demo ? { personas: PERSONAS } : {}),
    },
    { ...options.config, tester: demo, testerToken: demo ? options.testerToken : undefined },
  )
  const origins = new Set(options.corsOrigins ?? [])
  let ready = false
  let closing = false
  let forwarder: Open311Forwarder | null = null
  const info = new WeakMap<FastifyRequest, RequestInfo>()
  const logFn =
    options.log === false ? null : typeof options.log === 'function' ? options.log : (e: RequestLogEntry) => app.log.info(e, 'request')
  let seq = 0

  const app = Fastify({
    logger: options.log === true || options.log === undefined ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    // the request log is ours (onResponse): Fastify's own lines would carry URLs with ids in them
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: LIMITS.bodyBytes,
    genReqId: () => `req-${(++seq).toString(36)}`,
    requestIdHeader: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    connectionTimeout: 60_000,
    // (a hop count, addresses and CIDRs are all accepted at run time; the cast keeps Fastify's
    // overloads on the plain HTTP server type)
    trustProxy: (options.trustProxy ?? false) as boolean,
    // a bad URL (bad percent-encoding) is the core's 400, in Chinese
    frameworkErrors: (_error, _req, reply) => {
      void (reply as unknown as FastifyReply).code(400).header('connection', 'close').type(JSON_TYPE).send(errorBody('bad-request', '请求地址格式不正确'))
    },
  })
  app.removeAllContentTypeParsers()
  // every body that is not multipart is read as bytes (capped) and parsed as JSON by the handler
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: LIMITS.bodyBytes }, (_req, body, done) => done(null, body))
  await app.register(multipart, { limits: { fileSize: MULTIPART_MAX_BYTES, files: 4, fields: 20, fieldSize: 64 * 1024, parts: 24 } })

  app.setErrorHandler((err: { statusCode?: number; code?: string }, _req, reply) => {
    const status = err.statusCode ?? 500
    if (status === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.code(413).header('connection', 'close').type(JSON_TYPE).send(errorBody('bad-request', `请求内容不能超过 ${Math.round(LIMITS.bodyBytes / 1024)} KB`))
    }
    if (status >= 400 && status < 500) return reply.code(status === 415 ? 400 : status).type(JSON_TYPE).send(errorBody('bad-request', '请求格式不正确'))
    app.log.error({ code: err.code }, 'unhandled error')
    return reply.code(500).type(JSON_TYPE).send(errorBody('server', '服务暂时不可用，请稍后重试', true))
  })

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id)
    reply.headers(corsHeaders(req.headers.origin, origins))
    if (req.method === 'OPTIONS') return reply.code(204).header('connection', 'close').send()
    const [path, search = ''] = req.url.split('?', 2) as [string, string?]
    if (path === '/healthz') return
    if (!ready || closing) return unavailable(reply)
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v)
    if (path === '/__reset' || path.startsWith('/__tester/')) return testerRoute(req, reply, path, headers)
    const query: Record<string, string> = {}
    for (const [k, v] of new URLSearchParams(search)) query[k] = v
    info.set(req, { path, query, headers })
    const declared = Number(headers['content-length'] ?? 0)
    // the early check (route, tester mode, auth, declared size) matters for bodies worth refusing
    // unread: chunked ones, multipart, and more than 64 KB declared. A small or absent body is
    // read and the full request checks the same things, in one transaction instead of two.
    const small = headers['transfer-encoding'] === undefined && Number.isFinite(declared) && declared <= 64 * 1024 && !(headers['content-type'] ?? '').startsWith('multipart/')
    if (small) return
    try {
      const early = await readOnlyHint.run(true, () =>
        core.preflight({ method: req.method, path, query, headers, remote: req.ip, contentLength: Number.isFinite(declared) ? declared : 0 }),
      )
      if (early) {
        info.get(req)!.route = early.route
        // refused unread: close the connection instead of draining a body nobody asked for
        return (reply as FastifyReply).code(early.status).header('connection', 'close').type(JSON_TYPE).send(early.body)
      }
    } catch (e) {
      if (e instanceof StorageUnavailableError) return unavailable(reply)
      throw e
    }
  })

  function unavailable(reply: FastifyReply) {
    return reply.code(503).header('retry-after', String(RETRY_AFTER_S)).type(JSON_TYPE).send(UNAVAILABLE)
  }

  async function testerRoute(req: FastifyRequest, reply: FastifyReply, path: string, headers: Record<string, string>) {
    if (!demo || (path === '/__reset' && req.method !== 'POST')) return reply.code(404).header('connection', 'close').type(JSON_TYPE).send(errorBody('not-found', '接口不存在'))
    if (!options.testerToken || headers['x-tester-token'] !== options.testerToken) {
      return reply.code(403).header('connection', 'close').type(JSON_TYPE).send(errorBody('forbidden', '需要测试人员凭证'))
    }
    if (path === '/__reset') {
      // the audit log is append-only in the database: a server is reset by starting on a fresh data directory
      return reply.code(409).type(JSON_TYPE).send(errorBody('conflict', '服务器的数据不能清空：请停止服务器，换一个空的数据目录（或空数据库）后重新启动'))
    }
    info.set(req, { path, query: {}, headers, route: path })
  }

  app.get('/healthz', async (_req, reply) => {
    if (!ready || closing) return reply.code(503).type(JSON_TYPE).send({ ok: false, database: database.kind, ready: false })
    try {
      await sql`select 1`.execute(database.db)
      return reply.code(200).type(JSON_TYPE).send({ ok: true, database: database.kind, ready: true })
    } catch {
      return reply.code(503).type(JSON_TYPE).send({ ok: false, database: database.kind, ready: true })
    }
  })

  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
    url: '/*',
    handler: async (req, reply) => {
      const at = info.get(req)
      if (!at) return reply
      if (at.path.startsWith('/__tester/')) {
        const parsed = parseJson(req.body)
        const out = testerEndpoint({ faults, clock }, req.method, at.path, parsed.ok ? parsed.value : undefined)
        return reply.code(out?.status ?? 404).type(JSON_TYPE).send(out?.body ?? errorBody('not-found', '接口不存在'))
      }
      let body: unknown
      if (req.isMultipart()) {
        const parsed = await readMultipart(req)
        if (parsed === 'too-large') return reply.code(413).header('connection', 'close').type(JSON_TYPE).send(errorBody('bad-request', `上传内容不能超过 ${MULTIPART_MAX_BYTES / 1024 / 1024} MB`))
        if (parsed === 'bad') return reply.code(400).type(JSON_TYPE).send(errorBody('bad-request', '上传内容格式不正确'))
        body = parsed
      } else {
        const parsed = parseJson(req.body)
        if (!parsed.ok) return reply.code(400).type(JSON_TYPE).send(errorBody('bad-request', '请求内容不是有效的 JSON'))
        body = parsed.value
      }
      const handle = () => {
        const run = () => core.handle({ method: req.method, path: at.path, query: at.query, headers: at.headers, body, remote: req.ip })
        return req.method === 'GET' ? readOnlyHint.run(true, run) : run()
      }
      const fault = demo ? faults.decide(req.method, at.path) : null
      let outcome
      try {
        outcome = await underFault(fault, handle)
      } catch (e) {
        if (e instanceof StorageUnavailableError) {
          app.log.warn({ reqId: req.id }, 'storage unavailable: transaction not committed')
          return unavailable(reply)
        }
        throw e
      }
      if (outcome.kind === 'no-reply') {
        req.raw.socket.destroy()
        return reply
      }
      if (outcome.kind === 'raw') return reply.code(outcome.status).type(JSON_TYPE).send(outcome.text)
      const out = outcome.res
      at.route = out.route ?? (fault ? `fault:${fault.kind}` : undefined)
      at.role = out.role
      reply.code(out.status)
      for (const [k, v] of Object.entries(out.headers ?? {})) reply.header(k, v)
      if (out.body instanceof Uint8Array) return reply.send(Buffer.from(out.body.buffer, out.body.byteOffset, out.body.byteLength))
      return reply.type(JSON_TYPE).send(JSON.stringify(out.body))
    },
  })

  app.addHook('onResponse', async (req, reply) => {
    if (!logFn) return
    const at = info.get(req)
    const route = req.url.startsWith('/healthz') ? '/healthz' : (at?.route ?? 'unmatched')
    logFn({ id: req.id, method: req.method, route, status: reply.statusCode, ms: Math.round(reply.elapsedTime), role: at?.role ?? null })
  })

  await app.listen({ port: options.port ?? 3000, host: options.host ?? '127.0.0.1' })
  const addr = app.server.address()
  const url = typeof addr === 'object' && addr ? `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}` : String(addr)

  const readyPromise = (async () => {
    for (let attempt = 1; !closing; attempt++) {
      try {
        const applied = await migrate(database.db)
        if (applied.length) say(`database migrations applied: ${applied.join(', ')}`)
        await storage.load()
        if (demo) {
          const seeded = await storage.transaction(async (tx) => seedDemoIfEmpty(core.ctx, tx))
          if (seeded) say('demo population seeded into the empty database')
        }
        ready = true
        if (options.open311 && !closing) {
          const o = options.open311
          forwarder = new Open311Forwarder({
            client: createOpen311Client({ transport: fetchTransport(o.baseUrl, fetch, { timeoutMs: o.timeoutMs }), apiKey: o.apiKey, jurisdictionId: o.jurisdictionId }),
            links: sqlLinks(database.db),
            complaints: () =>
              readOnlyHint.run(true, () =>
                storage.transaction(async (tx) => JSON.parse(JSON.stringify([...tx.cases.values()].filter((c) => c.kind === 'complaint'))) as CaseRecord[]),
              ),
            categories: o.serviceMap ? { explicit: o.serviceMap } : undefined,
            warn: (m) => app.log.warn(m),
            onStatus: (u) => core.recordCityUpdate(u),
          })
          forwarder.start(o.intervalMs ?? 60_000)
        }
        return
      } catch (e) {
        say(`database not ready (${database.kind} ${database.where}): ${describe(e)} — retrying in ${(options.retryMs ?? 2000) / 1000} s (attempt ${attempt})`)
        await new Promise((ok) => setTimeout(ok, options.retryMs ?? 2000))
      }
    }
  })()

  return {
    url,
    app,
    ready: readyPromise,
    isReady: () => ready,
    storage,
    core,
    database,
    async close() {
      closing = true
      await forwarder?.stop()
      await app.close()
      await readyPromise.catch(() => undefined)
      await database.close()
    },
  }
}

function describe(e: unknown): string {
  const err = e as { code?: string; message?: string; errors?: Array<{ message?: string }> }
  const msg = err?.message || err?.errors?.map((x) => x.message).join('; ') || String(e)
  return err?.code ? `${err.code} ${msg}` : msg
}

function parseJson(raw: unknown): { ok: true; value: unknown } | { ok: false } {
  if (raw === undefined || raw === null) return { ok: true, value: undefined }
  const buf = raw as Buffer
  if (!Buffer.isBuffer(buf) || buf.length === 0) return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(buf.toString('utf8')) }
  } catch {
    return { ok: false }
  }
}

async function readMultipart(req: FastifyRequest): Promise<MultipartBody | 'too-large' | 'bad'> {
  const out: MultipartBody = { fields: {}, files: {} }
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer()
        const file: UploadedPart = { filename: part.filename ?? '', contentType: part.mimetype || 'application/octet-stream', bytes: new Uint8Array(bytes) }
        out.files[part.fieldname] = file
      } else {
        out.fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value)
      }
    }
  } catch (e) {
    const code = (e as { code?: string }).code ?? ''
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || (e as { statusCode?: number }).statusCode === 413) return 'too-large'
    return 'bad'
  }
  return out
}

/** Without WeChat configured, sign-in by code and face verification are refused clearly (no lock-up). */
function unconfiguredWeChat(): WeChatPort {
  const refuse = async (): Promise<never> => {
    const { ApiError } = await import('@/api/contract/errors')
    throw new ApiError({ code: 'server', message: '微信接口尚未配置，请联系社区工作人员', retryable: false }, 503)
  }
  return { code2Session: refuse, getVerifyId: refuse, queryVerifyInfo: refuse }
}
