/**
 * Request schemas of the 高效办成一件事 routes (bundles, 免申即享, 帮办, 上门服务), in the style
 * of core/schemas.ts, which spreads them into SCHEMAS / PUBLIC_ROUTES / IDEMPOTENT.
 */
import { arr, bool, json, nullable, obj, record, str, type RouteSchema } from './validate'

const id = () => str({ max: 64, pattern: /^[\w.:-]+$/, patternMessage: '编号格式不正确' })
const materials = () => record(arr(id(), { max: 10 }), { maxKeys: 30 })
const key = (optional = false) => ({ 'idempotency-key': str({ max: 255, raw: true, optional }) })
export const PAY_TO = ['social-security-card', 'bank-card'] as const

export const ONE_THING_SCHEMAS: Record<string, RouteSchema> = {
  'GET /v1/bundles': { body: null },
  'GET /v1/bundles/:id': { params: { id: id() }, body: null },
  'POST /v1/bundles/:id/applications': {
    params: { id: id() },
    headers: key(),
    body: obj({ values: json({ object: true }), materials: materials(), onBehalfOf: nullable(str({ max: 64, optional: true })) }),
  },
  'GET /v1/bundle-cases': { body: null },
  'GET /v1/bundle-cases/:id': { params: { id: id() }, body: null },
  'POST /v1/bundle-cases/:id/parts/:caseId/refile': {
    params: { id: id(), caseId: id() },
    headers: key(),
    body: obj({ values: json({ object: true }), materials: materials() }),
  },
  'GET /v1/me/benefits': { body: null },
  'POST /v1/me/benefits/:id/confirm': {
    params: { id: id() },
    headers: key(),
    body: obj({ payTo: str({ enum: PAY_TO, optional: true }) }, { optional: true }),
  },
  'POST /v1/me/benefits/:id/decline': { params: { id: id() }, body: null },
  'POST /v1/assist': {
    headers: key(),
    body: obj({
      idNumber: str({ max: 40 }),
      matterId: id(),
      values: json({ object: true }),
      materials: materials(),
      place: str({ enum: ['window', 'home'] }),
    }),
  },
  'GET /v1/assist': { body: null },
  'POST /v1/assist/:id/in-person': { params: { id: id() }, body: obj({ photoFileId: id() }) },
  'POST /v1/assist/:id/review': { params: { id: id() }, body: obj({ approve: bool(), reason: str({ max: 300, optional: true }) }) },
  'POST /v1/assist/:id/resend': { params: { id: id() }, body: null },
  'GET /v1/me/assist-requests': { body: null },
  'POST /v1/me/assist-requests/:id/authorise': { params: { id: id() }, body: null },
  'POST /v1/me/assist-requests/:id/decline': { params: { id: id() }, body: null },
  'GET /v1/home-visits/slots': { body: null },
  'POST /v1/home-visits': { headers: key(), body: obj({ matterId: id(), slot: str({ max: 20 }) }) },
}

export const ONE_THING_PUBLIC = ['GET /v1/bundles', 'GET /v1/bundles/:id']

export const ONE_THING_IDEMPOTENT: Record<string, 'required' | 'optional'> = {
  'POST /v1/bundles/:id/applications': 'required',
  'POST /v1/bundle-cases/:id/parts/:caseId/refile': 'required',
  'POST /v1/me/benefits/:id/confirm': 'required',
  'POST /v1/assist': 'required',
  'POST /v1/home-visits': 'required',
}
