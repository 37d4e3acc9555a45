/**
 * The core's request schemas against docs/api/openapi.yaml: every operation in the spec has a
 * route, every route is in the spec, and each route's schema agrees with the spec on path
 * parameters, query parameters, the Idempotency-Key header, body properties, required fields,
 * types and enums, and whether a session is needed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createBackend } from '@mock/backend'
import type { Described } from '@core/validate'

// js-yaml ships no types (a dependency of eslint and jest, not declared here)
const { load } = require('js-yaml') as { load: (text: string) => unknown }

type Obj = Record<string, any>
const spec = load(readFileSync(join(__dirname, '../../docs/api/openapi.yaml'), 'utf8')) as Obj

function deref(x: Obj): Obj {
  if (x && typeof x.$ref === 'string') {
    const path = x.$ref.replace(/^#\//, '').split('/')
    return deref(path.reduce((o: Obj, k: string) => o[k], spec))
  }
  return x
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch']
const specOps = new Map<string, Obj>()
for (const [path, item] of Object.entries(spec.paths as Obj)) {
  for (const m of METHODS) if (item[m]) specOps.set(`${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, item[m])
}
const routes = createBackend({ seed: false }).core.routes
const routeKeys = new Map(routes.map((r) => [`${r.method} ${r.pattern}`, r]))

/** The spec's JSON body schema as one object schema (oneOf alternatives merged, nothing required). */
function specBody(op: Obj): { schema: Obj | null; required: boolean; multipart: boolean } {
  const rb = op.requestBody ? deref(op.requestBody) : null
  if (!rb) return { schema: null, required: false, multipart: false }
  if (rb.content['multipart/form-data']) return { schema: null, required: true, multipart: true }
  let schema = deref(rb.content['application/json'].schema)
  if (schema.oneOf) {
    const alts = schema.oneOf.map(deref)
    schema = { type: 'object', properties: Object.assign({}, ...alts.map((a: Obj) => a.properties)), required: [] }
  }
  return { schema, required: Boolean(rb.required), multipart: false }
}

function specType(s: Obj): string | undefined {
  const t = Array.isArray(s.type) ? s.type.find((x: string) => x !== 'null') : s.type
  return t
}

function compareProps(key: string, specSchema: Obj, ours: Described, path: string): string[] {
  const problems: string[] = []
  const sProps = Object.keys(specSchema.properties ?? {}).sort()
  const oProps = Object.keys(ours.properties ?? {}).sort()
  if (JSON.stringify(sProps) !== JSON.stringify(oProps)) problems.push(`${key} ${path}: properties spec ${sProps} vs core ${oProps}`)
  const sReq = [...(specSchema.required ?? [])].sort()
  const oReq = [...(ours.required ?? [])].sort()
  if (JSON.stringify(sReq) !== JSON.stringify(oReq)) problems.push(`${key} ${path}: required spec ${sReq} vs core ${oReq}`)
  for (const p of sProps) {
    const s = deref(specSchema.properties[p])
    const o = ours.properties?.[p]
    if (!o) continue
    const st = specType(s)
    if (st && o.type !== 'any' && st !== o.type) problems.push(`${key} ${path}.${p}: type spec ${st} vs core ${o.type}`)
    if (s.enum && o.enum && JSON.stringify([...s.enum].sort()) !== JSON.stringify([...o.enum].sort())) {
      problems.push(`${key} ${path}.${p}: enum spec ${s.enum} vs core ${o.enum}`)
    }
    if (s.enum && !o.enum) problems.push(`${key} ${path}.${p}: the spec has an enum, the core does not check it`)
    if (s.maxLength && o.maxLength && s.maxLength !== o.maxLength) problems.push(`${key} ${path}.${p}: maxLength spec ${s.maxLength} vs core ${o.maxLength}`)
  }
  return problems
}

describe('request schemas agree with docs/api/openapi.yaml', () => {
  it('every spec operation has a route, and every route is in the spec', () => {
    expect([...specOps.keys()].filter((k) => !routeKeys.has(k))).toEqual([])
    expect([...routeKeys.keys()].filter((k) => !specOps.has(k))).toEqual([])
  })

  it('every route has a schema for its path, query, headers and body', () => {
    for (const r of routes) {
      expect(r.schema).toBeTruthy()
      const params = r.parts.filter((p) => p.startsWith(':')).map((p) => p.slice(1))
      expect(Object.keys(r.schema.params ?? {}).sort()).toEqual(params.sort())
    }
  })

  it.each([...specOps.keys()].filter((k) => routeKeys.has(k)))('%s', (key) => {
    const op = specOps.get(key)!
    const route = routeKeys.get(key)!
    const problems: string[] = []
    const params = (op.parameters ?? []).map(deref)
    // auth
    const isPublic = Array.isArray(op.security) && op.security.length === 0
    if (isPublic !== (route.auth === 'none')) problems.push(`${key}: spec public=${isPublic}, core auth=${route.auth}`)
    // query
    const sQuery = params.filter((p: Obj) => p.in === 'query').map((p: Obj) => p.name).sort()
    const oQuery = Object.keys(route.schema.query ?? {}).sort()
    if (JSON.stringify(sQuery) !== JSON.stringify(oQuery)) problems.push(`${key}: query spec ${sQuery} vs core ${oQuery}`)
    for (const p of params.filter((x: Obj) => x.in === 'query')) {
      const ours = route.schema.query?.[p.name]?.describe()
      const s = p.schema ?? {}
      if (ours && s.enum && JSON.stringify([...s.enum].sort()) !== JSON.stringify([...(ours.enum ?? [])].sort())) {
        problems.push(`${key}: query ${p.name} enum spec ${s.enum} vs core ${ours.enum}`)
      }
      if (ours && s.maximum !== undefined && ours.maximum !== s.maximum) problems.push(`${key}: query ${p.name} maximum spec ${s.maximum} vs core ${ours.maximum}`)
    }
    // Idempotency-Key
    const idem = params.find((p: Obj) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key')
    const ourIdem = route.schema.headers?.['idempotency-key']
    if (Boolean(idem) !== Boolean(ourIdem)) problems.push(`${key}: Idempotency-Key spec ${Boolean(idem)} vs core ${Boolean(ourIdem)}`)
    if (idem && ourIdem && Boolean(idem.required) === ourIdem.optional) problems.push(`${key}: Idempotency-Key required spec ${idem.required} vs core ${!ourIdem.optional}`)
    if (idem && (route.idempotency === 'required') !== Boolean(idem.required)) problems.push(`${key}: idempotency handling ${route.idempotency} vs spec required ${idem.required}`)
    // body
    const body = specBody(op)
    if (body.multipart) {
      if (!route.schema.body) problems.push(`${key}: the spec takes multipart, the core no body`)
    } else if (!body.schema) {
      if (route.schema.body) problems.push(`${key}: the core takes a body the spec does not describe`)
    } else {
      if (!route.schema.body) problems.push(`${key}: the spec takes a body, the core none`)
      else {
        if (body.required === route.schema.body.optional) problems.push(`${key}: body required spec ${body.required} vs core ${!route.schema.body.optional}`)
        problems.push(...compareProps(key, body.schema, route.schema.body.describe(), 'body'))
      }
    }
    expect(problems).toEqual([])
  })
})
