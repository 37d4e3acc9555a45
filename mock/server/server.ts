/**
 * The fake backend over node:http. Hardened like a real face must be:
 * - a bad URL, a malformed Host header or a socket reset mid-body is a 400 or ignored; the
 *   process keeps serving (every handler is wrapped, `clientError` answers 400);
 * - route, tester mode, auth and the declared size are checked before the body is read; the
 *   body is read with a cap (1 MB JSON, 12 MB multipart) and refused with 413 past it;
 * - CORS only for origins on an allow-list; binds localhost unless told otherwise;
 * - `POST /__reset` exists only in tester mode and needs the tester token;
 * - tester mode also has fault injection and a movable clock (mock/faults): `/__tester/faults`
 *   and `/__tester/clock`, same token;
 * - a request log without personal data (request id, method, route template, status,
 *   duration, role) on stdout.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { corsHeaders } from '@core/http'
import { boundaryOf, parseMultipart } from '@core/multipart'
import { LIMITS } from '@core/validate'
import { createBackend, type Backend, type BackendOptions } from '../backend'
import { FaultInjector, underFault } from '../faults/faults'
import { shiftableClock } from '../faults/tester-clock'
import { testerEndpoint, type TesterControls } from '../faults/tester-endpoints'

export const MULTIPART_MAX_BYTES = 12 * 1024 * 1024

export interface MockServerOptions {
  port?: number
  host?: string
  /** tester mode (persona sign-in, simulated camera step, /__reset); default true */
  tester?: boolean
  /** the credential tester routes need in `x-tester-token`; required for /__reset */
  testerToken?: string
  /** origins allowed to call from a browser; '*' is never sent */
  corsOrigins?: readonly string[]
  /** request log lines (default: console.log); null = off */
  log?: ((line: string) => void) | null
  backend?: BackendOptions
}

export interface MockServer {
  url: string
  server: Server
  backend: Backend
  /** fault rules and the movable clock (active in tester mode only) */
  controls: TesterControls
  close(): Promise<void>
}

const JSON_TYPE = 'application/json; charset=utf-8'

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const tester = options.tester ?? true
  const controls: TesterControls = { faults: new FaultInjector(), clock: shiftableClock(options.backend?.clock) }
  const backend = createBackend({
    ...options.backend,
    clock: controls.clock,
    config: { tester, testerToken: options.testerToken, ...options.backend?.config },
  })
  const origins = new Set(options.corsOrigins ?? [])
  const log = options.log === undefined ? (line: string) => console.log(line) : options.log
  let seq = 0

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.headersSent || res.writableEnded) return
    if (body instanceof Uint8Array) {
      res.writeHead(status, headers).end(Buffer.from(body.buffer, body.byteOffset, body.byteLength))
      return
    }
    res.writeHead(status, { 'content-type': JSON_TYPE, ...headers }).end(JSON.stringify(body))
  }
  const error = (code: string, message: string) => ({ code, message, retryable: false, fieldErrors: {}, details: {} })

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<{ status: number; route?: string; role?: string }> {
    for (const [name, value] of Object.entries(corsHeaders(req.headers.origin, origins))) res.setHeader(name, value)
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { connection: 'close' }).end()
      return { status: 204 }
    }
    // the Host header is never parsed: a malformed one cannot break the URL
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://localhost')
    } catch {
      send(res, 400, error('bad-request', '请求地址格式不正确'), { connection: 'close' })
      return { status: 400 }
    }
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v
    const remote = req.socket.remoteAddress ?? 'unknown'

    if (url.pathname.startsWith('/__tester/')) {
      if (!tester) {
        send(res, 404, error('not-found', '接口不存在'), { connection: 'close' })
        return { status: 404, route: url.pathname }
      }
      if (!options.testerToken || headers['x-tester-token'] !== options.testerToken) {
        send(res, 403, error('forbidden', '需要测试人员凭证'), { connection: 'close' })
        return { status: 403, route: url.pathname }
      }
      const raw = await readBody(req, LIMITS.bodyBytes)
      if (raw === 'aborted') return { status: 0 }
      let body: unknown
      try {
        body = raw === 'too-large' ? undefined : raw.length ? JSON.parse(raw.toString('utf8')) : undefined
      } catch {
        body = undefined
      }
      const out = testerEndpoint(controls, req.method ?? 'GET', url.pathname, body) ?? { status: 404, body: error('not-found', '接口不存在') }
      send(res, out.status, out.body)
      return { status: out.status, route: url.pathname }
    }

    if (url.pathname === '/__reset') {
      if (!tester || req.method !== 'POST') {
        send(res, 404, error('not-found', '接口不存在'), { connection: 'close' })
        return { status: 404, route: '/__reset' }
      }
      if (!options.testerToken || headers['x-tester-token'] !== options.testerToken) {
        send(res, 403, error('forbidden', '需要测试人员凭证'), { connection: 'close' })
        return { status: 403, route: '/__reset' }
      }
      backend.reset()
      send(res, 200, { ok: true })
      return { status: 200, route: '/__reset' }
    }

    const query: Record<string, string> = {}
    for (const [k, v] of url.searchParams) query[k] = v
    const declared = Number(headers['content-length'] ?? 0)
    const hasBody = declared > 0 || headers['transfer-encoding'] !== undefined
    // with a body coming, refuse what would be refused anyway before reading it (a request
    // without one goes straight to the core, which runs the same checks)
    const early = hasBody
      ? await backend.preflight({ method: req.method ?? 'GET', path: url.pathname, query, headers, remote, contentLength: Number.isFinite(declared) ? declared : LIMITS.bodyBytes + 1 })
      : null
    if (early) {
      // refused unread: close the connection instead of draining a body nobody asked for
      send(res, early.status, early.body, { connection: 'close' })
      return { status: early.status, route: early.route }
    }

    const type = headers['content-type'] ?? ''
    const boundary = type.startsWith('multipart/form-data') ? boundaryOf(type) : null
    const cap = boundary ? MULTIPART_MAX_BYTES : LIMITS.bodyBytes
    const raw = await readBody(req, cap)
    if (raw === 'aborted') return { status: 0 }
    if (raw === 'too-large') {
      send(res, 413, error('bad-request', `请求内容不能超过 ${Math.round(cap / 1024)} KB`), { connection: 'close' })
      return { status: 413 }
    }
    let body: unknown
    if (boundary) {
      body = parseMultipart(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength), boundary)
      if (!body) {
        send(res, 400, error('bad-request', '上传内容格式不正确'))
        return { status: 400 }
      }
    } else if (raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        send(res, 400, error('bad-request', '请求内容不是有效的 JSON'))
        return { status: 400 }
      }
    }
    const handle = () => backend.handle({ method: req.method ?? 'GET', path: url.pathname, query, headers, body, remote })
    const fault = tester ? controls.faults.decide(req.method ?? 'GET', url.pathname) : null
    const outcome = await underFault(fault, handle)
    if (outcome.kind === 'no-reply') {
      // a timeout (never processed) or a reply lost after the change was applied: the socket just dies
      req.socket.destroy()
      return { status: 0 }
    }
    if (outcome.kind === 'raw') {
      res.writeHead(outcome.status, { 'content-type': JSON_TYPE }).end(outcome.text)
      return { status: outcome.status, route: 'fault:malformed-json' }
    }
    const out = outcome.res
    send(res, out.status, out.body, out.headers ?? {})
    return { status: out.status, route: out.route ?? (fault ? `fault:${fault.kind}` : undefined), role: out.role }
  }

  const server = createServer((req, res) => {
    const id = `req-${(++seq).toString(36)}`
    const started = performance.now()
    res.setHeader('x-request-id', id)
    onRequest(req, res)
      .then((r) => {
        if (log && r.status) {
          log(JSON.stringify({ id, method: req.method, route: r.route ?? 'unmatched', status: r.status, ms: Math.round(performance.now() - started), role: r.role ?? null }))
        }
      })
      .catch(() => {
        send(res, 500, error('server', '服务暂时不可用，请稍后重试'))
      })
  })
  // malformed requests (bad Host, bad headers) are answered, not thrown
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n')
    else socket.destroy()
  })
  server.headersTimeout = 20_000
  server.requestTimeout = 60_000

  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 3100, options.host ?? '127.0.0.1', () => ok())
  })
  const addr = server.address() as AddressInfo
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address
  return {
    url: `http://${host}:${addr.port}`,
    server,
    backend,
    controls,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}

/** The body up to `cap` bytes; a client that resets the socket mid-body is 'aborted' (nothing to answer). */
function readBody(req: IncomingMessage, cap: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((ok) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (v: Buffer | 'too-large' | 'aborted') => {
      if (done) return
      done = true
      ok(v)
    }
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > cap) {
        finish('too-large')
        req.pause()
        return
      }
      chunks.push(c)
    })
    req.on('end', () => finish(Buffer.concat(chunks)))
    req.on('aborted', () => finish('aborted'))
    req.on('error', () => finish('aborted'))
    req.on('close', () => finish(size > cap ? 'too-large' : 'aborted'))
  })
}
