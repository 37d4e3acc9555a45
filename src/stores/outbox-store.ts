/**
 * The app's one outbox (src/api/outbox.ts), persisted under sqt:outbox and drained when the
 * network comes back (platform/network). Entries hold what the resident submitted — the same
 * text their drafts hold, never the government facts the server fills in — and are wiped with
 * the rest of the app's storage at sign-out.
 */
import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'
import { getApi } from '@/api'
import { Outbox, type OutboxEntry, type OutboxPersistence } from '@/api/outbox'
import { watchNetwork } from '@/platform/network'
import { STORAGE_PREFIX } from '@/platform/storage'
import { useSessionStore } from './session-store'

/** One outbox per signed-in user: a submission is only ever sent with its author's session. */
export const outboxStorageKey = (userId: string) => `${STORAGE_PREFIX}outbox:${userId}`

/** wx storage: a full phone (10 MB limit) throws on write; reported instead of swallowed. */
export function taroOutboxPersistence(key: string): OutboxPersistence {
  return {
    load() {
      try {
        const raw = Taro.getStorageSync(key)
        const parsed = typeof raw === 'string' && raw ? (JSON.parse(raw) as { v: number; entries: OutboxEntry[] }) : null
        return parsed?.v === 1 && Array.isArray(parsed.entries) ? parsed.entries : []
      } catch {
        return []
      }
    },
    save(entries) {
      try {
        if (entries.length === 0) Taro.removeStorageSync(key)
        else Taro.setStorageSync(key, JSON.stringify({ v: 1, entries }))
        return true
      } catch {
        return false
      }
    },
  }
}

let outbox: { owner: string; box: Outbox } | null = null
let unwatch: (() => void) | null = null

/** The signed-in user's outbox (an empty, unsaved one when nobody is signed in). */
export function getOutbox(): Outbox {
  const owner = useSessionStore.getState().session?.user.id ?? ''
  if (outbox && outbox.owner === owner) return outbox.box
  unwatch?.()
  const box = new Outbox({
    api: getApi,
    persistence: owner ? taroOutboxPersistence(outboxStorageKey(owner)) : { load: () => [], save: () => true },
  })
  outbox = { owner, box }
  unwatch = watchNetwork((online) => box.setOnline(online))
  // whatever a previous run left (killed, offline) goes out now
  if (owner && box.entries().some((e) => e.state === 'pending')) void box.drain()
  return box
}

// another user (or nobody) signed in: the next getOutbox() opens that user's outbox
useSessionStore.subscribe((s, prev) => {
  if (s.session?.user.id !== prev.session?.user.id) resetOutbox()
})

/** Drop the in-memory outbox (tests; a user change). Stored entries stay for their owner. */
export function resetOutbox(): void {
  unwatch?.()
  unwatch = null
  outbox = null
}

const EMPTY: readonly OutboxEntry[] = []

/** The entries, re-rendering on every change (待发送 / 发送中 / 已送达). */
export function useOutboxEntries(): readonly OutboxEntry[] {
  return useSyncExternalStore(
    (fn) => getOutbox().subscribe(fn),
    () => getOutbox().entries(),
    () => EMPTY,
  )
}

/** false while the platform reports no network (the offline banner). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (fn) => getOutbox().subscribe(fn),
    () => getOutbox().isOnline,
    () => true,
  )
}
