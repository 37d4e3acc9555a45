/**
 * GovApi (and TesterApi) over any Transport. Both adapters are this client: only the transport differs,
 * so the mock and http adapters cannot drift apart. Handles bearer tokens, one automatic
 * refresh on 401, typed errors and response validation, and — for every adapter — retries
 * with full-jitter backoff (network errors, timeouts, 408, 429, 5xx; Retry-After honoured;
 * a shared retry budget; the same Idempotency-Key on every attempt) and at most 10 requests
 * in flight (src/api/resilience.ts).
 */
import { ApiError, errorFromResponse, isApiError } from './contract/errors'
import type { GovApi, TesterApi, TokenStore } from './contract/gov-api'
import { DEFAULT_RETRY, Limiter, RetryBudget, backoffDelay, isReplayable, isRetryableStatus, retryAfterMs, type RetryOptions } from './resilience'
import { parse, s, SchemaError, type Schema } from './contract/schema'
import type { Transport, TransportRequest, TransportResponse } from './contract/transport'
import { oneThingMethods } from './one-thing-client'
import {
  AuditEntrySchema,
  CaseDetailSchema,
  CaseSummarySchema,
  CertificateCheckSchema,
  CertificateDocumentSchema,
  NoticeSchema,
  ConsentSchema,
  FamilyMemberSchema,
  ProfileCorrectionSchema,
  FaceConfirmSchema,
  FaceStartSchema,
  FileRefSchema,
  MatterDetailSchema,
  MatterSummarySchema,
  PersonaSchema,
  ProfileSchema,
  QueuePageSchema,
  SessionSchema,
  StatsSchema,
  type Session,
} from './contract/types'

/** One request as it went over the wire, for the tester's request log (no bodies, no tokens). */
export interface ExchangeLog {
  method: string
  path: string
  /** final HTTP status; 0 = no reply (network error or timeout) */
  status: number
  durationMs: number
  retries: number
  idempotencyKey?: string
  error?: string
}

export interface ClientOptions {
  retry?: Partial<RetryOptions>
  budget?: RetryBudget
  limiter?: Limiter
  onExchange?: (log: ExchangeLog) => void
}


export function memoryTokenStore(): TokenStore {
  let current: Session | null = null
  return { get: () => current, set: (x) => (current = x) }
}

const ok = s.object({ ok: s.literal(true) })
const revealed = s.object({ value: s.string() })
const id = (x: string) => encodeURIComponent(x)

/** The client speaks GovApi and, for demo backends (which alone answer those routes), TesterApi. */
export function createGovApiClient(transport: Transport, tokens: TokenStore, options: ClientOptions = {}): GovApi & TesterApi {
  let refreshing: Promise<Session> | null = null
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry }
  const budget = options.budget ?? new RetryBudget()
  const limiter = options.limiter ?? new Limiter(10)

  /** One logical request: attempts, backoff and the concurrency limit. Throws ApiError when no reply came. */
  async function exchange(req: TransportRequest): Promise<TransportResponse> {
    const started = retry.now()
    let retries = 0
    for (let attempt = 0; ; attempt++) {
      let res: TransportResponse | null = null
      let failure: ApiError | null = null
      try {
        res = await limiter.run(() => transport(req))
      } catch (e) {
        failure = isApiError(e) ? e : new ApiError({ code: 'network' })
      }
      const noReply = failure ? (failure.code === 'timeout' ? 'timeout' : 'network') : null
      const retryable = res ? isRetryableStatus(res.status) : failure!.code === 'network' || failure!.code === 'timeout'
      let delay = -1
      if (retryable && attempt + 1 < retry.maxAttempts && isReplayable(req, res ? res.status : noReply!)) {
        delay = backoffDelay(attempt, retry)
        const after = res ? retryAfterMs(res.headers?.['retry-after'], retry.now()) : null
        if (after !== null) delay = after > retry.maxRetryAfterMs ? -1 : Math.max(delay, after)
        if (delay >= 0 && !budget.trySpend()) delay = -1
      }
      if (delay < 0) {
        if (res && res.status >= 200 && res.status < 300) budget.onSuccess()
        options.onExchange?.({
          method: req.method,
          path: req.path,
          status: res?.status ?? 0,
          durationMs: retry.now() - started,
          retries,
          idempotencyKey: req.headers['idempotency-key'],
          error: failure?.code,
        })
        if (failure) throw failure
        return res!
      }
      retries++
      await retry.sleep(delay)
    }
  }

  /** Auth header, one refresh on 401, then the response (any status). */
  async function request(
    req: Omit<TransportRequest, 'headers'> & { headers?: Record<string, string> },
    opts: { auth?: boolean; retried?: boolean } = {},
  ): Promise<TransportResponse> {
    const headers: Record<string, string> = { ...(req.upload ? {} : { 'content-type': 'application/json' }), ...(req.headers ?? {}) }
    const current = tokens.get()
    if (opts.auth !== false && current) headers.authorization = `Bearer ${current.accessToken}`
    const res = await exchange({ ...req, headers })
    if (res.status === 401 && opts.auth !== false && !opts.retried && current?.refreshToken) {
      // one refresh for all concurrent 401s, then replay the original request once
      try {
        refreshing ??= doRefresh(current.refreshToken)
        await refreshing
      } catch (e) {
        tokens.set(null)
        throw isApiError(e) ? new ApiError({ code: 'unauthorized' }, 401) : e
      } finally {
        refreshing = null
      }
      return request(req, { ...opts, retried: true })
    }
    return res
  }

  function failed(res: TransportResponse): ApiError {
    const err = errorFromResponse(res.status, res.body)
    const after = retryAfterMs(res.headers?.['retry-after'], retry.now())
    if (after !== null) (err.details as Record<string, unknown>).retryAfterMs = after
    return err
  }

  async function send<T>(
    req: Omit<TransportRequest, 'headers'> & { headers?: Record<string, string> },
    schema: Schema<T>,
    opts: { auth?: boolean } = {},
  ): Promise<T> {
    const res = await request(req, opts)
    if (res.status < 200 || res.status >= 300) throw failed(res)
    try {
      return parse(schema, res.body, `${req.method} ${req.path}`)
    } catch (e) {
      if (e instanceof SchemaError) throw new ApiError({ code: 'bad-response', details: { issues: e.issues } }, res.status)
      throw e
    }
  }

  async function doRefresh(refreshToken: string): Promise<Session> {
    const session = await send({ method: 'POST', path: '/v1/auth/refresh', body: { refreshToken } }, SessionSchema, {
      auth: false,
    })
    tokens.set(session)
    return session
  }

  const get = <T>(path: string, schema: Schema<T>, query?: TransportRequest['query']) =>
    send({ method: 'GET', path, query }, schema)
  const post = <T>(path: string, body: unknown, schema: Schema<T>, headers?: Record<string, string>) =>
    send({ method: 'POST', path, body, headers }, schema)

  return {
    listPersonas: () => send({ method: 'GET', path: '/v1/auth/personas' }, s.array(PersonaSchema), { auth: false }),
    async login(req) {
      const session = await send({ method: 'POST', path: '/v1/auth/login', body: req }, SessionSchema, { auth: false })
      tokens.set(session)
      return session
    },
    refresh: (refreshToken) => doRefresh(refreshToken),
    async logout() {
      try {
        await post('/v1/auth/logout', {}, ok)
      } finally {
        tokens.set(null)
      }
    },

    getConsent: () => get('/v1/me/consent', ConsentSchema),
    saveConsent: (req) => send({ method: 'PUT', path: '/v1/me/consent', body: req }, ConsentSchema),

    startFaceVerification: (claim) => post('/v1/face/verifications', claim ?? {}, FaceStartSchema),
    simulateFaceStep: async (verifyId, outcome) => {
      await post('/mock/wechat/facial-verify', { verifyId, outcome }, ok)
    },
    confirmFaceVerification: (verifyId) => post(`/v1/face/verifications/${id(verifyId)}/confirm`, {}, FaceConfirmSchema),

    getProfile: () => get('/v1/me/profile', ProfileSchema),
    revealOwnIdNumber: (reason) => post('/v1/me/profile/reveal', { reason }, revealed),
    requestProfileCorrection: (body) => post('/v1/me/profile/corrections', body, ProfileCorrectionSchema),

    listFamily: () => get('/v1/me/family', s.array(FamilyMemberSchema)),
    addFamilyMember: (body) => post('/v1/me/family', body, FamilyMemberSchema),
    removeFamilyMember: async (residentId) => {
      await send({ method: 'DELETE', path: `/v1/me/family/${id(residentId)}` }, ok)
    },

    listMatters: () => send({ method: 'GET', path: '/v1/matters' }, s.array(MatterSummarySchema), { auth: false }),
    getMatter: (matterId) => send({ method: 'GET', path: `/v1/matters/${id(matterId)}` }, MatterDetailSchema, { auth: false }),

    uploadFile: ({ path, name, mime, purpose, bytes, onProgress }) =>
      send(
        {
          method: 'POST',
          path: '/v1/files',
          upload: { filePath: path, fileName: name, mime, fields: { purpose }, bytes, onProgress },
        },
        FileRefSchema,
      ),
    async getFile(fileId, variant) {
      const res = await request({ method: 'GET', path: `/v1/files/${id(fileId)}`, query: { variant }, responseType: 'bytes' })
      if (res.status < 200 || res.status >= 300) throw failed(res)
      if (!(res.body instanceof Uint8Array)) throw new ApiError({ code: 'bad-response' }, res.status)
      return { mime: (res.headers?.['content-type'] ?? 'application/octet-stream').split(';')[0], bytes: res.body }
    },

    submitApplication: ({ idempotencyKey, ...body }) =>
      post('/v1/applications', body, CaseDetailSchema, { 'idempotency-key': idempotencyKey }),
    listMyCases: (filter = {}) => get('/v1/cases', s.array(CaseSummarySchema), filter),
    getCase: (caseId) => get(`/v1/cases/${id(caseId)}`, CaseDetailSchema),
    supplementCase: (caseId, { idempotencyKey, ...body }) =>
      post(`/v1/cases/${id(caseId)}/supplement`, body, CaseDetailSchema, { 'idempotency-key': idempotencyKey }),
    withdrawCase: (caseId, body) => post(`/v1/cases/${id(caseId)}/withdraw`, body, CaseDetailSchema),
    rateCase: (caseId, body) => post(`/v1/cases/${id(caseId)}/rating`, body, CaseDetailSchema),

    createComplaint: ({ idempotencyKey, ...body }) =>
      post('/v1/complaints', body, CaseDetailSchema, { 'idempotency-key': idempotencyKey }),
    findDuplicateComplaints: (q) => get('/v1/complaints/duplicates', s.array(CaseSummarySchema), q),
    supportComplaint: (caseId) => post(`/v1/complaints/${id(caseId)}/support`, {}, CaseDetailSchema),
    reopenComplaint: (caseId, body) => post(`/v1/complaints/${id(caseId)}/reopen`, body, CaseDetailSchema),
    confirmComplaint: (caseId, body) => post(`/v1/complaints/${id(caseId)}/confirm`, body, CaseDetailSchema),
    listBoard: () => send({ method: 'GET', path: '/v1/board' }, s.array(CaseSummarySchema), { auth: false }),

    workerQueue: (filter) => get('/v1/worker/queue', QueuePageSchema, { ...filter }),
    workerGetCase: (caseId) => get(`/v1/worker/cases/${id(caseId)}`, CaseDetailSchema),
    workerAct: (caseId, { idempotencyKey, ...body }) =>
      post(`/v1/worker/cases/${id(caseId)}/actions`, body, CaseDetailSchema, { 'idempotency-key': idempotencyKey }),
    workerReveal: (caseId, body) => post(`/v1/worker/cases/${id(caseId)}/reveal`, body, revealed),
    workerAudit: (filter = {}) => get('/v1/worker/audit', s.array(AuditEntrySchema), filter),
    workerStats: () => get('/v1/worker/stats', StatsSchema),
    workerWalkIn: ({ idempotencyKey, ...body }) =>
      post('/v1/worker/walk-in', body, CaseDetailSchema, { 'idempotency-key': idempotencyKey }),

    verifyCertificate: (code) =>
      send({ method: 'GET', path: `/v1/certificates/${id(code)}` }, CertificateCheckSchema, { auth: false }),
    getCaseCertificate: (caseId) => get(`/v1/cases/${id(caseId)}/certificate`, CertificateDocumentSchema),
    listNotices: () => get('/v1/me/notices', s.array(NoticeSchema)),

    ...oneThingMethods((path, schema, opts) => send({ method: 'GET', path }, schema, opts), post),
  }
}
