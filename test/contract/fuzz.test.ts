/**
 * Random bodies and queries at every route (fast-check, fixed seed, 30 runs per route): no 500,
 * the server stays up, and nothing is stored from a refused request (checked on the stored
 * state when the suite runs its own server, by the resident's case count otherwise).
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileComplaint, login, startTarget, verified, type Target } from './support'

const { load } = require('js-yaml') as { load: (text: string) => unknown }
type Obj = Record<string, any>
const spec = load(readFileSync(join(__dirname, '../../docs/api/openapi.yaml'), 'utf8')) as Obj
const deref = (x: Obj): Obj => (x?.$ref ? deref(x.$ref.replace(/^#\//, '').split('/').reduce((o: Obj, k: string) => o[k], spec)) : x)

const SEED = 20261204
const RUNS = 30

const OPS = Object.entries(spec.paths as Obj)
  .flatMap(([path, item]) => ['get', 'post', 'put', 'delete'].filter((m) => item[m]).map((m) => ({ method: m.toUpperCase(), path, op: item[m] as Obj })))
  // signing out would only end the fuzzer's own session
  .filter((o) => o.path !== '/v1/auth/logout')

function propertyNames(op: Obj): string[] {
  const rb = op.requestBody && deref(op.requestBody)
  const schema = rb?.content?.['application/json']?.schema && deref(rb.content['application/json'].schema)
  if (!schema) return []
  const alts = schema.oneOf ? schema.oneOf.map(deref) : [schema]
  return [...new Set(alts.flatMap((a: Obj) => Object.keys(a.properties ?? {})))] as string[]
}

const nasty = fc.oneof(
  fc.constantFrom('', ' ', '\u200b\u200b', '__proto__', 'constructor', '%ZZ', '../../etc/passwd', '<script>', 'null', '1e309', '９９', '13908182345', '+86 139-0818-2345', '2099-01-01', '1800-01-01'),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
)
const value: fc.Arbitrary<unknown> = fc.oneof({ depthSize: 'small' }, nasty, fc.jsonValue({ maxDepth: 4 }), fc.array(nasty, { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 12 }), nasty, { maxKeys: 5 }))

function bodyFor(names: string[]): fc.Arbitrary<unknown> {
  const shaped = names.length ? fc.record(Object.fromEntries(names.map((n) => [n, value])), { requiredKeys: [] }) : fc.constant({})
  return fc.oneof(shaped, fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', ...names, 'extra'), value, { maxKeys: 6 }))
}

const queryArb = fc.dictionary(fc.constantFrom('kind', 'bucket', 'offset', 'limit', 'lat', 'lng', 'categoryId', 'sla', 'mine', 'q', 'variant', '__proto__'), fc.string({ maxLength: 12 }), { maxKeys: 4 })
const paramArb = fc.oneof(fc.constantFrom('case-0001', 'case-0002', 'x', '%ZZ', '%00', '..', 'constructor', '__proto__'), fc.string({ minLength: 1, maxLength: 20 }))

let t: Target
beforeAll(async () => {
  t = await startTarget()
})
afterAll(async () => {
  await t.close()
})

/** What storing something would change (local server: the maps; remote: the resident's cases). */
async function footprint(resident: string): Promise<string> {
  if (t.local) {
    const s = t.local.backend.state
    const links = [...s.familyLinks.values()].reduce((n, l) => n + l.length, 0)
    const cases = [...s.cases.values()].map((c) => `${c.id}:${c.version}`).join(',')
    return JSON.stringify([cases, s.files.size, s.idempotency.size, s.certificates.size, links])
  }
  return (await t.call('GET', '/v1/cases?limit=1', { token: resident })).headers.get('x-total-count') ?? ''
}

describe('fuzz: random requests at every route', () => {
  it.each(OPS.map((o) => [`${o.method} ${o.path}`, o] as const))('%s', async (_key, o) => {
    const resident = await verified(t, 'resident-zhou')
    const admin = (await login(t, 'staff-admin')).token
    await fileComplaint(t, resident)
    const token = o.path.startsWith('/v1/worker') ? admin : resident
    const names = propertyNames(o.op)
    await fc.assert(
      fc.asyncProperty(bodyFor(names), queryArb, paramArb, fc.integer({ min: 0, max: 9 }).map((n) => n > 0), async (body, query, param, withToken) => {
        const path = o.path.replace(/\{\w+\}/g, encodeURIComponent(param).replace(/%25ZZ/, '%ZZ'))
        const qs = new URLSearchParams(query as Record<string, string>).toString()
        const before = await footprint(resident)
        const r = await t.call(o.method, `${path}${qs ? `?${qs}` : ''}`, {
          token: withToken ? token : undefined,
          body: o.method === 'GET' ? undefined : body,
          headers: { 'idempotency-key': `fuzz-${Math.abs(JSON.stringify(body)?.length ?? 0)}-${qs.length}` },
        })
        expect(r.status).toBeLessThan(500)
        if (r.status >= 400) {
          expect(typeof r.body?.message).toBe('string')
          expect(await footprint(resident)).toBe(before)
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
    expect((await t.call('GET', '/v1/matters')).status).toBe(200)
  })
})
