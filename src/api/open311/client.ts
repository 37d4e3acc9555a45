/**
 * Open311 GeoReport v2 client over an injected transport (Taro.request in the app, fetch in
 * tests). JSON only (`.json` suffixes); POST bodies form-encoded as the spec requires.
 * Every answer goes through normalize.ts, every failure becomes an ApiError (errors.ts).
 */
import { ApiError, isApiError } from '../contract/errors'
import { badResponse, networkError, open311ErrorFromBody, open311ErrorFromResponse, validationError } from './errors'
import {
  decodeBody,
  formEncode,
  looksLikeErrorBody,
  normalizeRequest,
  normalizeRequests,
  normalizeServiceDefinition,
  normalizeServices,
  normalizeSubmitResult,
  normalizeTokenResult,
  toW3cDateTime,
  unwrapList,
} from './normalize'
import type {
  AttributeValue,
  Open311Request,
  Open311RequestFilter,
  Open311Service,
  Open311ServiceDefinition,
  Open311SubmitInput,
  Open311SubmitResult,
  Open311Transport,
  Open311TransportRequest,
} from './types'

export interface Open311ClientOptions {
  transport: Open311Transport
  /** sent as `api_key` with every POST */
  apiKey: string
  /** sent as `jurisdiction_id` with every call, when the endpoint serves several cities */
  jurisdictionId?: string
  /** how to wait between token polls; injectable for tests */
  sleep?: (ms: number) => Promise<void>
  /** token polls after a token-only POST before giving up (default 5; 0 = never poll) */
  maxTokenPolls?: number
  /** wait before each token poll, in ms (default 2000) */
  tokenPollIntervalMs?: number
  /** offset for datetimes that carry none (default +08:00, China time) */
  defaultOffset?: string
  /** clock for Retry-After dates; injectable for tests */
  now?: () => number
}

export interface Open311Client {
  listServices(): Promise<Open311Service[]>
  getServiceDefinition(serviceCode: string): Promise<Open311ServiceDefinition>
  /** Validates locally, posts, and — for token-only servers — polls `tokens/{token}` a bounded number of times. */
  submitRequest(input: Open311SubmitInput): Promise<Open311SubmitResult>
  /** One token lookup: the request id, or null while the server has not assigned one. */
  resolveToken(token: string): Promise<string | null>
  listRequests(filter?: Open311RequestFilter): Promise<Open311Request[]>
  getRequest(id: string): Promise<Open311Request>
}

const SERVICE_WRAPPERS = ['services', 'service'] as const
const REQUEST_WRAPPERS = ['service_requests', 'service_request', 'requests', 'request'] as const
const DESCRIPTION_MAX = 4000 // spec: description up to 4,000 characters
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE_RE = /^\+?[\d\s\-()（）]{5,24}$/
const URL_RE = /^https?:\/\/\S+$/i

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const seg = (s: string) => encodeURIComponent(s)

// ---------- local validation ----------

type LooseLocation = Partial<{ lat: number; lng: number; address: string; addressId: string }>

function looseLocation(location: Open311SubmitInput['location'] | undefined): LooseLocation {
  return (location ?? {}) as LooseLocation
}

function validCoords(loc: LooseLocation): boolean {
  const { lat, lng } = loc
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180 &&
    !(lat === 0 && lng === 0)
  )
}

function hasValue(v: AttributeValue): boolean {
  if (v === null || v === undefined) return false
  if (typeof v === 'string') return v.trim() !== ''
  if (Array.isArray(v)) return v.some((x) => String(x).trim() !== '')
  return true
}

/** Our checks before anything is sent; field keys match Open311SubmitInput (attributes as `attributes.<code>`). */
export function validateSubmitInput(input: Open311SubmitInput): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!input.serviceCode || !input.serviceCode.trim()) errors.serviceCode = '请选择诉求类别'

  const loc = looseLocation(input.location)
  const typed = (loc.address ?? '').trim() !== '' || (loc.addressId ?? '').trim() !== ''
  // bad coordinates (a failed GPS fix reads 0/0) are dropped when a typed address is there
  if (!validCoords(loc) && !typed) {
    errors.location = loc.lat !== undefined || loc.lng !== undefined ? '位置信息无效，请重新在地图上选点' : '请在地图上选点或填写地址'
  }

  const description = (input.description ?? '').trim()
  // The spec leaves description optional; a complaint with neither words nor a photo is not one.
  if (!description && !(input.mediaUrl ?? '').trim()) errors.description = '请描述问题或上传照片'
  else if ([...description].length > DESCRIPTION_MAX) errors.description = `问题描述不能超过${DESCRIPTION_MAX}字`

  if (input.mediaUrl && input.mediaUrl.trim() && !URL_RE.test(input.mediaUrl.trim())) errors.mediaUrl = '图片地址无效'
  const c = input.contact ?? {}
  if (c.email && c.email.trim() && !EMAIL_RE.test(c.email.trim())) errors.email = '邮箱格式不正确'
  if (c.phone && c.phone.trim() && !PHONE_RE.test(c.phone.trim())) errors.phone = '电话号码格式不正确'

  if (input.definition) Object.assign(errors, validateAttributes(input.definition, input.attributes ?? {}))
  return errors
}

/** Required attributes present, list values among the options, numbers numeric. */
export function validateAttributes(
  definition: Open311ServiceDefinition,
  values: Record<string, AttributeValue>,
): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const a of definition.attributes) {
    if (!a.variable) continue
    const key = `attributes.${a.code}`
    const v = values[a.code]
    if (!hasValue(v)) {
      if (a.required) errors[key] = a.datatype.endsWith('valuelist') ? `请选择“${a.description}”` : `请填写“${a.description}”`
      continue
    }
    const list = Array.isArray(v) ? v.map(String) : [String(v)]
    if (a.datatype === 'number' && list.some((x) => !Number.isFinite(Number(x)))) errors[key] = `“${a.description}”应为数字`
    if (a.datatype === 'singlevaluelist' && list.length > 1) errors[key] = `“${a.description}”只能选一项`
    if ((a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') && a.values.length > 0) {
      if (list.some((x) => !a.values.some((o) => o.key === x))) errors[key] = `“${a.description}”的选项无效，请重新选择`
    }
  }
  return errors
}

// ---------- encoding ----------

function scalar(v: string | number | boolean): string {
  return typeof v === 'string' ? v.trim() : String(v)
}

/** The POST requests.json body as ordered pairs (exported for tests and docs). */
export function submitPairs(
  input: Open311SubmitInput,
  cfg: { apiKey: string; jurisdictionId?: string },
): Array<[string, string]> {
  const pairs: Array<[string, string]> = [['api_key', cfg.apiKey]]
  if (cfg.jurisdictionId) pairs.push(['jurisdiction_id', cfg.jurisdictionId])
  pairs.push(['service_code', input.serviceCode.trim()])

  const loc = looseLocation(input.location)
  if (validCoords(loc)) pairs.push(['lat', String(loc.lat)], ['long', String(loc.lng)])
  if (loc.addressId && loc.addressId.trim()) pairs.push(['address_id', loc.addressId.trim()])
  if (loc.address && loc.address.trim()) pairs.push(['address_string', loc.address.trim()])

  for (const [code, value] of Object.entries(input.attributes ?? {})) {
    if (!hasValue(value)) continue
    if (Array.isArray(value)) {
      for (const item of value) if (String(item).trim() !== '') pairs.push([`attribute[${code}][]`, scalar(item)])
    } else {
      pairs.push([`attribute[${code}]`, scalar(value as string | number | boolean)])
    }
  }

  const c = input.contact ?? {}
  const optional: Array<[string, string | undefined]> = [
    ['email', c.email],
    ['device_id', input.deviceId],
    ['account_id', input.accountId],
    ['first_name', c.firstName],
    ['last_name', c.lastName],
    ['phone', c.phone],
    ['description', input.description],
    ['media_url', input.mediaUrl],
  ]
  for (const [k, v] of optional) if (v !== undefined && v.trim() !== '') pairs.push([k, v.trim()])
  return pairs
}

// ---------- the client ----------

export function createOpen311Client(options: Open311ClientOptions): Open311Client {
  const {
    transport,
    apiKey,
    jurisdictionId,
    sleep = defaultSleep,
    maxTokenPolls = 5,
    tokenPollIntervalMs = 2000,
    defaultOffset = '+08:00',
    now = () => Date.now(),
  } = options

  /** Sends, maps transport failures and non-2xx to ApiError, returns the decoded JSON. */
  async function call(req: Omit<Open311TransportRequest, 'headers'>, answerKeys: readonly string[]): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (req.body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded; charset=UTF-8'
    const query = req.method === 'GET' && jurisdictionId ? { ...(req.query ?? {}), jurisdiction_id: jurisdictionId } : req.query
    let res
    try {
      res = await transport({ ...req, query, headers })
    } catch (e) {
      if (isApiError(e)) throw e
      throw networkError(e)
    }
    if (res.status < 200 || res.status >= 300) throw open311ErrorFromResponse(res, now())
    const decoded = decodeBody(res.body)
    if (decoded.kind !== 'json') throw badResponse(res.status, decoded, 'not-json')
    if (looksLikeErrorBody(decoded.value, answerKeys)) throw open311ErrorFromBody(res.status, decoded.value)
    return decoded.value
  }

  function unreadable(value: unknown, reason: string): ApiError {
    return badResponse(200, { kind: 'json', value }, reason)
  }

  async function resolveToken(token: string): Promise<string | null> {
    try {
      const body = await call({ method: 'GET', path: `/tokens/${seg(token)}.json` }, ['token', 'service_request_id'])
      return normalizeTokenResult(body)
    } catch (e) {
      // some servers 404 a token until the request exists
      if (isApiError(e) && e.code === 'not-found') return null
      throw e
    }
  }

  return {
    async listServices() {
      const body = await call({ method: 'GET', path: '/services.json' }, ['service_code', ...SERVICE_WRAPPERS])
      const list = unwrapList(body, SERVICE_WRAPPERS, 'service_code')
      if (!list) throw unreadable(body, 'services-not-a-list')
      return normalizeServices(list)
    },

    async getServiceDefinition(serviceCode) {
      const body = await call({ method: 'GET', path: `/services/${seg(serviceCode)}.json` }, ['service_code', 'attributes'])
      const def = normalizeServiceDefinition(body, serviceCode)
      if (!def) throw unreadable(body, 'definition-unreadable')
      return def
    },

    async submitRequest(input) {
      const fieldErrors = validateSubmitInput(input)
      if (Object.keys(fieldErrors).length) throw validationError(fieldErrors)
      const body = await call(
        { method: 'POST', path: '/requests.json', body: formEncode(submitPairs(input, { apiKey, jurisdictionId })) },
        ['service_request_id', 'token', 'service_notice', ...REQUEST_WRAPPERS],
      )
      const result = normalizeSubmitResult(body)
      if (!result) throw unreadable(body, 'no-id-or-token')
      const out: Open311SubmitResult = { requestId: result.requestId, token: result.token, notice: result.notice }
      if (result.accountId) out.accountId = result.accountId
      if (out.requestId !== null || out.token === null) return out
      // Token only: the request exists; its id comes later. Poll a bounded number of times and never
      // turn a successful submission into a failure because a poll failed.
      for (let i = 0; i < maxTokenPolls; i++) {
        await sleep(tokenPollIntervalMs)
        try {
          const id = await resolveToken(out.token)
          if (id !== null) return { ...out, requestId: id }
        } catch {
          break
        }
      }
      return out
    },

    resolveToken,

    async listRequests(filter = {}) {
      const query: Record<string, string | undefined> = {}
      if (filter.ids && filter.ids.length) query.service_request_id = filter.ids.join(',')
      if (filter.serviceCode) query.service_code = Array.isArray(filter.serviceCode) ? filter.serviceCode.join(',') : filter.serviceCode
      if (filter.startDate) query.start_date = toW3cDateTime(filter.startDate)
      if (filter.endDate) query.end_date = toW3cDateTime(filter.endDate)
      if (filter.status) query.status = Array.isArray(filter.status) ? filter.status.join(',') : filter.status
      const body = await call({ method: 'GET', path: '/requests.json', query }, ['service_request_id', ...REQUEST_WRAPPERS])
      const list = unwrapList(body, REQUEST_WRAPPERS, 'service_request_id')
      if (!list) throw unreadable(body, 'requests-not-a-list')
      return normalizeRequests(list, defaultOffset)
    },

    async getRequest(id) {
      const body = await call({ method: 'GET', path: `/requests/${seg(id)}.json` }, ['service_request_id', ...REQUEST_WRAPPERS])
      const list = unwrapList(body, REQUEST_WRAPPERS, 'service_request_id')
      if (!list) throw unreadable(body, 'request-unreadable')
      // the item with the id asked for; a lone item without an id is taken as that request, but an
      // answer about another request is never taken for this one
      const match = list.find((x) => normalizeRequest(x, defaultOffset)?.id === id) ?? (list.length === 1 ? list[0] : undefined)
      const request = match === undefined ? null : normalizeRequest(match, defaultOffset, id)
      if (!request) throw new ApiError({ code: 'not-found', message: '没有找到该诉求', details: { id } }, 404)
      if (request.id !== id) throw unreadable(body, 'answer-about-another-request')
      return request
    },
  }
}
