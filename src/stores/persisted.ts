/**
 * How a persisted store reads back what it wrote (after Bluesky social-app's
 * state/persisted/schema.ts). What is stored is a versioned envelope, zustand's
 * `{ state, version }`. On load:
 *  - a value written before the envelope (or without a version) counts as version 0;
 *  - migrations run from the stored version up to today's, one step per version;
 *  - the result is checked against the store's schema. Fields with a `s.fallback` get their
 *    default one by one, lists and maps with `dropInvalid` lose only the entries that do not
 *    fit, so a draft that can still be read is kept; anything else invalid gives the store's
 *    defaults;
 *  - `tidy` runs last on every load (e.g. dropping ID numbers from plain storage).
 * Unreadable or invalid data never throws: the store starts from its defaults and one line
 * is logged with the key and what kind of problem it was — never a stored value.
 */
import type { PersistOptions, PersistStorage, StateStorage, StorageValue } from 'zustand/middleware'
import { safeParse, type Schema } from '@/api/contract/schema'

export interface PersistedSpec<T> {
  key: string
  version: number
  schema: Schema<T>
  defaults: () => T
  /** migrations[n] turns version n's data into version n+1's; a version without one is unchanged */
  migrations?: Record<number, (data: unknown) => unknown>
  /** runs after validation on every load */
  tidy?: (data: T) => T
}

function warn(key: string, problem: string): void {
  // the key and the problem only: stored values may be personal
  console.warn(`[persisted] ${key}: ${problem}; starting from defaults`)
}

/** Stored data of any version → today's shape, or the defaults; never throws. */
export function loadPersisted<T>(spec: PersistedSpec<T>, stored: unknown, fromVersion: number): T {
  if (stored === undefined || stored === null) return spec.defaults()
  let data: unknown = stored
  try {
    for (let v = fromVersion; v < spec.version; v++) {
      const step = spec.migrations?.[v]
      if (step) data = step(data)
    }
  } catch {
    warn(spec.key, `migration from version ${fromVersion} failed`)
    return spec.defaults()
  }
  const parsed = safeParse(spec.schema, data)
  if (!parsed.ok) {
    warn(spec.key, `${parsed.issues.length} invalid value(s) at version ${fromVersion}`)
    return spec.defaults()
  }
  return spec.tidy ? spec.tidy(parsed.value) : parsed.value
}

/** a plain object (not null, not an array) */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function decode(key: string, raw: string | null): StorageValue<unknown> | null {
  if (raw === null) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    warn(key, 'stored text is not JSON')
    return null
  }
  if (isObject(value) && 'state' in value) return { state: value.state, version: typeof value.version === 'number' ? value.version : 0 }
  return { state: value, version: 0 }
}

/** zustand storage writing `{ state, version }` as JSON over a sync or async key-value storage. */
export function envelopeStorage<T>(storage: () => StateStorage): PersistStorage<T> {
  return {
    getItem: (key) => {
      const raw = storage().getItem(key)
      const read = (r: string | null) => decode(key, r) as StorageValue<T> | null
      return typeof raw === 'string' || raw === null ? read(raw) : Promise.resolve(raw).then(read)
    },
    setItem: (key, value) => storage().setItem(key, JSON.stringify(value)),
    removeItem: (key) => storage().removeItem(key),
  }
}

/** zustand `persist` options for a store whose persisted part is `T` (see the notes above). */
export function persistOptions<S, T>(
  spec: PersistedSpec<T>,
  storage: () => StateStorage,
  partialize: (state: S) => T,
): PersistOptions<S, T> {
  return {
    name: spec.key,
    version: spec.version,
    storage: envelopeStorage<T>(storage),
    partialize,
    // an older version: migrated and checked here, then checked again (cheaply) in merge
    migrate: (stored, version) => loadPersisted(spec, stored, version),
    // today's version is checked too: a half-written or hand-edited value must not crash start-up
    merge: (stored, current) => (stored === undefined ? current : { ...current, ...loadPersisted(spec, stored, spec.version) }),
  }
}
