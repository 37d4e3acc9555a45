/**
 * Session tokens and the signed-in user (masked display name only). Persisted so a restart
 * keeps the resident signed in — in WeChat's encrypted storage on weapp
 * (platform/secure-storage) — and no ID number, full name or phone is ever stored here.
 * The api layer reads and refreshes tokens through `sessionTokenStore`.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { TokenStore } from '@/api/contract'
import type { Session, User } from '@/api/contract/types'
import { s } from '@/api/contract/schema'
import { SessionSchema } from '@/api/contract/types'
import { secureStorage } from '@/platform/secure-storage'
import { wipeAppStorage } from '@/platform/storage'
import { persistOptions, type PersistedSpec } from './persisted'
import { STORAGE_KEYS } from './storage-keys'

interface SessionState {
  session: Session | null
  setSession(session: Session | null): void
  /** mirror the user the server now reports (e.g. verified after a server-confirmed face check) */
  setUser(user: User): void
  /** sign-out: forget tokens and wipe every key this app wrote */
  clear(): void
}

interface PersistedSession {
  session: Session | null
}

/**
 * Version 1: the session as the server sent it (tokens, masked user). A version 0 session is
 * dropped (the resident signs in again), and so is one that does not fit today's shape.
 */
const SESSION: PersistedSpec<PersistedSession> = {
  key: STORAGE_KEYS.session,
  version: 1,
  schema: s.object({ session: s.fallback(s.nullable(SessionSchema), () => null) }, { strip: true }),
  defaults: () => ({ session: null }),
  migrations: { 0: () => ({ session: null }) },
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      session: null,
      setSession: (session) => set({ session }),
      setUser: (user) => set((s) => (s.session ? { session: { ...s.session, user } } : s)),
      clear: () => {
        set({ session: null })
        wipeAppStorage()
      },
    }),
    persistOptions(SESSION, () => secureStorage, (st): PersistedSession => ({ session: st.session })),
  ),
)

export const sessionTokenStore: TokenStore = {
  get: () => useSessionStore.getState().session,
  set: (session) => useSessionStore.getState().setSession(session),
}
