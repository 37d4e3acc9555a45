/**
 * Request validation: one schema per route for path, query, headers and body, checked before
 * any rule runs. A refused request gets 400 with Chinese `fieldErrors` (field → message) and
 * nothing is stored. Accepted values come back cleaned: text trimmed, whitespace-only and
 * zero-width-only text treated as empty. Each schema also describes itself (`describe`) so a
 * test can hold it against docs/api/openapi.yaml.
 */

/** Hard limits for every request, whatever the route. */
export const LIMITS = {
  /** JSON bodies over this are refused with 413 before the rest is read */
  bodyBytes: 1_048_576,
  /** objects/arrays nested deeper than this are refused with 400 */
  depth: 20,
  /** default maximum length of any string without a tighter limit */
  stringChars: 5_000,
  /** maximum keys in any object and items in any array */
  keys: 200,
  /** Idempotency-Key header length */
  idempotencyKeyChars: 255,
} as const

export interface Described {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'any'
  enum?: readonly (string | number)[]
  maxLength?: number
  minimum?: number
  maximum?: number
  properties?: Record<string, Described>
  required?: string[]
  items?: Described
  nullable?: boolean
}

export interface Schema<T = unknown> {
  /** returns the cleaned value, or records errors under `path` and returns undefined */
  check(v: unknown, path: string, errors: Record<string, string>): T | undefined
  optional: boolean
  describe(): Described
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
/** Trims whitespace and strips zero-width characters; whitespace/zero-width-only text becomes ''. */
export function cleanText(s: string): string {
  const stripped = s.replace(ZERO_WIDTH, '')
  return stripped.trim()
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function put(errors: Record<string, string>, path: string, message: string): undefined {
  if (!(path in errors)) errors[path || 'body'] = message
  return undefined
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key))

interface StrOpts {
  max?: number
  min?: number
  enum?: readonly string[]
  pattern?: RegExp
  /** Chinese message when the value does not match `pattern` */
  patternMessage?: string
  optional?: boolean
  /** keep as given (no trimming), e.g. tokens */
  raw?: boolean
  /** must be present, but empty text is passed on: the domain rule has the better message */
  allowEmpty?: boolean
  /** the message for text over `max` (given its length), when the domain words it */
  tooLong?: (chars: number) => string
}

export function str(opts: StrOpts = {}): Schema<string> {
  const max = opts.max ?? LIMITS.stringChars
  return {
    optional: opts.optional ?? false,
    check(v, path, errors) {
      if (typeof v !== 'string') return put(errors, path, '格式不正确，应为文字')
      if (v.length > max * 4) return put(errors, path, `不能超过 ${max} 个字`)
      const s = opts.raw ? v : cleanText(v)
      const n = [...s].length
      if (n === 0 && !opts.optional && !opts.allowEmpty) return put(errors, path, '请填写此项')
      if (n > max) return put(errors, path, opts.tooLong ? opts.tooLong(n) : `不能超过 ${max} 个字`)
      if (opts.min && n > 0 && n < opts.min) return put(errors, path, `至少 ${opts.min} 个字`)
      if (opts.enum && !opts.enum.includes(s)) return put(errors, path, '不在可选范围内')
      if (opts.pattern && n > 0 && !opts.pattern.test(s)) return put(errors, path, opts.patternMessage ?? '格式不正确')
      return s
    },
    describe: () => ({ type: 'string', ...(opts.enum ? { enum: opts.enum } : {}), maxLength: max }),
  }
}

export function int(opts: { min?: number; max?: number; optional?: boolean } = {}): Schema<number> {
  const min = opts.min ?? 0
  const max = opts.max ?? 2_147_483_647
  return {
    optional: opts.optional ?? false,
    check(v, path, errors) {
      if (typeof v !== 'number' || !Number.isInteger(v)) return put(errors, path, '格式不正确，应为整数')
      if (v < min || v > max) return put(errors, path, `应在 ${min} 到 ${max} 之间`)
      return v
    },
    describe: () => ({ type: 'integer', minimum: min, maximum: max }),
  }
}

export function num(opts: { min: number; max: number; optional?: boolean }): Schema<number> {
  return {
    optional: opts.optional ?? false,
    check(v, path, errors) {
      if (typeof v !== 'number' || !Number.isFinite(v)) return put(errors, path, '格式不正确，应为数字')
      if (v < opts.min || v > opts.max) return put(errors, path, `应在 ${opts.min} 到 ${opts.max} 之间`)
      return v
    },
    describe: () => ({ type: 'number', minimum: opts.min, maximum: opts.max }),
  }
}

/** A number given as query text (e.g. ?lat=31.2). */
export function numText(opts: { min: number; max: number; optional?: boolean; integer?: boolean }): Schema<number> {
  return {
    optional: opts.optional ?? false,
    check(v, path, errors) {
      const s = typeof v === 'string' ? v.trim() : ''
      const n = s === '' ? NaN : Number(s)
      if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) return put(errors, path, opts.integer ? '应为整数' : '应为数字')
      if (n < opts.min || n > opts.max) return put(errors, path, `应在 ${opts.min} 到 ${opts.max} 之间`)
      return n
    },
    describe: () => ({ type: opts.integer ? 'integer' : 'number', minimum: opts.min, maximum: opts.max }),
  }
}

export function bool(opts: { optional?: boolean } = {}): Schema<boolean> {
  return {
    optional: opts.optional ?? false,
    check(v, path, errors) {
      if (typeof v !== 'boolean') return put(errors, path, '格式不正确，应为是或否')
      return v
    },
    describe: () => ({ type: 'boolean' }),
  }
}

/** "true"/"false" in a query string. */
export function boolText(opts: { optional?: boolean } = {}): Schema<boolean> {
  return {
    optional: opts.optional ?? false,
    check(v, path, errors) {
      if (v !== 'true' && v !== 'false') return put(errors, path, '应为 true 或 false')
      return v === 'true'
    },
    describe: () => ({ type: 'boolean' }),
  }
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    optional: inner.optional,
    check: (v, path, errors) => (v === null ? null : inner.check(v, path, errors)),
    describe: () => ({ ...inner.describe(), nullable: true }),
  }
}

export function optional<T>(inner: Schema<T>): Schema<T> {
  return { ...inner, optional: true }
}

/** A fixed set of properties; unknown properties are refused (a typo is an error, not silence). */
export function obj<P extends Record<string, Schema>>(
  props: P,
  opts: { optional?: boolean } = {},
): Schema<{ [K in keyof P]?: P[K] extends Schema<infer T> ? T : never }> {
  return {
    optional: opts.optional ?? false,
    check(v, path, errors) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return put(errors, path, '格式不正确，应为对象')
      const o = v as Record<string, unknown>
      const out: Record<string, unknown> = {}
      let bad = false
      for (const k of Object.keys(o)) {
        if (!Object.prototype.hasOwnProperty.call(props, k)) {
          put(errors, join(path, k), '不认识的字段')
          bad = true
        }
      }
      for (const [k, schema] of Object.entries(props)) {
        const raw = Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined
        if (raw === undefined) {
          if (!schema.optional) {
            put(errors, join(path, k), '请填写此项')
            bad = true
          }
          continue
        }
        const before = Object.keys(errors).length
        const cleaned = schema.check(raw, join(path, k), errors)
        if (Object.keys(errors).length > before) bad = true
        else if (cleaned === '' && schema.optional) continue
        else out[k] = cleaned
      }
      return bad ? undefined : (out as never)
    },
    describe: () => ({
      type: 'object',
      properties: Object.fromEntries(Object.entries(props).map(([k, s]) => [k, s.describe()])),
      required: Object.entries(props)
        .filter(([, s]) => !s.optional)
        .map(([k]) => k),
    }),
  }
}

export function arr<T>(item: Schema<T>, opts: { max: number; optional?: boolean; maxMessage?: string }): Schema<T[]> {
  return {
    optional: opts.optional ?? false,
    check(v, path, errors) {
      if (!Array.isArray(v)) return put(errors, path, '格式不正确，应为列表')
      if (v.length > opts.max) return put(errors, path, opts.maxMessage ?? `最多 ${opts.max} 项`)
      const before = Object.keys(errors).length
      const out = v.map((x, i) => item.check(x, join(path, i), errors))
      return Object.keys(errors).length > before ? undefined : (out as T[])
    },
    describe: () => ({ type: 'array', items: item.describe() }),
  }
}

/** A map of free keys (form values, material slots); keys are bounded and never prototype names. */
export function record<T>(value: Schema<T>, opts: { maxKeys?: number; keyMax?: number; optional?: boolean } = {}): Schema<Record<string, T>> {
  return {
    optional: opts.optional ?? false,
    check(v, path, errors) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return put(errors, path, '格式不正确，应为对象')
      const entries = Object.entries(v as Record<string, unknown>)
      if (entries.length > (opts.maxKeys ?? 100)) return put(errors, path, '内容过多')
      const out: Record<string, T> = {}
      const before = Object.keys(errors).length
      for (const [k, x] of entries) {
        if (FORBIDDEN_KEYS.has(k) || k.length > (opts.keyMax ?? 64)) {
          put(errors, join(path, k.slice(0, 64)), '不认识的字段')
          continue
        }
        const cleaned = value.check(x, join(path, k), errors)
        if (cleaned !== undefined) out[k] = cleaned
      }
      return Object.keys(errors).length > before ? undefined : out
    },
    describe: () => ({ type: 'object' }),
  }
}

/**
 * Free-form JSON (form values, whose meaning the matter's form definition and the domain
 * rules check): bounded depth, bounded strings, no prototype keys, text cleaned.
 */
export function json(opts: { optional?: boolean; stringMax?: number; object?: boolean } = {}): Schema<unknown> {
  const max = opts.stringMax ?? 2_000
  const walk = (v: unknown, path: string, errors: Record<string, string>, depth: number): unknown => {
    if (depth > LIMITS.depth) return put(errors, path, '内容嵌套过深')
    if (typeof v === 'string') {
      const s = cleanText(v)
      return [...s].length > max ? put(errors, path, `不能超过 ${max} 个字`) : s
    }
    if (v === null || typeof v === 'boolean') return v
    if (typeof v === 'number') return Number.isFinite(v) ? v : put(errors, path, '格式不正确，应为数字')
    if (Array.isArray(v)) {
      if (v.length > LIMITS.keys) return put(errors, path, `最多 ${LIMITS.keys} 项`)
      return v.map((x, i) => walk(x, join(path, i), errors, depth + 1))
    }
    if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>)
      if (entries.length > LIMITS.keys) return put(errors, path, '内容过多')
      const out: Record<string, unknown> = {}
      for (const [k, x] of entries) {
        if (FORBIDDEN_KEYS.has(k) || k.length > 64) {
          put(errors, join(path, k.slice(0, 64)), '不认识的字段')
          continue
        }
        out[k] = walk(x, join(path, k), errors, depth + 1)
      }
      return out
    }
    return put(errors, path, '格式不正确')
  }
  return {
    optional: opts.optional ?? false,
    check(v, path, errors) {
      if (opts.object && (typeof v !== 'object' || v === null || Array.isArray(v))) return put(errors, path, '格式不正确，应为对象')
      const before = Object.keys(errors).length
      const out = walk(v, path, errors, 0)
      return Object.keys(errors).length > before ? undefined : out
    },
    describe: () => ({ type: opts.object ? 'object' : 'any' }),
  }
}

/** Depth of a parsed JSON value (iterative: a hostile 100 000-deep body cannot blow the stack). */
export function jsonDepth(v: unknown, limit: number): number {
  let max = 0
  const stack: Array<[unknown, number]> = [[v, 1]]
  while (stack.length) {
    const [x, d] = stack.pop()!
    if (x === null || typeof x !== 'object' || ArrayBuffer.isView(x)) continue
    if (d > max) max = d
    if (max > limit) return max
    for (const child of Object.values(x as Record<string, unknown>)) stack.push([child, d + 1])
  }
  return max
}

export interface RouteSchema {
  params?: Record<string, Schema<string>>
  query?: Record<string, Schema>
  /** headers the route reads (lower-case names) */
  headers?: Record<string, Schema<string>>
  /** null: the route takes no body (an empty object is accepted) */
  body?: Schema | null
}

/** Field-error message list → the first one, for `message`. */
export function firstError(errors: Record<string, string>): string {
  const [k, v] = Object.entries(errors)[0] ?? ['', '填写的信息有误']
  return k ? `${fieldLabel(k)}：${v}` : v
}

const LABELS: Record<string, string> = {
  name: '姓名',
  idNumber: '身份证号码',
  description: '描述',
  reason: '原因',
  address: '地址',
  relation: '关系',
  version: '版本号',
  categoryId: '类别',
  matterId: '事项',
  level: '评价',
  field: '字段',
  action: '操作',
}

function fieldLabel(path: string): string {
  const last = path.split('.').pop() ?? path
  return Object.prototype.hasOwnProperty.call(LABELS, last) ? LABELS[last] : path
}
