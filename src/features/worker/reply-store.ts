/**
 * A worker's own reply templates, on this phone, per worker (a shared counter phone keeps each
 * worker's set apart). Persisted as sqt:worker-replies with a version and migration.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { STORAGE_PREFIX, taroStorage } from '@/platform/storage'

export interface OwnTemplate {
  id: string
  scope: string
  field: string
  text: string
}

interface ReplyState {
  byWorker: Record<string, OwnTemplate[]>
  add(workerId: string, t: Omit<OwnTemplate, 'id'>): void
  remove(workerId: string, id: string): void
}

export const MAX_OWN_TEMPLATES = 30

export const useReplyStore = create<ReplyState>()(
  persist(
    (set) => ({
      byWorker: {},
      add: (workerId, t) =>
        set((s) => {
          const mine = s.byWorker[workerId] ?? []
          if (mine.some((x) => x.scope === t.scope && x.field === t.field && x.text === t.text)) return s
          const next = [...mine, { ...t, id: `own-${Date.now().toString(36)}-${mine.length}` }].slice(
            -MAX_OWN_TEMPLATES,
          )
          return { byWorker: { ...s.byWorker, [workerId]: next } }
        }),
      remove: (workerId, id) =>
        set((s) => ({
          byWorker: { ...s.byWorker, [workerId]: (s.byWorker[workerId] ?? []).filter((x) => x.id !== id) },
        })),
    }),
    {
      name: `${STORAGE_PREFIX}worker-replies`,
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ byWorker: s.byWorker }),
      migrate: (persisted, version) =>
        version < 1 || !persisted ? { byWorker: {} } : (persisted as { byWorker: Record<string, OwnTemplate[]> }),
    },
  ),
)
