/**
 * A worker's own reply templates, on this phone, per worker (a shared counter phone keeps each
 * worker's set apart). Persisted as sqt:worker-replies, version 1, read back through the
 * persisted-store loader: a template that does not fit is dropped alone.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { s as schema } from '@/api/contract/schema'
import { taroStorage } from '@/platform/storage'
import { persistOptions, type PersistedSpec } from '@/stores/persisted'
import { STORAGE_KEYS } from '@/stores/storage-keys'

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

const TemplateSchema = schema.object({ id: schema.string(), scope: schema.string(), field: schema.string(), text: schema.string() }, { strip: true })

/** Version 1: templates per worker id (version 0 was never written: it starts empty). */
const REPLIES: PersistedSpec<{ byWorker: Record<string, OwnTemplate[]> }> = {
  key: STORAGE_KEYS.workerReplies,
  version: 1,
  schema: schema.object(
    { byWorker: schema.fallback(schema.record(schema.array(TemplateSchema, { dropInvalid: true }), { dropInvalid: true }), () => ({})) },
    { strip: true },
  ),
  defaults: () => ({ byWorker: {} }),
  migrations: { 0: () => ({ byWorker: {} }) },
}

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
    persistOptions(REPLIES, () => taroStorage, (s) => ({ byWorker: s.byWorker })),
  ),
)
