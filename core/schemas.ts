/**
 * One request schema per route (path, query, headers, body). test/contract/schemas.test.ts
 * holds every one against docs/api/openapi.yaml: no route without a schema, no schema that
 * disagrees with the spec.
 */
import { TRANSITIONS } from '@/domain/cases/transitions'
import { RATING_LEVELS } from '@/domain/rating/rating'
import { FACE_OUTCOMES } from '@/api/contract/types'
import type { RouteOptions } from './http'
import { isMultipartBody } from './multipart'
import { ONE_THING_IDEMPOTENT, ONE_THING_PUBLIC, ONE_THING_SCHEMAS } from './schemas-one-thing'
import { arr, bool, boolText, int, json, nullable, num, numText, obj, optional, record, str, type RouteSchema, type Schema } from './validate'

/** Text limits (characters) for free text anywhere in the contract. */
export const TEXT = {
  id: 64,
  name: 50,
  idNumber: 40,
  reason: 300,
  description: 500,
  correction: 200,
  address: 200,
  token: 512,
  code: 128,
  query: 50,
} as const

const id = () => str({ max: TEXT.id, pattern: /^[\w.:-]+$/, patternMessage: '编号格式不正确' })
const caseParams = { id: id() }
const version = () => int({ min: 1, max: 1_000_000 })
const page = { offset: numText({ min: 0, max: 1_000_000, integer: true, optional: true }), limit: numText({ min: 1, max: 200, integer: true, optional: true }) }
export const ACTION_IDS = [...new Set(TRANSITIONS.filter((t) => !t.system).map((t) => t.action))]
export const FAMILY_RELATIONS = ['父母', '配偶', '子女', '祖父母', '孙子女', '兄弟姐妹', '其他亲属'] as const
export const CORRECTABLE = ['name', 'idNumber', 'gender', 'birthDate', 'ethnicity', 'hukouAddress', 'residenceAddress', 'residentSince', 'householdMembers'] as const
export const REVEALABLE = ['idNumber', 'phone', 'name'] as const
const describeTooLong = (n: number) => `描述不能超过${TEXT.description}个字（现在${n}个字）`
const materials = () => record(arr(id(), { max: 10 }), { maxKeys: 30 })

/** multipart/form-data, parsed by the face (core/multipart.ts); the files route checks the parts. */
const multipart = (): Schema => ({
  optional: false,
  check(v, path, errors) {
    if (isMultipartBody(v)) return v
    errors[path || 'file'] = '请用 multipart/form-data 上传文件（字段 file 和 purpose）'
    return undefined
  },
  describe: () => ({ type: 'object' }),
})

export const SCHEMAS: Record<string, RouteSchema> = {
  'GET /v1/auth/personas': { body: null },
  'POST /v1/auth/login': { body: obj({ code: str({ max: TEXT.code, optional: true, raw: true }), persona: str({ max: TEXT.id, optional: true }) }) },
  'POST /v1/auth/refresh': { body: obj({ refreshToken: str({ max: TEXT.token, raw: true }) }) },
  'POST /v1/auth/logout': { body: null },
  'GET /v1/me/consent': { body: null },
  'PUT /v1/me/consent': { body: obj({ version: str({ max: 20 }), privacy: bool(), face: bool(), idNumber: bool() }) },
  'POST /v1/face/verifications': { body: obj({ name: str({ max: TEXT.name, optional: true }), idNumber: str({ max: TEXT.idNumber, optional: true }) }, { optional: true }) },
  'POST /v1/face/verifications/:verifyId/confirm': { params: { verifyId: id() }, body: null },
  'POST /mock/wechat/facial-verify': { body: obj({ verifyId: id(), outcome: str({ max: 20, enum: FACE_OUTCOMES }) }) },
  'GET /v1/me/profile': { body: null },
  'POST /v1/me/profile/reveal': { body: obj({ reason: str({ max: TEXT.reason, optional: true }) }, { optional: true }) },
  'POST /v1/me/profile/corrections': { body: obj({ field: str({ max: 30, enum: CORRECTABLE }), description: str({ max: TEXT.correction, allowEmpty: true }) }) },
  'GET /v1/me/family': { body: null },
  'POST /v1/me/family': {
    body: obj({
      residentId: str({ max: TEXT.id, optional: true }),
      name: str({ max: TEXT.name, optional: true }),
      idNumber: str({ max: TEXT.idNumber, optional: true }),
      relation: str({ max: 10, enum: FAMILY_RELATIONS }),
    }),
  },
  'GET /v1/me/family/requests': { body: null },
  'POST /v1/me/family/:residentId/confirm': { params: { residentId: id() }, body: null },
  'DELETE /v1/me/family/:residentId': { params: { residentId: id() }, body: null },
  'POST /v1/worker/family-links/confirm': { body: obj({ helperId: id(), relativeId: id(), reason: str({ max: TEXT.reason, min: 2 }) }) },
  'GET /v1/me/notices': { body: null },
  'GET /v1/matters': { body: null },
  'GET /v1/matters/:id': { params: { id: id() }, body: null },
  'POST /v1/applications': {
    headers: { 'idempotency-key': str({ max: 255, raw: true }) },
    body: obj({ matterId: id(), values: json({ object: true }), materials: materials(), onBehalfOf: nullable(str({ max: TEXT.id, optional: true })) }),
  },
  'GET /v1/cases': {
    query: { kind: str({ enum: ['application', 'complaint'], optional: true }), bucket: str({ enum: ['open', 'closed', 'done'], optional: true }), ...page },
    body: null,
  },
  'GET /v1/cases/:id': { params: caseParams, body: null },
  'POST /v1/cases/:id/supplement': {
    params: caseParams,
    headers: { 'idempotency-key': str({ max: 255, raw: true, optional: true }) },
    body: obj({ version: version(), values: optional(json({ object: true })), materials: optional(materials()) }),
  },
  'POST /v1/cases/:id/withdraw': { params: caseParams, body: obj({ version: version(), reason: str({ max: TEXT.reason, optional: true }) }) },
  'POST /v1/cases/:id/rating': {
    params: caseParams,
    body: obj({ level: str({ max: 30, enum: RATING_LEVELS.map((l) => l.id) }), reason: str({ max: TEXT.reason, optional: true }) }),
  },
  'GET /v1/cases/:id/certificate': { params: caseParams, body: null },
  'POST /v1/complaints': {
    headers: { 'idempotency-key': str({ max: 255, raw: true }) },
    body: obj({
      categoryId: str({ max: TEXT.id }),
      // worded like the domain rule (validateComplaintDraft), which also checks the minimum
      description: str({ max: TEXT.description, allowEmpty: true, tooLong: describeTooLong }),
      photos: arr(id(), { max: 6, maxMessage: '最多上传6张照片' }),
      location: optional(
        nullable(
          obj({ lat: num({ min: -90, max: 90 }), lng: num({ min: -180, max: 180 }), address: str({ max: TEXT.address, optional: true }) }),
        ),
      ),
      anonymous: bool(),
      public: bool(),
      extra: optional(record(str({ max: TEXT.reason, optional: true }), { maxKeys: 10 })),
    }),
  },
  'GET /v1/complaints/duplicates': {
    query: { categoryId: str({ max: TEXT.id }), lat: numText({ min: -90, max: 90 }), lng: numText({ min: -180, max: 180 }) },
    body: null,
  },
  'POST /v1/complaints/:id/support': { params: caseParams, body: null },
  'POST /v1/complaints/:id/reopen': { params: caseParams, body: obj({ version: version(), reason: str({ max: TEXT.reason, allowEmpty: true }) }) },
  'POST /v1/complaints/:id/confirm': { params: caseParams, body: obj({ version: version(), reason: str({ max: TEXT.reason, optional: true }) }) },
  'GET /v1/board': { query: page, body: null },
  'GET /v1/worker/queue': {
    query: {
      kind: str({ enum: ['application', 'complaint'], optional: true }),
      status: str({ max: 40, optional: true }),
      sla: str({ enum: ['overdue', 'due-today', 'due-soon', 'on-track'], optional: true }),
      level: str({ enum: ['blue', 'yellow', 'red'], optional: true }),
      mine: boolText({ optional: true }),
      q: str({ max: TEXT.query, optional: true }),
      followUp: boolText({ optional: true }),
      gridId: str({ max: TEXT.id, optional: true }),
      group: str({ max: TEXT.id, optional: true }),
      ...page,
    },
    body: null,
  },
  'GET /v1/worker/cases/:id': { params: caseParams, body: null },
  'POST /v1/worker/cases/:id/actions': {
    params: caseParams,
    headers: { 'idempotency-key': str({ max: 255, raw: true, optional: true }) },
    body: obj({
      action: str({ max: 40, enum: ACTION_IDS }),
      version: version(),
      input: obj({
        reason: str({ max: TEXT.reason, optional: true }),
        reasonCode: str({ max: 40, optional: true }),
        supplementItems: arr(str({ max: TEXT.id }), { max: 50, optional: true }),
        department: str({ max: TEXT.id, optional: true }),
        promisedDate: str({ max: 10, optional: true, pattern: /^\d{4}-\d{2}-\d{2}$/, patternMessage: '日期格式应为 YYYY-MM-DD' }),
        resultText: str({ max: TEXT.description, optional: true }),
        note: str({ max: TEXT.description, optional: true }),
        level: str({ enum: ['blue', 'yellow', 'red'], optional: true }),
        targetCaseId: str({ max: TEXT.id, optional: true }),
        missingMaterial: str({ max: TEXT.id, optional: true }),
        visibility: str({ enum: ['public', 'internal'], optional: true }),
      }),
    }),
  },
  'POST /v1/worker/cases/:id/reveal': { params: caseParams, body: obj({ field: str({ max: 20, enum: REVEALABLE }), reason: str({ max: TEXT.reason, allowEmpty: true }) }) },
  'GET /v1/worker/audit': {
    query: { caseId: str({ max: TEXT.id, optional: true }), actorId: str({ max: TEXT.id, optional: true }), action: str({ max: 40, optional: true }), ...page },
    body: null,
  },
  'GET /v1/worker/stats': { body: null },
  'POST /v1/worker/walk-in': {
    headers: { 'idempotency-key': str({ max: 255, raw: true }) },
    body: obj({ idNumber: str({ max: TEXT.idNumber }), categoryId: str({ max: TEXT.id }), description: str({ max: TEXT.description, allowEmpty: true, tooLong: describeTooLong }), address: str({ max: TEXT.address, optional: true }) }),
  },
  'GET /v1/certificates/:code': { params: { code: str({ max: 64 }) }, body: null },
  'POST /v1/files': { body: multipart() },
  'GET /v1/files/:fileId': { params: { fileId: id() }, query: { variant: str({ enum: ['thumb'], optional: true }) }, body: null },
  ...ONE_THING_SCHEMAS,
}

/** Routes anyone may call without a session (the rest need `Authorization: Bearer`). */
export const PUBLIC_ROUTES = new Set([
  'GET /v1/auth/personas',
  'POST /v1/auth/login',
  'POST /v1/auth/refresh',
  'GET /v1/matters',
  'GET /v1/matters/:id',
  'GET /v1/board',
  'GET /v1/certificates/:code',
  // the files route decides itself: the owner, case parties, or a public report's thumbnail
  'GET /v1/files/:fileId',
  ...ONE_THING_PUBLIC,
])

/** Idempotency-Key (IETF draft): required on creating routes, optional on case changes. */
export const IDEMPOTENT: Record<string, 'required' | 'optional'> = {
  'POST /v1/applications': 'required',
  'POST /v1/complaints': 'required',
  'POST /v1/worker/walk-in': 'required',
  'POST /v1/cases/:id/supplement': 'optional',
  'POST /v1/worker/cases/:id/actions': 'optional',
  ...ONE_THING_IDEMPOTENT,
}

/** Exist only in tester mode and need the tester credential when one is configured. */
export const TESTER_ROUTES = new Set(['POST /mock/wechat/facial-verify'])

export function routeOptions(method: string, pattern: string): RouteOptions {
  const key = `${method} ${pattern}`
  return {
    schema: schemaFor(method, pattern),
    auth: PUBLIC_ROUTES.has(key) ? 'none' : 'session',
    idempotency: Object.prototype.hasOwnProperty.call(IDEMPOTENT, key) ? IDEMPOTENT[key] : undefined,
    tester: TESTER_ROUTES.has(key),
  }
}

export function schemaFor(method: string, pattern: string): RouteSchema {
  const key = `${method} ${pattern}`
  if (!Object.prototype.hasOwnProperty.call(SCHEMAS, key)) throw new Error(`core: no request schema for ${key}`)
  return SCHEMAS[key]
}
