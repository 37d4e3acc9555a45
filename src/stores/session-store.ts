/**
 * Session tokens and the signed-in user (masked display name only). Persisted so a restart
 * keeps the resident signed in; no ID number, full name or phone is ever stored here.
 * The api layer reads and refreshes tokens through `sessionTokenStore`.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { TokenStore } from '@/api/client'
import type { Session } from '@/api/types'
import { STORAGE_PREFIX, taroStorage, wipeAppStorage } from '@/platform/storage'

interface SessionState {
  session: Session | null
  setSession(session: Session | null): void
  /** sign-out: forget tokens and wipe every key this app wrote */
  clear(): void
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      session: null,
      setSession: (session) => set({ session }),
      clear: () => {
        set({ session: null })
        wipeAppStorage()
      },
    }),
    {
      name: `${STORAGE_PREFIX}session`,
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ session: s.session }),
      migrate: (persisted, version) => (version < 1 ? { session: null } : (persisted as { session: Session | null })),
    },
  ),
)

export const sessionTokenStore: TokenStore = {
  get: () => useSessionStore.getState().session,
  set: (session) => useSessionStore.getState().setSession(session),
}
