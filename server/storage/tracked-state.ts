/**
 * The core's `State` (maps of records it reads and changes synchronously inside a transaction)
 * as a cache whose changes are recorded, so a SQL storage can write exactly what a transaction
 * changed and undo it if the transaction does not commit.
 *
 * - `TrackedMap.set/delete` record the key;
 * - records read from a map while a transaction runs come back behind a Proxy that records
 *   their key when they are changed in place (`session.verified = true`, `list.push(link)`),
 *   however deep the change;
 * - the audit log (append-only) and the `seq` counters are compared with a snapshot.
 * The first change of a key in a transaction keeps a copy of its value before (the undo).
 */
import { emptyState, type State } from '@core/storage'

const ABSENT = Symbol('absent')
/** the before-image of a key that did not exist */
export const ABSENT_VALUE: unknown = ABSENT
type Before = unknown | typeof ABSENT

/** proxy → the object behind it and the record (map, key) it belongs to */
const targets = new WeakMap<object, { target: object; map: string; key: string }>()

export class Tracker {
  /** map name → key → value before this transaction's first change (ABSENT = was not there) */
  readonly before = new Map<string, Map<string, Before>>()
  readonly auditLength: number
  readonly seq: Record<string, number>
  readonly proxies = new WeakMap<object, object>()

  constructor(state: State) {
    this.auditLength = state.audit.length
    this.seq = { ...state.seq }
  }

  touch(map: TrackedMap<unknown>, key: string): void {
    let m = this.before.get(map.name)
    if (!m) this.before.set(map.name, (m = new Map()))
    if (m.has(key)) return
    const current = map.rawGet(key)
    m.set(key, current === undefined ? ABSENT : structuredClone(current))
  }

  /** did this transaction change anything? */
  wrote(state: State): boolean {
    if (this.before.size || state.audit.length !== this.auditLength) return true
    return changedSeq(this.seq, state.seq).length > 0
  }

  /** puts the cache back as it was before this transaction */
  revert(state: TrackedState): void {
    for (const [name, keys] of this.before) {
      const map = state.maps.get(name)!
      for (const [key, value] of keys) {
        if (value === ABSENT) map.rawDelete(key)
        else map.rawSet(key, value)
      }
    }
    state.audit.length = Math.min(state.audit.length, this.auditLength)
    for (const k of Object.keys(state.seq)) if (!(k in this.seq)) delete state.seq[k]
    Object.assign(state.seq, this.seq)
  }
}

export function changedSeq(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after).filter((k) => before[k] !== after[k])
}

export interface Holder {
  tracker: Tracker | null
}

export class TrackedMap<V> extends Map<string, V> {
  constructor(
    readonly name: string,
    private readonly holder: Holder,
  ) {
    super()
  }

  rawGet(key: string): V | undefined {
    return super.get(key)
  }
  rawSet(key: string, value: V): void {
    super.set(key, value)
  }
  rawDelete(key: string): void {
    super.delete(key)
  }
  *rawEntries(): IterableIterator<[string, V]> {
    yield* super.entries()
  }

  override get(key: string): V | undefined {
    const v = super.get(key)
    const t = this.holder.tracker
    return t && v !== null && typeof v === 'object' ? (proxyFor(v, this, key, t) as V) : v
  }

  override set(key: string, value: V): this {
    const t = this.holder.tracker
    if (!t) return super.set(key, value)
    t.touch(this as TrackedMap<unknown>, key)
    // parts of other records are copied, so two keys never share an object
    return super.set(key, unwrapDeep(value, this.name, key) as V)
  }

  override delete(key: string): boolean {
    const t = this.holder.tracker
    if (t && super.has(key)) t.touch(this as TrackedMap<unknown>, key)
    return super.delete(key)
  }

  override clear(): void {
    for (const k of [...super.keys()]) this.delete(k)
  }

  override *entries(): IterableIterator<[string, V]> {
    for (const [k] of super.entries()) yield [k, this.get(k) as V]
  }
  override *values(): IterableIterator<V> {
    for (const [k] of super.entries()) yield this.get(k) as V
  }
  override [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries()
  }
  override forEach(cb: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this)
  }
}

function proxyFor(target: object, map: TrackedMap<unknown>, key: string, tracker: Tracker): object {
  const cached = tracker.proxies.get(target)
  if (cached) return cached
  const proxy = new Proxy(target, {
    get(t, prop) {
      const v = Reflect.get(t, prop, t)
      // frozen records (audit entries) cannot change; the Proxy invariants forbid wrapping their values
      if (v !== null && typeof v === 'object' && !Object.isFrozen(t)) return proxyFor(v, map, key, tracker)
      return v
    },
    set(t, prop, value) {
      tracker.touch(map, key)
      return Reflect.set(t, prop, unwrapDeep(value, map.name, key), t)
    },
    deleteProperty(t, prop) {
      tracker.touch(map, key)
      return Reflect.deleteProperty(t, prop)
    },
    defineProperty(t, prop, desc) {
      tracker.touch(map, key)
      return Reflect.defineProperty(t, prop, { ...desc, ...('value' in desc ? { value: unwrapDeep(desc.value, map.name, key) } : {}) })
    },
  })
  targets.set(proxy, { target, map: map.name, key })
  tracker.proxies.set(target, proxy)
  return proxy
}

/**
 * The value with every Proxy replaced by what is behind it — shared when it belongs to the same
 * record (map, key) the value is stored under, copied when it belongs to another record — in
 * place where the object allows it (so code that keeps changing its object after storing it
 * changes the stored one, as with plain maps).
 */
export function unwrapDeep(v: unknown, map: string, key: string): unknown {
  if (v === null || typeof v !== 'object') return v
  const info = targets.get(v)
  if (info) return info.map === map && info.key === key ? info.target : structuredClone(info.target)
  const o = v as Record<string, unknown>
  let out: Record<string, unknown> | null = null
  for (const k of Object.keys(o)) {
    const child = o[k]
    if (child === null || typeof child !== 'object') continue
    const u = unwrapDeep(child, map, key)
    if (u === child) continue
    if (!Object.isFrozen(o)) o[k] = u
    else (out ??= (Array.isArray(o) ? [...o] : { ...o }) as Record<string, unknown>)[k] = u
  }
  return out ?? o
}

export interface TrackedState extends State {
  /** every map of the state by its field name */
  readonly maps: Map<string, TrackedMap<unknown>>
}

/** A State whose maps are TrackedMaps (every Map field of `emptyState()`, including ones added later). */
export function trackedState(holder: Holder): TrackedState {
  const base = emptyState() as unknown as Record<string, unknown>
  const maps = new Map<string, TrackedMap<unknown>>()
  for (const [name, value] of Object.entries(base)) {
    if (value instanceof Map) {
      const m = new TrackedMap<unknown>(name, holder)
      maps.set(name, m)
      base[name] = m
    }
  }
  Object.defineProperty(base, 'maps', { value: maps, enumerable: false })
  return base as unknown as TrackedState
}
