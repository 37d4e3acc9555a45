/**
 * A tiny runtime schema kit (about 1 KB minified) for what crosses the wire and what the
 * persisted stores read back (src/stores/persisted.ts). Types are inferred from schemas, so
 * each shape is written once. We avoid zod here because every kilobyte counts in the
 * mini-program main package. Issue messages are for logs and tests, never shown to people
 * (a bad response becomes ApiError 'bad-response', which carries the Chinese message).
 */
export type Issue = { path: string; message: string }

export interface Schema<T> {
  readonly kind: string
  /** Returns the parsed value or pushes issues; never throws. */
  check(input: unknown, path: string, issues: Issue[]): T
}

export type Infer<S> = S extends Schema<infer T> ? T : never

function make<T>(kind: string, check: Schema<T>['check']): Schema<T> {
  return { kind, check }
}

const fail = (issues: Issue[], path: string, message: string) => {
  issues.push({ path: path || '(root)', message })
  return undefined as never
}

export const s = {
  string: () => make<string>('string', (v, p, i) => (typeof v === 'string' ? v : fail(i, p, 'expected string'))),
  number: () =>
    make<number>('number', (v, p, i) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(i, p, 'expected number'))),
  boolean: () => make<boolean>('boolean', (v, p, i) => (typeof v === 'boolean' ? v : fail(i, p, 'expected boolean'))),
  unknown: () => make<unknown>('unknown', (v) => v),
  literal: <L extends string | number | boolean>(lit: L) =>
    make<L>('literal', (v, p, i) => (v === lit ? (v as L) : fail(i, p, `expected ${JSON.stringify(lit)}`))),
  enum: <E extends readonly string[]>(values: E) =>
    make<E[number]>('enum', (v, p, i) =>
      typeof v === 'string' && values.includes(v) ? (v as E[number]) : fail(i, p, `expected one of ${values.join('|')}`),
    ),
  optional: <T>(inner: Schema<T>) =>
    make<T | undefined>('optional', (v, p, i) => (v === undefined ? undefined : inner.check(v, p, i))),
  nullable: <T>(inner: Schema<T>) => make<T | null>('nullable', (v, p, i) => (v === null ? null : inner.check(v, p, i))),
  /** `dropInvalid`: items that do not fit are left out instead of failing the list */
  array: <T>(inner: Schema<T>, opts: Each = {}) =>
    make<T[]>('array', (v, p, i) => {
      if (!Array.isArray(v)) return fail(i, p, 'expected array')
      const out: T[] = []
      v.forEach((x, n) => each(inner, x, `${p}[${n}]`, i, opts, (y) => out.push(y)))
      return out
    }),
  /** `dropInvalid`: entries that do not fit are left out instead of failing the map */
  record: <T>(inner: Schema<T>, opts: Each = {}) =>
    make<Record<string, T>>('record', (v, p, i) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(i, p, 'expected object')
      const out: Record<string, T> = {}
      for (const [k, x] of Object.entries(v)) if (k !== '__proto__') each(inner, x, `${p}.${k}`, i, opts, (y) => (out[k] = y))
      return out
    }),
  /**
   * Unknown keys pass through by default (servers add fields before clients learn them);
   * `strip` leaves them out (persisted stores keep only what today's shape has).
   */
  object: <Shape extends Record<string, Schema<unknown>>>(shape: Shape, opts: { strip?: boolean } = {}) =>
    make<{ [K in keyof Shape as undefined extends Infer<Shape[K]> ? never : K]: Infer<Shape[K]> } & {
      [K in keyof Shape as undefined extends Infer<Shape[K]> ? K : never]?: Infer<Shape[K]>
    }>('object', (v, p, i) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(i, p, 'expected object')
      const src = v as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(shape)) {
        const val = shape[key].check(src[key], p ? `${p}.${key}` : key, i)
        if (val !== undefined) out[key] = val
      }
      if (!opts.strip) for (const key of Object.keys(src)) if (!(key in shape)) out[key] = src[key]
      return out as never
    }),
  union: <A, B>(a: Schema<A>, b: Schema<B>) =>
    make<A | B>('union', (v, p, i) => {
      const first: Issue[] = []
      const x = a.check(v, p, first)
      if (!first.length) return x
      const second: Issue[] = []
      const y = b.check(v, p, second)
      if (!second.length) return y
      i.push(...second)
      return undefined as never
    }),
  /** one of several object shapes told apart by a text tag, e.g. validators by `kind` */
  tagged: <Tag extends string, M extends Record<string, Schema<object>>>(tag: Tag, variants: M) =>
    make<{ [K in keyof M]: { [T in Tag]: K } & Infer<M[K]> }[keyof M]>('tagged', (v, p, i) => {
      const t = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[tag] : undefined
      if (typeof t !== 'string' || !Object.prototype.hasOwnProperty.call(variants, t))
        return fail(i, p ? `${p}.${tag}` : tag, `expected one of ${Object.keys(variants).join('|')}`)
      return { ...variants[t].check(v, p, i), [tag]: t } as never
    }),
  /** `inner` with a rule of its own on top, e.g. text that must not be empty */
  refine: <T>(inner: Schema<T>, test: (value: T) => boolean, message: string) =>
    make<T>('refine', (v, p, i) => {
      const before = i.length
      const x = inner.check(v, p, i)
      return i.length > before || test(x) ? x : fail(i, p, message)
    }),
  /** `inner`, or the default when the value is missing or does not fit (reported as no issue) */
  fallback: <T>(inner: Schema<T>, byDefault: () => T) =>
    make<T>('fallback', (v, p) => {
      const own: Issue[] = []
      const x = inner.check(v, p, own)
      return own.length ? byDefault() : x
    }),
}

type Each = { dropInvalid?: boolean }

function each<T>(inner: Schema<T>, x: unknown, path: string, issues: Issue[], opts: Each, keep: (y: T) => void): void {
  const own: Issue[] = []
  const y = inner.check(x, path, own)
  if (own.length && opts.dropInvalid) return
  issues.push(...own)
  keep(y)
}

export class SchemaError extends Error {
  constructor(
    readonly what: string,
    readonly issues: Issue[],
  ) {
    super(`${what}: ${issues.slice(0, 3).map((x) => `${x.path} ${x.message}`).join('; ')}`)
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] }

/** The value, or the issues: for callers that turn a bad value into a state of their own. */
export function safeParse<T>(schema: Schema<T>, input: unknown): Parsed<T> {
  const issues: Issue[] = []
  const value = schema.check(input, '', issues)
  return issues.length ? { ok: false, issues } : { ok: true, value }
}

export function parse<T>(schema: Schema<T>, input: unknown, what = 'response'): T {
  const issues: Issue[] = []
  const value = schema.check(input, '', issues)
  if (issues.length) throw new SchemaError(what, issues)
  return value
}
