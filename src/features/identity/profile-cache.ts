/**
 * The verified resident's profile, in memory only (never persisted): fetched after a
 * server-confirmed verification, forgotten on sign-out or when another user signs in.
 */
import { getApi, type Profile } from '@/api'
import { useSessionStore } from '@/stores/session-store'

let cached: { userId: string; profile: Profile } | null = null
let inflight: { userId: string; promise: Promise<Profile> } | null = null
const listeners = new Set<() => void>()

export function cachedProfile(userId: string | undefined): Profile | null {
  return cached && userId && cached.userId === userId ? cached.profile : null
}

export function rememberProfile(userId: string, profile: Profile): void {
  cached = { userId, profile }
  listeners.forEach((l) => l())
}

export function clearProfileCache(): void {
  cached = null
  inflight = null
  listeners.forEach((l) => l())
}

export function onProfileCacheChange(l: () => void): () => void {
  listeners.add(l)
  return () => listeners.delete(l)
}

/** One request at a time per user; `fresh` skips the cache (reload). */
export function loadProfile(userId: string, fresh = false): Promise<Profile> {
  const hit = fresh ? null : cachedProfile(userId)
  if (hit) return Promise.resolve(hit)
  if (inflight && inflight.userId === userId && !fresh) return inflight.promise
  const promise = getApi()
    .getProfile()
    .then((p) => {
      if (useSessionStore.getState().session?.user.id === userId) rememberProfile(userId, p)
      return p
    })
    .finally(() => {
      if (inflight?.promise === promise) inflight = null
    })
  inflight = { userId, promise }
  return promise
}

// a different user (or nobody, or an unverified session) must never see the last one's data
useSessionStore.subscribe((s, prev) => {
  const user = s.session?.user
  if (!user || !user.verified || user.id !== prev.session?.user.id) {
    if (cached && cached.userId !== (user?.verified ? user.id : undefined)) clearProfileCache()
  }
})
