/**
 * Drafts of 随手拍 and 微诉求, one of each, persisted so a failed upload, a trip to sign-in or a
 * closed app never loses what the resident wrote. Holds only what the resident typed or chose
 * (no name, ID number or phone); the idempotency key lives with the draft so a double tap or a
 * retry files one case. Cleared once the case is created.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { s, type Schema } from '@/api/contract/schema'
import { newKey } from '@/lib/ids'
import { taroStorage } from '@/platform/storage'
import { loadPersisted, persistOptions, type PersistedSpec } from './persisted'
import { STORAGE_KEYS } from './storage-keys'

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

export const COMPLAINT_DRAFT_STORAGE_KEY = STORAGE_KEYS.complaintDrafts
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

const or = <T>(inner: Schema<T>, byDefault: T) => s.fallback(inner, () => byDefault)
const text = (byDefault = '') => or(s.string(), byDefault)
const PHOTO_STATES = ['compressing', 'ready', 'uploading', 'uploaded', 'failed'] as const

/** A photo without its id or path cannot be shown or retried: it is left out. */
const PhotoSchema: Schema<DraftPhoto> = s.object(
  {
    id: s.string(),
    path: s.string(),
    size: or(s.number(), 0),
    mime: text('image/jpeg'),
    name: text(),
    state: or(s.enum(PHOTO_STATES), 'failed'),
    progress: or(s.number(), 0),
    compressed: s.optional(s.boolean()),
    fileId: s.optional(s.string()),
    error: s.optional(s.string()),
  },
  { strip: true },
)

/** Every field has its own default, so whatever is still readable of a draft is kept. */
const DraftSchema: Schema<ComplaintDraftData> = s.fallback(
  s.object(
    {
      key: s.fallback(
        s.refine(s.string(), (k) => k !== '', 'empty key'),
        () => newKey('complaint'),
      ),
      categoryId: or(s.nullable(s.string()), null),
      description: text(),
      photos: or(s.array(PhotoSchema, { dropInvalid: true }), []),
      location: or(
        s.nullable(
          s.object(
            { lat: s.number(), lng: s.number(), address: s.string(), source: s.enum(['gps', 'map'] as const) },
            { strip: true },
          ),
        ),
        null,
      ),
      address: text(),
      outsideConfirmed: or(s.boolean(), false),
      matterId: or(s.nullable(s.string()), null),
      stuckAt: text(),
      anonymous: or(s.boolean(), false),
      public: or(s.boolean(), true),
      updatedAt: or(s.number(), 0),
    },
    { strip: true },
  ),
  emptyDraft,
)

type PersistedComplaintDrafts = { drafts: Record<DraftKind, ComplaintDraftData> }

/** Version 1 (version 0 had the same shape). */
const COMPLAINT_DRAFTS: PersistedSpec<PersistedComplaintDrafts> = {
  key: COMPLAINT_DRAFT_STORAGE_KEY,
  version: COMPLAINT_DRAFT_VERSION,
  schema: s.object(
    {
      drafts: s.fallback(s.object({ snap: DraftSchema, complaint: DraftSchema }, { strip: true }), () => ({
        snap: emptyDraft(),
        complaint: emptyDraft(),
      })),
    },
    { strip: true },
  ),
  defaults: () => ({ drafts: { snap: emptyDraft(), complaint: emptyDraft() } }),
  tidy: ({ drafts }) => ({
    drafts: {
      snap: { ...drafts.snap, photos: drafts.snap.photos.map(settle) },
      complaint: { ...drafts.complaint, photos: drafts.complaint.photos.map(settle) },
    },
  }),
}

export function migrateComplaintDrafts(persisted: unknown, version: number): PersistedComplaintDrafts {
  return loadPersisted(COMPLAINT_DRAFTS, persisted, version)
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
            [kind]: {
              ...s.drafts[kind],
              photos: s.drafts[kind].photos.map((p) => (p.id === id ? { ...p, ...patch } : p)),
            },
          },
        })),
      reset: (kind) => set((s) => ({ drafts: { ...s.drafts, [kind]: emptyDraft() } })),
    }),
    persistOptions(
      COMPLAINT_DRAFTS,
      () => taroStorage,
      (st): PersistedComplaintDrafts => ({ drafts: st.drafts }),
    ),
  ),
)
