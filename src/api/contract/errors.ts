/** Typed API errors: a stable code for the program, a Chinese message for the person. */
import { UserFacingError } from '@/lib/error-message'

export type ApiErrorCode =
  | 'bad-request'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'locked'
  | 'rate-limited'
  | 'face-failed'
  | 'network'
  | 'timeout'
  | 'server'
  | 'bad-response'

export interface ApiErrorBody {
  code: ApiErrorCode
  message: string
  retryable?: boolean
  fieldErrors?: Record<string, string>
  /** extra facts for the UI, e.g. who changed a case (409) or when a lock ends (423) */
  details?: Record<string, unknown>
}

const STATUS_CODES: Record<number, ApiErrorCode> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  423: 'locked',
  429: 'rate-limited',
}

const DEFAULT_MESSAGES: Record<ApiErrorCode, string> = {
  'bad-request': '请求有误，请检查后重试',
  validation: '填写的信息有误，请按提示修改',
  unauthorized: '登录已过期，请重新登录',
  forbidden: '您没有权限进行此操作',
  'not-found': '没有找到相关内容',
  conflict: '内容已被他人更新，请刷新后再试',
  locked: '操作过于频繁，请稍后再试',
  'rate-limited': '请求太频繁，请稍后再试',
  'face-failed': '人脸核验未通过',
  network: '网络连接失败，请检查网络后重试',
  timeout: '网络超时，请稍后重试',
  server: '服务暂时不可用，请稍后重试',
  'bad-response': '服务返回的数据有误，请稍后重试',
}

const RETRYABLE: ReadonlySet<ApiErrorCode> = new Set(['network', 'timeout', 'server', 'rate-limited'])

export class ApiError extends UserFacingError {
  readonly code: ApiErrorCode
  readonly retryable: boolean
  readonly status: number
  readonly fieldErrors: Record<string, string>
  readonly details: Record<string, unknown>

  constructor(body: Partial<ApiErrorBody> & { code: ApiErrorCode }, status = 0) {
    super(body.message || DEFAULT_MESSAGES[body.code])
    this.name = 'ApiError'
    this.code = body.code
    this.retryable = body.retryable ?? RETRYABLE.has(body.code)
    this.status = status
    this.fieldErrors = body.fieldErrors ?? {}
    this.details = body.details ?? {}
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, retryable: this.retryable, fieldErrors: this.fieldErrors, details: this.details }
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

/** Maps an HTTP status and (possibly missing or malformed) error body to an ApiError. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Partial<ApiErrorBody>
  const code: ApiErrorCode =
    typeof b.code === 'string' && b.code in DEFAULT_MESSAGES
      ? (b.code as ApiErrorCode)
      : STATUS_CODES[status] ?? (status >= 500 ? 'server' : 'bad-request')
  return new ApiError(
    {
      code,
      message: typeof b.message === 'string' && b.message ? b.message : DEFAULT_MESSAGES[code],
      retryable: typeof b.retryable === 'boolean' ? b.retryable : undefined,
      fieldErrors: b.fieldErrors && typeof b.fieldErrors === 'object' ? b.fieldErrors : undefined,
      details: b.details && typeof b.details === 'object' ? b.details : undefined,
    },
    status,
  )
}

export function statusForCode(code: ApiErrorCode): number {
  for (const [status, c] of Object.entries(STATUS_CODES)) if (c === code) return Number(status)
  if (code === 'face-failed') return 422
  if (code === 'bad-request') return 400
  return 500
}
