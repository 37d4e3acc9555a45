/**
 * Open311 failures → our ApiError, with a Chinese message for the resident. What the server
 * said (usually English) is kept in `details.errors` / `details.description` for staff and logs.
 */
import { ApiError, type ApiErrorCode } from '../contract/errors'
import { decodeBody, extractErrors, type DecodedBody, type Open311ErrorItem } from './normalize'
import type { Open311TransportResponse } from './types'

export const OPEN311_MESSAGES = {
  validation: '诉求平台未接受提交的信息，请检查后重试',
  forbidden: '诉求平台拒绝了本次请求（接口密钥无效或没有权限），请联系社区工作人员',
  notFound: '没有找到该诉求或诉求类别',
  badRequest: '诉求平台无法处理本次请求，请稍后重试',
  server: '诉求平台暂时不可用，请稍后重试',
  xml: '该城市的诉求平台只提供 XML 格式的接口，本应用暂不支持，请联系社区工作人员',
  unreadable: '诉求平台返回的数据无法识别，请稍后重试',
  network: '无法连接诉求平台，请检查网络后重试',
  setup: '诉求平台的接入配置有误（接口密钥），您的诉求已保存在本系统，社区工作人员会处理',
  timeout: '诉求平台响应超时，请稍后重试',
} as const

/** Heuristic: which of our form fields a server's (English) error description points at. */
const FIELD_HINTS: ReadonlyArray<{ re: RegExp; field: string; message: string }> = [
  { re: /service[_ ]?code/i, field: 'serviceCode', message: '诉求平台不认可所选类别，请重新选择' },
  {
    re: /\b(lat|long|lng|latitude|longitude|address_string|address_id|address|location)\b/i,
    field: 'location',
    message: '诉求平台未接受该位置，请重新选点或填写地址',
  },
  { re: /\bdescription\b/i, field: 'description', message: '诉求平台未接受问题描述，请修改后重试' },
  { re: /\bemail\b/i, field: 'email', message: '诉求平台未接受该邮箱' },
  { re: /\bphone\b/i, field: 'phone', message: '诉求平台未接受该电话号码' },
  { re: /\bmedia[_ ]?url\b/i, field: 'mediaUrl', message: '诉求平台未接受该图片' },
]

export function fieldErrorsFromDescriptions(errors: readonly Open311ErrorItem[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of errors) {
    const d = e.description ?? ''
    const attr = /attribute\[([^\]]+)\]/i.exec(d)
    if (attr) {
      out[`attributes.${attr[1]}`] ??= '此项填写有误，请修改后重试'
      continue
    }
    for (const hint of FIELD_HINTS) {
      if (hint.re.test(d)) {
        out[hint.field] ??= hint.message
        break
      }
    }
  }
  return out
}

/** `Retry-After: 120` or an HTTP date → whole seconds from now (never negative); null when absent/unreadable. */
export function parseRetryAfter(value: string | undefined | null, nowMs: number): number | null {
  if (value === undefined || value === null) return null
  const v = value.trim()
  if (v === '') return null
  if (/^\d+$/.test(v)) return Number(v)
  const at = Date.parse(v)
  if (Number.isNaN(at)) return null
  return Math.max(0, Math.ceil((at - nowMs) / 1000))
}

function headerOf(res: Open311TransportResponse, name: string): string | undefined {
  const headers = res.headers ?? {}
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name)
  return key === undefined ? undefined : headers[key]
}

function codeForStatus(status: number): ApiErrorCode {
  if (status === 400 || status === 422) return 'validation'
  // 401 as well: an Open311 401 is about our api_key, never the resident's login
  if (status === 401 || status === 403) return 'forbidden'
  if (status === 404 || status === 410) return 'not-found'
  if (status === 429) return 'rate-limited'
  if (status === 408 || status === 504) return 'timeout'
  if (status >= 500) return 'server'
  return 'bad-request'
}

function messageFor(code: ApiErrorCode): string {
  switch (code) {
    case 'validation':
      return OPEN311_MESSAGES.validation
    case 'forbidden':
      return OPEN311_MESSAGES.forbidden
    case 'not-found':
      return OPEN311_MESSAGES.notFound
    case 'server':
      return OPEN311_MESSAGES.server
    case 'timeout':
      return OPEN311_MESSAGES.timeout
    default:
      return OPEN311_MESSAGES.badRequest
  }
}

function formatDetails(decoded: DecodedBody): Record<string, unknown> {
  switch (decoded.kind) {
    case 'html':
      return { format: 'html', ...(decoded.title ? { htmlTitle: decoded.title } : {}) }
    case 'xml':
      return { format: 'xml', ...(decoded.text ? { text: decoded.text } : {}) }
    case 'text':
      return { format: 'text', description: decoded.text }
    case 'empty':
      return { format: 'empty' }
    default:
      return {}
  }
}

/**
 * A non-2xx Open311 answer → ApiError. JSON error lists keep the server's descriptions in
 * details; anything else (HTML page, XML, plain text, empty) gets a generic Chinese message
 * naming the HTTP status.
 */
export function open311ErrorFromResponse(res: Open311TransportResponse, nowMs: number = Date.now()): ApiError {
  const { status } = res
  const decoded = decodeBody(res.body)
  const errors = decoded.kind === 'json' ? extractErrors(decoded.value) : decoded.kind === 'xml' ? [...(decoded.errors ?? [])] : []
  if (decoded.kind === 'text') errors.push({ code: null, description: decoded.text })
  if (decoded.kind === 'xml' && !errors.length && decoded.text) errors.push({ code: null, description: decoded.text })
  // a refused api_key is a setup error of this deployment, never the resident's input
  if ((status === 400 || status === 401 || status === 403) && errors.some((e) => /api[_ ]?key/i.test(e.description ?? ''))) {
    return new ApiError(
      { code: 'forbidden', message: OPEN311_MESSAGES.setup, retryable: false, details: { ...formatDetails(decoded), errors, reason: 'api-key', description: errors.map((e) => e.description).filter(Boolean).join('; ') } },
      status,
    )
  }
  const code = codeForStatus(status)
  const details: Record<string, unknown> = { ...formatDetails(decoded) }
  if (errors.length) {
    details.errors = errors
    details.description = errors
      .map((e) => e.description)
      .filter((d): d is string => d !== null)
      .join('; ')
  }

  if (code === 'rate-limited') {
    const retryAfterSeconds = parseRetryAfter(headerOf(res, 'retry-after'), nowMs)
    details.retryAfterSeconds = retryAfterSeconds
    const message =
      retryAfterSeconds !== null && retryAfterSeconds > 0
        ? `请求太频繁，请 ${retryAfterSeconds} 秒后再试`
        : '请求太频繁，请稍后再试'
    return new ApiError({ code, message, retryable: true, details }, status)
  }

  const structured = decoded.kind === 'json' && errors.length > 0
  const message = structured ? messageFor(code) : `诉求平台返回错误（HTTP ${status}），${code === 'server' || code === 'timeout' ? '请稍后重试' : '请稍后重试或联系社区工作人员'}`
  const fieldErrors = code === 'validation' ? fieldErrorsFromDescriptions(errors) : undefined
  return new ApiError({ code, message, details, fieldErrors }, status)
}

/** A 2xx answer that carries an error list (some servers do that) → ApiError from the error's own code. */
export function open311ErrorFromBody(status: number, value: unknown): ApiError {
  const errors = extractErrors(value)
  const inner = errors.map((e) => Number(e.code)).find((n) => Number.isInteger(n) && n >= 400 && n < 600)
  const err = open311ErrorFromResponse({ status: inner ?? 400, body: value })
  return new ApiError(
    { code: err.code, message: err.message, fieldErrors: err.fieldErrors, details: { ...err.details, httpStatus: status } },
    status,
  )
}

/** A 2xx body we cannot use. XML gets its own message: the city must offer JSON. */
export function badResponse(status: number, decoded: DecodedBody, reason: string): ApiError {
  if (decoded.kind === 'xml') {
    return new ApiError({ code: 'bad-response', message: OPEN311_MESSAGES.xml, details: { format: 'xml', reason: 'xml-not-supported' } }, status)
  }
  return new ApiError(
    { code: 'bad-response', message: OPEN311_MESSAGES.unreadable, details: { ...formatDetails(decoded), reason } },
    status,
  )
}

export function networkError(cause: unknown): ApiError {
  return new ApiError(
    { code: 'network', message: OPEN311_MESSAGES.network, details: { cause: cause instanceof Error ? cause.message : String(cause) } },
    0,
  )
}

export function validationError(fieldErrors: Record<string, string>): ApiError {
  return new ApiError({ code: 'validation', message: '填写的信息有误，请按提示修改', fieldErrors, details: { local: true } }, 0)
}
