/**
 * GovApi over any Transport. Both adapters are this client: only the transport differs,
 * so the mock and http adapters cannot drift apart. Handles bearer tokens, one automatic
 * refresh on 401, typed errors and response validation.
 */
import { ApiError, errorFromResponse, isApiError } from './errors'
import type { GovApi } from './gov-api'
import { parse, s, SchemaError, type Schema } from './schema'
import type { Transport, TransportRequest } from './transport'
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
} from './types'

export interface TokenStore {
  get(): Pick<Session, 'accessToken' | 'refreshToken'> | null
  /** called after login/refresh; null after logout or a failed refresh */
  set(session: Session | null): void
}

export function memoryTokenStore(): TokenStore {
  let current: Session | null = null
  return { get: () => current, set: (x) => (current = x) }
}

const ok = s.object({ ok: s.literal(true) })
const revealed = s.object({ value: s.string() })
const id = (x: string) => encodeURIComponent(x)

export function createGovApiClient(transport: Transport, tokens: TokenStore): GovApi {
  let refreshing: Promise<Session> | null = null

  async function send<T>(
    req: Omit<TransportRequest, 'headers'> & { headers?: Record<string, string> },
    schema: Schema<T>,
    opts: { auth?: boolean; retried?: boolean } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(req.headers ?? {}) }
    const current = tokens.get()
    if (opts.auth !== false && current) headers.authorization = `Bearer ${current.accessToken}`
    let res
    try {
      res = await transport({ ...req, headers })
    } catch (e) {
      if (isApiError(e)) throw e
      throw new ApiError({ code: 'network' })
    }
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
      return send(req, schema, { ...opts, retried: true })
    }
    if (res.status < 200 || res.status >= 300) throw errorFromResponse(res.status, res.body)
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

    uploadFile: (req) => post('/v1/files', req, FileRefSchema),

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
  }
}
