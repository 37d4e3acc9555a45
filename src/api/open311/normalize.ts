/**
 * Liberal reading of Open311 GeoReport v2 responses ("be liberal in what you accept").
 * Pure functions: no transport, no clock (except where a `now` is passed in).
 *
 * Conventions for the normalised side:
 * - missing, null and "" (after trimming) all become null; numbers used as ids become strings;
 * - booleans accept true/false, "true"/"false" (any case), 1/0, "1"/"0", "yes"/"no";
 * - coordinates accept numbers or numeric strings; 0/0, null, "" or out-of-range mean "no location";
 * - datetimes accept any offset (Z, ±HH, ±HHMM, ±HH:MM), a space for T, fractions, epoch
 *   seconds/milliseconds; a datetime without an offset is read in `defaultOffset` (China time
 *   by default, as in domain/time/china-time.ts). Output is always UTC ISO-8601 (`…Z`).
 */
import { statusLabel } from '@/domain/cases/statuses'
import type {
  Open311Attribute,
  Open311AttributeOption,
  Open311Datatype,
  Open311FieldDef,
  Open311Request,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceType,
  Open311Status,
  Open311SubmitResult,
} from './types'

type Obj = Record<string, unknown>

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

// ---------- scalars ----------

/** A trimmed non-empty string, a finite number as text, or null. */
export function asText(v: unknown): string | null {
  if (typeof v === 'string') {
    const t = v.trim()
    return t === '' ? null : t
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return null
}

/**
 * Ids: strings or numbers. 0 and "0" are real ids (servers number from 0; a filed request with
 * id 0 is filed); only null, "" and the words "null"/"undefined" are "no id".
 */
export function asId(v: unknown): string | null {
  const t = asText(v)
  if (t === null || /^null$/i.test(t) || /^undefined$/i.test(t)) return null
  return t
}

export function asBool(v: unknown, fallback = false): boolean {
  if (typeof v === 'boolean') return v
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : fallback
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase()
    if (t === 'true' || t === '1' || t === 'yes' || t === 'y' || t === 't') return true
    if (t === 'false' || t === '0' || t === 'no' || t === 'n' || t === 'f') return false
  }
  return fallback
}

export function asNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  if (typeof v === 'string') {
    const t = v.trim()
    if (t === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null
    const n = Number(t)
    return Number.isFinite(n) ? n : null
  }
  return null
}

/** lat/long → a location, or null when either is missing, unparseable, out of range, or both 0. */
export function asLocation(lat: unknown, long: unknown): { lat: number; lng: number } | null {
  const a = asNumber(lat)
  const b = asNumber(long)
  if (a === null || b === null) return null
  if (a === 0 && b === 0) return null
  if (Math.abs(a) > 90 || Math.abs(b) > 180) return null
  return { lat: a, lng: b }
}

/** "a, b;c" or ["a", "b"] → ["a", "b", "c"] (comma, semicolon, full-width too). */
export function asKeywords(v: unknown): string[] {
  const parts = Array.isArray(v) ? v.map(asText) : (asText(v) ?? '').split(/[,;，；、]/)
  const out: string[] = []
  for (const p of parts) {
    const t = typeof p === 'string' ? p.trim() : null
    if (t && !out.includes(t)) out.push(t)
  }
  return out
}

// ---------- datetimes ----------

const DATETIME_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i
const EXPLICIT_ZONE_RE = /(?:\b(?:GMT|UTC)\b|Z$|[+-]\d{2}:?\d{2}$)/i

/** "+08:00", "-0500", "+05", "Z", "UTC" → minutes east of UTC, or null when unreadable. */
export function parseOffset(zone: string): number | null {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(zone)
  if (!m) return null
  const h = Number(m[2])
  const min = m[3] ? Number(m[3]) : 0
  if (h > 14 || min > 59) return null
  return (m[1] === '-' ? -1 : 1) * (h * 60 + min)
}

/**
 * Any datetime a server may send → UTC ISO-8601 (`2010-04-14T14:37:38.000Z`), or null.
 * `defaultOffset` is used when the value carries no zone.
 */
export function asDateTime(v: unknown, defaultOffset = '+08:00'): string | null {
  if (typeof v === 'number' || (typeof v === 'string' && /^\d{9,13}$/.test(v.trim()))) {
    const n = Number(v)
    if (!Number.isFinite(n) || n <= 0) return null
    // 10 digits or fewer: seconds; more: milliseconds
    const ms = n >= 1e11 ? n : n * 1000
    return new Date(ms).toISOString()
  }
  const s = asText(v)
  if (s === null) return null
  const m = DATETIME_RE.exec(s)
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zone] = m
    const year = Number(y)
    const month = Number(mo)
    const day = Number(d)
    const hour = Number(h)
    const minute = Number(mi)
    const second = Math.min(Number(sec), 59) // a leap second reads as :59
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || Number(sec) > 60) return null
    const probe = new Date(Date.UTC(year, month - 1, day))
    if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null
    const offset = parseOffset(zone ?? defaultOffset)
    if (offset === null) return null
    const ms = Number((frac + '000').slice(0, 3))
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000
    return new Date(utc).toISOString()
  }
  // RFC 2822 and friends, only when they name their zone (never guess the host's zone)
  if (EXPLICIT_ZONE_RE.test(s)) {
    const ms = Date.parse(s)
    if (!Number.isNaN(ms)) return new Date(ms).toISOString()
  }
  return null
}

/** Open311 wants W3C datetimes; ours are already ISO. A Date goes out as UTC ISO. */
export function toW3cDateTime(v: string | Date): string {
  return typeof v === 'string' ? v : v.toISOString()
}

// ---------- bodies ----------

export type DecodedBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'empty' }
  | { kind: 'html'; title: string | null }
  /** `text`: the body's words without tags (an XML error page says what went wrong) */
  | { kind: 'xml'; text?: string; errors?: Array<{ code: string | null; description: string | null }> }
  | { kind: 'text'; text: string }

/**
 * What a transport handed back → JSON, or a description of why it is not JSON. Transports may
 * have parsed JSON already (Taro.request) or give text (fetch on an HTML error page).
 */
export function decodeBody(body: unknown): DecodedBody {
  if (body === undefined || body === null) return { kind: 'empty' }
  if (typeof body !== 'string') return { kind: 'json', value: body }
  const text = body.replace(/^\uFEFF/, '').trim()
  if (text === '') return { kind: 'empty' }
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return { kind: 'json', value: JSON.parse(text) }
    } catch {
      return { kind: 'text', text: text.slice(0, 500) }
    }
  }
  if (text.startsWith('<')) {
    const head = text.slice(0, 2000)
    if (/<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(head)) {
      const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)
      return { kind: 'html', title: title ? title[1].trim() || null : null }
    }
    return xmlBody(text)
  }
  return { kind: 'text', text: text.slice(0, 500) }
}

/** XML: the words of the body (tags dropped) and Open311 `<error><code/><description/></error>` items. */
function xmlBody(text: string): DecodedBody {
  const decode = (x: string) =>
    x
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .trim()
  const errors: Array<{ code: string | null; description: string | null }> = []
  for (const m of text.matchAll(/<error>([\s\S]*?)<\/error>/gi)) {
    const code = /<code>([\s\S]*?)<\/code>/i.exec(m[1])?.[1]
    const description = /<description>([\s\S]*?)<\/description>/i.exec(m[1])?.[1]
    errors.push({ code: code ? decode(code) : null, description: description ? decode(description) : null })
  }
  const words = decode(text.replace(/<\?xml[^>]*\?>/i, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '))
  return { kind: 'xml', ...(words ? { text: words.slice(0, 500) } : {}), ...(errors.length ? { errors } : {}) }
}

/**
 * A list wrapped or not: `[...]`, `{"services": [...]}`, `{"service_requests": {"request": [...]}}`
 * (XML-to-JSON bridges), or a lone object that has `idKey` → an array; null when unrecognisable.
 */
export function unwrapList(value: unknown, wrapperKeys: readonly string[], idKey: string): unknown[] | null {
  if (Array.isArray(value)) return value
  if (!isObject(value)) return null
  for (const key of wrapperKeys) {
    if (!(key in value)) continue
    const inner = value[key]
    if (Array.isArray(inner)) return inner
    if (inner === null || inner === '') return []
    if (isObject(inner)) {
      if (idKey in inner) return [inner]
      const arrays = Object.values(inner).filter(Array.isArray)
      if (arrays.length === 1) return arrays[0]
      const objects = Object.values(inner).filter(isObject)
      if (objects.length === 1 && idKey in objects[0]) return objects
      // a lone item under its wrapper, missing its id (getRequest fills it in)
      if (arrays.length === 0 && objects.length === 0) return [inner]
    }
  }
  if (idKey in value) return [value]
  return null
}

// ---------- errors ----------

export interface Open311ErrorItem {
  code: string | null
  description: string | null
}

function errorItem(v: unknown): Open311ErrorItem | null {
  if (typeof v === 'string' || typeof v === 'number') {
    const d = asText(v)
    return d ? { code: null, description: d } : null
  }
  if (!isObject(v)) return null
  const nested = v.error ?? v.errors
  if (nested !== undefined && (isObject(nested) || Array.isArray(nested))) return null // handled by caller
  const code = asText(v.code ?? v.error_code ?? v.status_code)
  const description = asText(v.description ?? v.message ?? v.error_description ?? v.msg ?? v.detail ?? v.error)
  if (code === null && description === null) return null
  return { code, description }
}

/**
 * Every error shape seen in the wild → a flat list: `[{code, description}]`, `{code, description}`,
 * `{"error": {...}}`, `{"errors": [...]}`, `{"error": "text"}`, description without code, a string.
 */
export function extractErrors(value: unknown): Open311ErrorItem[] {
  if (Array.isArray(value)) return value.flatMap((x) => extractErrors(x))
  if (isObject(value)) {
    for (const key of ['errors', 'error']) {
      const nested = value[key]
      if (Array.isArray(nested) || isObject(nested)) {
        const inner = extractErrors(nested)
        // {"error": {"description": ...}, "code": 400}: a code beside the wrapper still counts
        const outerCode = asText(value.code)
        return inner.map((e) => (e.code === null && outerCode !== null ? { ...e, code: outerCode } : e))
      }
    }
  }
  const item = errorItem(value)
  return item ? [item] : []
}

/**
 * A 2xx body that is really an error (some servers answer 200 with `[{code, description}]`):
 * every item has a description and none has the keys a real answer would have.
 */
export function looksLikeErrorBody(value: unknown, answerKeys: readonly string[]): boolean {
  const items = Array.isArray(value) ? value : isObject(value) ? [value] : []
  if (items.length === 0) return false
  return items.every((x) => {
    if (!isObject(x)) return false
    if (answerKeys.some((k) => k in x)) return false
    if ('error' in x || 'errors' in x) return true
    return 'description' in x && ('code' in x || Object.keys(x).length === 1)
  })
}

// ---------- services ----------

const SERVICE_TYPES: readonly Open311ServiceType[] = ['realtime', 'batch', 'blackbox']

export function normalizeService(raw: unknown): Open311Service | null {
  if (!isObject(raw)) return null
  const code = asId(raw.service_code)
  if (code === null) return null
  const type = (asText(raw.type) ?? '').toLowerCase() as Open311ServiceType
  return {
    code,
    name: asText(raw.service_name) ?? code,
    description: asText(raw.description),
    hasMetadata: asBool(raw.metadata),
    type: SERVICE_TYPES.includes(type) ? type : null,
    keywords: asKeywords(raw.keywords),
    group: asText(raw.group),
  }
}

/** Items without a service_code are dropped: nothing could be filed against them. */
export function normalizeServices(list: readonly unknown[]): Open311Service[] {
  const out: Open311Service[] = []
  for (const raw of list) {
    const s = normalizeService(raw)
    if (s && !out.some((x) => x.code === s.code)) out.push(s)
  }
  return out
}

// ---------- service definitions ----------

const DATATYPES: readonly Open311Datatype[] = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']

function asDatatype(v: unknown): Open311Datatype {
  const t = (asText(v) ?? '').toLowerCase().replace(/[\s_-]/g, '')
  if ((DATATYPES as readonly string[]).includes(t)) return t as Open311Datatype
  if (t === 'date' || t === 'time') return 'datetime'
  if (t === 'integer' || t === 'int' || t === 'float' || t === 'decimal') return 'number'
  if (t === 'list' || t === 'select' || t === 'singlevalue') return 'singlevaluelist'
  if (t === 'multivalue' || t === 'multiselect') return 'multivaluelist'
  return 'string'
}

function asOptions(v: unknown): Open311AttributeOption[] {
  if (!Array.isArray(v)) return []
  const out: Open311AttributeOption[] = []
  for (const x of v) {
    const key = isObject(x) ? asText(x.key) : asText(x)
    if (key === null || out.some((o) => o.key === key)) continue
    const name = isObject(x) ? asText(x.name) : null
    out.push({ key, name: name ?? key })
  }
  return out
}

export function normalizeAttribute(raw: unknown): Open311Attribute | null {
  if (!isObject(raw)) return null
  const code = asId(raw.code)
  if (code === null) return null
  return {
    code,
    // spec: variable=false means "only used to present information"; absent → ask for it
    variable: asBool(raw.variable, true),
    datatype: asDatatype(raw.datatype),
    required: asBool(raw.required),
    datatypeDescription: asText(raw.datatype_description),
    order: asNumber(raw.order),
    description: asText(raw.description) ?? code,
    values: asOptions(raw.values),
  }
}

/** Sorted by `order` (attributes without one keep their place after the ordered ones). */
export function sortByOrder<T extends { order: number | null }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const ao = a.item.order
      const bo = b.item.order
      if (ao !== null && bo !== null && ao !== bo) return ao - bo
      if (ao === null && bo !== null) return 1
      if (ao !== null && bo === null) return -1
      return a.index - b.index
    })
    .map((x) => x.item)
}

export function attributeToField(a: Open311Attribute): Open311FieldDef {
  const field: Open311FieldDef = {
    key: a.code,
    label: a.description,
    type: 'text',
    required: a.required,
    order: a.order,
  }
  if (a.datatypeDescription) field.help = a.datatypeDescription
  switch (a.datatype) {
    case 'text':
      field.type = 'textarea'
      break
    case 'number':
      field.type = 'number'
      break
    case 'datetime':
      field.type = 'date'
      field.withTime = true
      break
    case 'singlevaluelist':
    case 'multivaluelist':
      // a list with no values cannot be picked from: let the resident type
      if (a.values.length > 0) {
        field.type = a.datatype === 'singlevaluelist' ? 'picker' : 'multi-picker'
        field.options = a.values.map((o) => ({ value: o.key, label: o.name }))
      }
      break
    default:
      field.type = 'text'
  }
  return field
}

export function normalizeServiceDefinition(raw: unknown, requestedCode: string): Open311ServiceDefinition | null {
  const def = Array.isArray(raw) ? raw[0] : raw
  if (!isObject(def)) return null
  const rawAttrs = def.attributes ?? (isObject(def.service_definition) ? def.service_definition.attributes : undefined)
  if (rawAttrs !== undefined && rawAttrs !== null && rawAttrs !== '' && !Array.isArray(rawAttrs) && !isObject(rawAttrs)) return null
  const list = Array.isArray(rawAttrs) ? rawAttrs : isObject(rawAttrs) ? unwrapList(rawAttrs, ['attribute'], 'code') ?? [] : []
  const attributes = sortByOrder(list.map(normalizeAttribute).filter((a): a is Open311Attribute => a !== null))
  return {
    serviceCode: asId(def.service_code) ?? requestedCode,
    attributes,
    fields: attributes.filter((a) => a.variable).map(attributeToField),
    notes: attributes.filter((a) => !a.variable).map((a) => a.description),
  }
}

// ---------- service requests ----------

const CLOSED_WORDS = new Set(['closed', 'close', 'resolved', 'completed', 'complete', 'done', 'fixed', 'archived', 'cancelled', 'canceled'])

/** Anything not recognisably closed is open: we never claim a problem is done when unsure. */
export function asOpen311Status(v: unknown): Open311Status {
  const t = (asText(v) ?? '').toLowerCase()
  return CLOSED_WORDS.has(t) ? 'closed' : 'open'
}

export const OPEN311_RESOLVED_LABEL = '已办结'

/**
 * open + nothing said since filing (no notes, no later update, plain "open") → submitted;
 * open otherwise → in-progress; closed → resolved. See docs/open311.md.
 */
export function mapStatus(r: {
  rawStatusText: string | null
  rawStatus: Open311Status
  statusNotes: string | null
  requestedAt: string | null
  updatedAt: string | null
}): { status: Open311Request['status']; statusLabel: string } {
  if (r.rawStatus === 'closed') return { status: 'resolved', statusLabel: OPEN311_RESOLVED_LABEL }
  const extended = r.rawStatusText !== null && r.rawStatusText.toLowerCase() !== 'open'
  const touched = r.requestedAt !== null && r.updatedAt !== null && r.updatedAt > r.requestedAt
  const status = r.statusNotes || touched || extended ? 'in-progress' : 'submitted'
  return { status, statusLabel: statusLabel('complaint', status, 'resident') }
}

export function normalizeRequest(raw: unknown, defaultOffset?: string, fallbackId?: string): Open311Request | null {
  if (!isObject(raw)) return null
  const id = asId(raw.service_request_id) ?? fallbackId ?? null
  if (id === null) return null
  const rawStatusText = asText(raw.status)
  const rawStatus = asOpen311Status(rawStatusText)
  const statusNotes = asText(raw.status_notes)
  const requestedAt = asDateTime(raw.requested_datetime, defaultOffset)
  const updatedAt = asDateTime(raw.updated_datetime, defaultOffset)
  const serviceCode = asId(raw.service_code)
  return {
    id,
    ...mapStatus({ rawStatusText, rawStatus, statusNotes, requestedAt, updatedAt }),
    rawStatus,
    statusNotes,
    serviceCode,
    categoryName: asText(raw.service_name) ?? serviceCode ?? '',
    description: asText(raw.description),
    address: asText(raw.address),
    addressId: asId(raw.address_id),
    zipcode: asText(raw.zipcode),
    location: asLocation(raw.lat, raw.long ?? raw.lng ?? raw.lon),
    mediaUrl: asText(raw.media_url),
    requestedAt,
    updatedAt,
    expectedAt: asDateTime(raw.expected_datetime, defaultOffset),
    agency: asText(raw.agency_responsible),
    notice: asText(raw.service_notice),
  }
}

/** Items without an id are dropped: the resident could never look them up again. */
export function normalizeRequests(list: readonly unknown[], defaultOffset?: string): Open311Request[] {
  return list.map((x) => normalizeRequest(x, defaultOffset)).filter((r): r is Open311Request => r !== null)
}

// ---------- POST requests / tokens ----------

/** `[{service_request_id | token, service_notice, account_id}]` (or unwrapped) → result; null if neither id nor token. */
export function normalizeSubmitResult(value: unknown): Open311SubmitResult | null {
  const list = unwrapList(value, ['service_requests', 'service_request', 'requests'], 'service_request_id')
  const candidates = list ?? (isObject(value) ? [value] : [])
  for (const raw of candidates) {
    if (!isObject(raw)) continue
    const requestId = asId(raw.service_request_id)
    const token = asId(raw.token)
    if (requestId === null && token === null) continue
    return { requestId, token, notice: asText(raw.service_notice) ?? '', accountId: asId(raw.account_id) }
  }
  return null
}

/** `[{service_request_id, token}]` → the id, or null while the server has not assigned one. */
export function normalizeTokenResult(value: unknown): string | null {
  const list = unwrapList(value, ['tokens', 'token', 'service_requests'], 'token') ?? (isObject(value) ? [value] : [])
  for (const raw of list) {
    if (!isObject(raw)) continue
    const id = asId(raw.service_request_id)
    if (id !== null) return id
  }
  return null
}

// ---------- outgoing ----------

/** application/x-www-form-urlencoded without URLSearchParams (absent in some mini-program runtimes). */
export function formEncode(pairs: ReadonlyArray<readonly [string, string]>): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+')
  return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')
}
