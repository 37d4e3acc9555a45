/**
 * Every route in docs/api/openapi.yaml over HTTP: sign-in (401), roles (403), and the request
 * schema — wrong types, unknown fields and limits are 400 with Chinese field errors, never 500
 * and never a silent 200; nothing is stored from a refused request.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMPLAINT, fileComplaint, login, newKey, startTarget, verified, type Target } from './support'

const { load } = require('js-yaml') as { load: (text: string) => unknown }
type Obj = Record<string, any>
const spec = load(readFileSync(join(__dirname, '../../docs/api/openapi.yaml'), 'utf8')) as Obj
const deref = (x: Obj): Obj => (x?.$ref ? deref(x.$ref.replace(/^#\//, '').split('/').reduce((o: Obj, k: string) => o[k], spec)) : x)

interface Op {
  method: string
  path: string
  op: Obj
}
const OPS: Op[] = Object.entries(spec.paths as Obj).flatMap(([path, item]) =>
  ['get', 'post', 'put', 'delete'].filter((m) => item[m]).map((m) => ({ method: m.toUpperCase(), path, op: item[m] })),
)
const isPublic = (o: Op) => Array.isArray(o.op.security) && o.op.security.length === 0
const CHINESE = /[\u4e00-\u9fa5]/

let t: Target
let resident: string
let admin: string
let caseId: string
beforeAll(async () => {
  t = await startTarget()
  resident = await verified(t, 'resident-new')
  admin = (await login(t, 'staff-admin')).token
  caseId = (await fileComplaint(t, resident)).body.id
})
afterAll(async () => {
  await t.close()
})

const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_m, p) => (p === 'id' ? caseId : p === 'code' ? 'SQT-XXXX' : 'x-1'))

describe('every route needs what the spec says', () => {
  it.each(OPS.filter((o) => !isPublic(o)).map((o) => [`${o.method} ${o.path}`, o] as const))('%s without a session is 401', async (_k, o) => {
    const r = await t.call(o.method, concrete(o.path), { body: o.method === 'GET' || o.method === 'DELETE' ? undefined : {} })
    expect(r.status).toBe(401)
    expect(r.body.code).toBe('unauthorized')
    expect(r.body.message).toMatch(CHINESE)
  })

  it.each(OPS.filter((o) => o.path.startsWith('/v1/worker')).map((o) => [`${o.method} ${o.path}`, o] as const))('%s refuses a resident (403)', async (_k, o) => {
    const body = o.path.endsWith('/actions')
      ? { action: 'accept', version: 1, input: {} }
      : o.path.endsWith('/reveal')
        ? { field: 'phone', reason: '核对身份信息' }
        : o.path.endsWith('/walk-in')
          ? { idNumber: '110101199003074514', categoryId: 'other', description: '路灯坏了一个星期，晚上很黑。' }
          : o.path.endsWith('/family-links/confirm')
            ? { helperId: 'r-sun-guilan', relativeId: 'r-wang-defu', reason: '已核对双方身份证' }
            : undefined
    const r = await t.call(o.method, concrete(o.path), { token: resident, body, headers: { 'idempotency-key': newKey() } })
    expect(r.status).toBe(403)
  })

  it('admin-only and clerk routes refuse other staff (403)', async () => {
    const { token: clerk } = await login(t, 'staff-clerk')
    const { token: grid } = await login(t, 'staff-grid-1')
    expect((await t.call('GET', '/v1/worker/audit', { token: clerk })).status).toBe(403)
    expect((await t.call('GET', '/v1/worker/stats', { token: grid })).status).toBe(403)
  })

  it('public routes answer without a session', async () => {
    for (const o of OPS.filter(isPublic).filter((x) => x.method === 'GET' && !x.path.includes('{'))) {
      expect((await t.call('GET', o.path)).status).toBe(200)
    }
  })

  it('unknown routes are 404 and wrong methods 405, in Chinese', async () => {
    const missing = await t.call('GET', '/v1/nope')
    expect(missing.status).toBe(404)
    expect(missing.body.message).toMatch(CHINESE)
    expect((await t.call('DELETE', '/v1/matters')).status).toBe(405)
  })
})

/** A value of the wrong JSON type for a spec property. */
function wrong(s: Obj): unknown {
  const type = Array.isArray(s.type) ? s.type[0] : s.type
  if (s.enum) return 'not-in-the-enum'
  switch (type) {
    case 'string':
      return 12345
    case 'integer':
    case 'number':
      return 'twelve'
    case 'boolean':
      return 'yes'
    case 'array':
      return { not: 'a list' }
    case 'object':
      return 'not an object'
    default:
      return undefined
  }
}

const withBody = OPS.filter((o) => {
  const rb = o.op.requestBody && deref(o.op.requestBody)
  return rb?.content?.['application/json'] && !o.path.startsWith('/mock/')
})

describe('wrong types are 400 with Chinese field errors, never 500, never a silent 200', () => {
  it.each(withBody.map((o) => [`${o.method} ${o.path}`, o] as const))('%s', async (_k, o) => {
    let schema = deref(deref(o.op.requestBody).content['application/json'].schema)
    if (schema.oneOf) schema = { properties: Object.assign({}, ...schema.oneOf.map((a: Obj) => deref(a).properties)) }
    const token = o.path.startsWith('/v1/worker') ? admin : resident
    const before = Number((await t.call('GET', '/v1/cases?limit=1', { token: resident })).headers.get('x-total-count'))
    for (const [prop, propSchema] of Object.entries(schema.properties ?? {})) {
      const bad = wrong(deref(propSchema as Obj))
      if (bad === undefined) continue
      const r = await t.call(o.method, concrete(o.path), { token, body: { [prop]: bad }, headers: { 'idempotency-key': newKey() } })
      expect([400, 422]).toContain(r.status)
      expect(r.body.fieldErrors?.[prop]).toMatch(CHINESE)
    }
    // the whole body of the wrong shape
    const arr = await t.call(o.method, concrete(o.path), { token, raw: '[1,2,3]', headers: { 'content-type': 'application/json', 'idempotency-key': newKey() } })
    expect(arr.status).toBe(400)
    // a field nobody asked for
    const extra = await t.call(o.method, concrete(o.path), { token, body: { unexpectedField: 1 }, headers: { 'idempotency-key': newKey() } })
    expect(extra.status).toBe(400)
    const after = Number((await t.call('GET', '/v1/cases?limit=1', { token: resident })).headers.get('x-total-count'))
    expect(after).toBe(before)
  })
})

describe('limits', () => {
  const proof = (values: Record<string, unknown>) => ({
    matterId: 'residence-proof',
    values: {
      purpose: 'bank',
      recipient: 'bank',
      delivery: 'electronic',
      address: '四川省达州市通川区朝阳街道西外社区西外大街 88 号 3 栋 2 单元 501',
      residentSince: '2012-09-01',
      applicantPhone: '13908182345',
      pledgeAccepted: true,
      ...values,
    },
    materials: {},
  })

  it('nesting deeper than 20 is 400', async () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 25; i++) deep = { a: deep }
    const r = await t.call('POST', '/v1/applications', { token: resident, body: proof({ note: deep }), headers: { 'idempotency-key': newKey() } })
    expect(r.status).toBe(400)
    expect(r.body.message).toMatch(CHINESE)
  })

  it('whitespace-only and zero-width-only text counts as empty', async () => {
    for (const description of ['      ', '\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b', '\u3000\ufeff \u200d']) {
      const r = await t.call('POST', '/v1/complaints', { token: resident, body: { ...COMPLAINT, description }, headers: { 'idempotency-key': newKey() } })
      expect(r.status).toBe(400)
      expect(r.body.fieldErrors.description).toMatch(CHINESE)
    }
    const { token: clerk } = await login(t, 'staff-clerk')
    const reveal = await t.call('POST', `/v1/worker/cases/${caseId}/reveal`, { token: clerk, body: { field: 'phone', reason: '\u200b\u200b\u200b' } })
    expect(reveal.status).toBe(400)
  })

  it('every string has a maximum length', async () => {
    const long = '长'.repeat(301)
    const checks: Array<[string, string, unknown, string]> = [
      ['POST', '/v1/me/family', { name: '王'.repeat(51), idNumber: '110101199003074514', relation: '父母' }, 'name'],
      ['POST', '/v1/me/profile/corrections', { field: 'ethnicity', description: '长'.repeat(201) }, 'description'],
      ['POST', `/v1/cases/${caseId}/withdraw`, { version: 1, reason: long }, 'reason'],
      ['POST', '/v1/complaints', { ...COMPLAINT, description: '长'.repeat(501) }, 'description'],
      ['POST', '/v1/complaints', { ...COMPLAINT, location: { lat: 31.2, lng: 107.4, address: '长'.repeat(201) } }, 'location.address'],
    ]
    for (const [method, path, body, field] of checks) {
      const r = await t.call(method, path, { token: resident, body, headers: { 'idempotency-key': newKey() } })
      expect(r.status).toBe(400)
      expect(r.body.fieldErrors[field]).toMatch(CHINESE)
    }
  })

  it('enums and number ranges are enforced', async () => {
    const rating = await t.call('POST', `/v1/cases/${caseId}/rating`, { token: resident, body: { level: 'great' } })
    expect(rating.status).toBe(400)
    const far = await t.call('POST', '/v1/complaints', { token: resident, body: { ...COMPLAINT, location: { lat: 1000, lng: 107.4 } }, headers: { 'idempotency-key': newKey() } })
    expect(far.body.fieldErrors['location.lat']).toMatch(CHINESE)
    const neg = await t.call('GET', '/v1/complaints/duplicates?categoryId=noise&lat=abc&lng=107.4', { token: resident })
    expect(neg.status).toBe(400)
    const version = await t.call('POST', `/v1/cases/${caseId}/withdraw`, { token: resident, body: { version: -3 } })
    expect(version.body.fieldErrors.version).toMatch(CHINESE)
  })

  it('dates within sensible ranges: no 1800 or 2099 residence dates', async () => {
    for (const residentSince of ['1800-01-01', '2099-01-01']) {
      const r = await t.call('POST', '/v1/applications', { token: resident, body: proof({ residentSince }), headers: { 'idempotency-key': newKey() } })
      expect(r.status).toBe(400)
      expect(r.body.fieldErrors.residentSince).toMatch(CHINESE)
    }
  })

  it('invalid JSON is 400, not 500', async () => {
    const r = await t.call('POST', '/v1/complaints', { token: resident, raw: '{"categoryId": ', headers: { 'content-type': 'application/json', 'idempotency-key': newKey() } })
    expect(r.status).toBe(400)
    expect(r.body.message).toMatch(CHINESE)
  })
})
