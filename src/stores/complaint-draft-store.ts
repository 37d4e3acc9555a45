/**
 * Drafts of 随手拍 and 微诉求, one of each, persisted so a failed upload, a trip to sign-in or a
 * closed app never loses what the resident wrote. Holds only what the resident typed or chose
 * (no name, ID number or phone); the idempotency key lives with the draft so a double tap or a
 * retry files one case. Cleared once the case is created.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { newKey } from '@/lib/ids'
import { STORAGE_PREFIX, taroStorage } from '@/platform/storage'

export type DraftKind = 'snap' | 'complaint'

export type PhotoState = 'compressing' | 'ready' | 'uploading' | 'uploaded' | 'failed'

export interface DraftPhoto {
  id: string
  path: string
  size: number
  mime: string
  name: string
  state: PhotoState
  /** 0–100 while compressing or uploading */
  progress: number
  /** re-encoded (small, metadata stripped): only such a photo is ever uploaded */
  compressed?: boolean
  fileId?: string
  error?: string
}

export interface DraftLocation {
  lat: number
  lng: number
  address: string
  source: 'gps' | 'map'
}

export interface ComplaintDraftData {
  /** idempotency key of this draft: the same draft sent twice is one case */
  key: string
  categoryId: string | null
  description: string
  photos: DraftPhoto[]
  location: DraftLocation | null
  /** typed address: the fallback when there is no GPS fix, or extra detail */
  address: string
  /** the resident confirmed a location outside the community */
  outsideConfirmed: boolean
  matterId: string | null
  stuckAt: string
  anonymous: boolean
  public: boolean
  updatedAt: number
}

export function emptyDraft(): ComplaintDraftData {
  return {
    key: newKey('complaint'),
    categoryId: null,
    description: '',
    photos: [],
    location: null,
    address: '',
    outsideConfirmed: false,
    matterId: null,
    stuckAt: '',
    anonymous: false,
    public: true,
    updatedAt: 0,
  }
}

export const COMPLAINT_DRAFT_STORAGE_KEY = `${STORAGE_PREFIX}complaint-draft`
export const COMPLAINT_DRAFT_VERSION = 1

interface DraftState {
  drafts: Record<DraftKind, ComplaintDraftData>
  update(kind: DraftKind, patch: Partial<Omit<ComplaintDraftData, 'key'>>): void
  updatePhoto(kind: DraftKind, id: string, patch: Partial<DraftPhoto>): void
  /** after a case is created (or the resident starts over): a fresh draft with a new key */
  reset(kind: DraftKind): void
}

/** Photos mid-way when the app closed go back to a state the screen can resume from. */
function settle(p: DraftPhoto): DraftPhoto {
  if (p.state === 'uploaded' && p.fileId) return p
  if (p.state === 'compressing') return { ...p, state: 'failed', progress: 0, error: '照片处理被中断，请点重试' }
  if (p.state === 'uploading') return { ...p, state: 'ready', progress: 0 }
  return p
}

function sanitize(raw: unknown): ComplaintDraftData {
  const base = emptyDraft()
  if (!raw || typeof raw !== 'object') return base
  const d = raw as Partial<ComplaintDraftData>
  return {
    ...base,
    ...d,
    key: typeof d.key === 'string' && d.key ? d.key : base.key,
    photos: Array.isArray(d.photos) ? d.photos.filter((p) => p && typeof p.path === 'string').map(settle) : [],
  }
}

export function migrateComplaintDrafts(persisted: unknown, _version: number): { drafts: Record<DraftKind, ComplaintDraftData> } {
  const p = (persisted && typeof persisted === 'object' ? persisted : {}) as { drafts?: Record<string, unknown> }
  return { drafts: { snap: sanitize(p.drafts?.snap), complaint: sanitize(p.drafts?.complaint) } }
}

export const useComplaintDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: { snap: emptyDraft(), complaint: emptyDraft() },
      update: (kind, patch) =>
        set((s) => ({ drafts: { ...s.drafts, [kind]: { ...s.drafts[kind], ...patch, updatedAt: Date.now() } } })),
      updatePhoto: (kind, id, patch) =>
        set((s) => ({
          drafts: {
            ...s.drafts,
            [kind]: { ...s.drafts[kind], photos: s.drafts[kind].photos.map((p) => (p.id === id ? { ...p, ...patch } : p)) },
          },
        })),
      reset: (kind) => set((s) => ({ drafts: { ...s.drafts, [kind]: emptyDraft() } })),
    }),
    {
      name: COMPLAINT_DRAFT_STORAGE_KEY,
      version: COMPLAINT_DRAFT_VERSION,
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ drafts: s.drafts }),
      migrate: migrateComplaintDrafts,
      merge: (persisted, current) => ({ ...current, ...migrateComplaintDrafts(persisted, COMPLAINT_DRAFT_VERSION) }),
    },
  ),
)
