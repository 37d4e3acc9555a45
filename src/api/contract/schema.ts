/**
 * A tiny runtime schema kit (a few hundred bytes minified) for validating what crosses
 * the wire. Types are inferred from schemas, so each response shape is written once.
 * We avoid zod here because every kilobyte counts in the mini-program main package.
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
  array: <T>(inner: Schema<T>) =>
    make<T[]>('array', (v, p, i) =>
      Array.isArray(v) ? v.map((x, n) => inner.check(x, `${p}[${n}]`, i)) : fail(i, p, 'expected array'),
    ),
  record: <T>(inner: Schema<T>) =>
    make<Record<string, T>>('record', (v, p, i) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(i, p, 'expected object')
      const out: Record<string, T> = {}
      for (const [k, x] of Object.entries(v)) out[k] = inner.check(x, `${p}.${k}`, i)
      return out
    }),
  object: <Shape extends Record<string, Schema<unknown>>>(shape: Shape) =>
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
      // unknown keys pass through untouched: servers add fields before clients learn them
      for (const key of Object.keys(src)) if (!(key in shape)) out[key] = src[key]
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
}

export class SchemaError extends Error {
  constructor(
    readonly what: string,
    readonly issues: Issue[],
  ) {
    super(`${what}: ${issues.slice(0, 3).map((x) => `${x.path} ${x.message}`).join('; ')}`)
  }
}

export function parse<T>(schema: Schema<T>, input: unknown, what = 'response'): T {
  const issues: Issue[] = []
  const value = schema.check(input, '', issues)
  if (issues.length) throw new SchemaError(what, issues)
  return value
}
