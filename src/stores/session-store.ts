/**
 * Session tokens and the signed-in user (masked display name only). Persisted so a restart
 * keeps the resident signed in — in WeChat's encrypted storage on weapp
 * (platform/secure-storage) — and no ID number, full name or phone is ever stored here.
 * The api layer reads and refreshes tokens through `sessionTokenStore`.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { TokenStore } from '@/api/contract'
import type { Session, User } from '@/api/contract/types'
import { secureStorage } from '@/platform/secure-storage'
import { STORAGE_PREFIX, wipeAppStorage } from '@/platform/storage'

interface SessionState {
  session: Session | null
  setSession(session: Session | null): void
  /** mirror the user the server now reports (e.g. verified after a server-confirmed face check) */
  setUser(user: User): void
  /** sign-out: forget tokens and wipe every key this app wrote */
  clear(): void
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
    {
      name: `${STORAGE_PREFIX}session`,
      version: 1,
      storage: createJSONStorage(() => secureStorage),
      partialize: (s) => ({ session: s.session }),
      migrate: (persisted, version) => (version < 1 ? { session: null } : (persisted as { session: Session | null })),
    },
  ),
)

export const sessionTokenStore: TokenStore = {
  get: () => useSessionStore.getState().session,
  set: (session) => useSessionStore.getState().setSession(session),
}
