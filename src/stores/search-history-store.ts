/**
 * Recent searches (最近搜索): at most 10, newest first, no duplicates, persisted as
 * `sqt:search-history`. A query is what a resident typed, so it may hold personal data: a query
 * that is or contains an ID number, a mobile number or any long run of digits is never stored.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { validateIdNumber, validatePhone } from '@/domain/identity'
import { taroStorage } from '@/platform/storage'

export const SEARCH_HISTORY_KEY = 'sqt:search-history'
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

/** Any stored shape → a clean list: strings only, storable, deduplicated, at most 10. */
export function migrateSearchHistory(persisted: unknown, _fromVersion: number): PersistedSearchHistory {
  const raw = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>).queries : []
  const queries: string[] = []
  for (const q of Array.isArray(raw) ? raw : []) {
    if (typeof q !== 'string' || !isStorableQuery(q)) continue
    const n = normalise(q)
    if (!queries.includes(n)) queries.push(n)
    if (queries.length >= SEARCH_HISTORY_MAX) break
  }
  return { queries }
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
      {
        name: SEARCH_HISTORY_KEY,
        version: SEARCH_HISTORY_VERSION,
        storage: createJSONStorage(() => taroStorage),
        partialize: (s): PersistedSearchHistory => ({ queries: s.queries }),
        migrate: migrateSearchHistory,
        merge: (persisted, current) => ({ ...current, ...migrateSearchHistory(persisted, SEARCH_HISTORY_VERSION) }),
      },
    ),
  )
}

export const useSearchHistoryStore = createSearchHistoryStore()
