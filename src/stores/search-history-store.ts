/**
 * Recent searches (最近搜索): at most 10, newest first, no duplicates, persisted as
 * `sqt:search-history`. A query is what a resident typed, so it may hold personal data: a query
 * that is or contains an ID number, a mobile number or any long run of digits is never stored.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { s } from '@/api/contract/schema'
import { validateIdNumber, validatePhone } from '@/domain/identity'
import { taroStorage } from '@/platform/storage'
import { loadPersisted, persistOptions, type PersistedSpec } from './persisted'
import { STORAGE_KEYS } from './storage-keys'

export const SEARCH_HISTORY_KEY = STORAGE_KEYS.searchHistory
export const SEARCH_HISTORY_VERSION = 1
export const SEARCH_HISTORY_MAX = 10
/** Longer text is a pasted message, not a search worth offering again. */
const MAX_QUERY_LENGTH = 40
/** 7+ digits (with separators) may be a phone, ID, bank card or licence number: never kept. */
const LONG_DIGITS = /[0-9０-９](?:[\s\-－]*[0-9０-９xX]){6,}/

export interface PersistedSearchHistory {
  queries: string[]
}

export interface SearchHistoryState extends PersistedSearchHistory {
  /** Records a query (trimmed) at the front; ignores empty and PII-looking ones. */
  add(query: string): void
  remove(query: string): void
  clear(): void
}

/** Whether a query may be kept in 最近搜索: not empty, not too long, no ID number or phone in it. */
export function isStorableQuery(query: string): boolean {
  const q = (query ?? '').trim()
  if (!q || q.length > MAX_QUERY_LENGTH) return false
  if (validateIdNumber(q).ok || validatePhone(q).ok) return false
  return !LONG_DIGITS.test(q)
}

function normalise(query: string): string {
  return query.trim().replace(/\s+/g, ' ')
}

/** Version 1: the queries, newest first. A query that is not text is left out. */
const SEARCH_HISTORY: PersistedSpec<PersistedSearchHistory> = {
  key: SEARCH_HISTORY_KEY,
  version: SEARCH_HISTORY_VERSION,
  schema: s.object({ queries: s.fallback(s.array(s.string(), { dropInvalid: true }), () => []) }, { strip: true }),
  defaults: () => ({ queries: [] }),
  // storable (no ID number or phone), deduplicated, at most 10
  tidy: ({ queries }) => ({
    queries: [...new Set(queries.filter(isStorableQuery).map(normalise))].slice(0, SEARCH_HISTORY_MAX),
  }),
}

/** Any stored shape → a clean list: strings only, storable, deduplicated, at most 10. */
export function migrateSearchHistory(persisted: unknown, fromVersion: number): PersistedSearchHistory {
  return loadPersisted(SEARCH_HISTORY, persisted, fromVersion)
}

/** A fresh store over the persisted value (tests re-create it to prove persistence). */
export function createSearchHistoryStore() {
  return create<SearchHistoryState>()(
    persist(
      (set, get) => ({
        queries: [],
        add: (query) => {
          if (!isStorableQuery(query)) return
          const q = normalise(query)
          set({ queries: [q, ...get().queries.filter((x) => x !== q)].slice(0, SEARCH_HISTORY_MAX) })
        },
        remove: (query) => set({ queries: get().queries.filter((x) => x !== query) }),
        clear: () => set({ queries: [] }),
      }),
      persistOptions(SEARCH_HISTORY, () => taroStorage, (st): PersistedSearchHistory => ({ queries: st.queries })),
    ),
  )
}

export const useSearchHistoryStore = createSearchHistoryStore()
