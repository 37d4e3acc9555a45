/**
 * Application drafts (办事草稿): what the resident typed or picked, kept as they type so a
 * killed app or a failed submit loses nothing. One draft per matter per applicant (代办-aware:
 * key `${applicantId}:${matterId}`), each with the idempotency key its submit will use.
 * PII rules: locked government facts (name, ID number, 户籍) are never stored here — they come
 * back from the verified profile when the draft is restored. Fields that hold anyone's ID number
 * or phone (a relative's on 亲属关系证明, an emergency contact's…: `memoryOnly`, decided from the
 * field types by domain/matters/personal-fields) stay in memory only, on weapp and H5 alike:
 * after the app is killed the resident types them again (their own phone comes back from the
 * profile). A whole ID or mobile number in any other field is not written either.
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { looksLikePersonalNumber } from '@/domain/matters/personal-fields'
import { newKey } from '@/lib/ids'
import { taroStorage, type KeyValueStorage } from '@/platform/storage'

export const DRAFTS_STORAGE_KEY = 'sqt:drafts'
/** 2: ID numbers and phones are no longer written (v1 drafts lose them on load) */
export const DRAFTS_VERSION = 2

export type DraftValue = string | number | boolean | string[] | null

/** An uploaded material as the draft remembers it (the file itself lives on the server). */
export interface DraftFile {
  fileId: string
  name: string
  mime: string
  size: number
  kind: 'photo' | 'pdf'
}

export interface Draft {
  matterId: string
  applicantId: string
  /** the form definition's version the values were typed against */
  formVersion: number
  values: Record<string, DraftValue>
  materials: Record<string, DraftFile[]>
  /** one per draft: a retried or double-tapped submit creates one case */
  idempotencyKey: string
  /** ISO datetime of the last save */
  updatedAt: string
  /** the last submit did not reach the server (offline): say so when the draft is opened */
  unsent?: boolean
  /** keys of fields holding an ID number or phone: kept in memory, never written to storage */
  memoryOnly?: string[]
}

export interface DraftsState {
  drafts: Record<string, Draft>
  /** creates the draft on first use; never changes an existing one's idempotency key */
  ensureDraft(applicantId: string, matterId: string, formVersion: number, memoryOnly?: string[]): Draft
  saveDraft(
    applicantId: string,
    matterId: string,
    patch: Partial<Pick<Draft, 'values' | 'materials' | 'unsent' | 'formVersion' | 'memoryOnly'>>,
  ): void
  removeDraft(applicantId: string, matterId: string): void
}

export const draftKey = (applicantId: string, matterId: string) => `${applicantId}:${matterId}`

const nowIso = () => new Date().toISOString()

function fresh(applicantId: string, matterId: string, formVersion: number, memoryOnly?: string[]): Draft {
  return {
    matterId,
    applicantId,
    formVersion,
    values: {},
    materials: {},
    idempotencyKey: newKey('apply'),
    updatedAt: nowIso(),
    ...(memoryOnly?.length ? { memoryOnly } : {}),
  }
}

/** What may be written to plain storage: the values minus ID numbers and phones (the list itself is re-sent with every save). */
function storable({ memoryOnly, ...d }: Draft): Draft {
  const hidden = new Set(memoryOnly ?? [])
  const values = Object.fromEntries(Object.entries(d.values).filter(([k, v]) => !hidden.has(k) && !looksLikePersonalNumber(v)))
  return { ...d, values }
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

function cleanValue(v: unknown): DraftValue | undefined {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[]
  return undefined
}

function cleanFile(f: unknown): DraftFile | null {
  if (!isObj(f) || typeof f.fileId !== 'string' || !f.fileId) return null
  return {
    fileId: f.fileId,
    name: typeof f.name === 'string' ? f.name : '材料',
    mime: typeof f.mime === 'string' ? f.mime : 'image/jpeg',
    size: typeof f.size === 'number' ? f.size : 0,
    kind: f.kind === 'pdf' ? 'pdf' : 'photo',
  }
}

function cleanDraft(d: unknown): Draft | null {
  if (!isObj(d) || typeof d.matterId !== 'string' || typeof d.applicantId !== 'string') return null
  if (typeof d.idempotencyKey !== 'string' || !d.idempotencyKey) return null
  const memoryOnly = Array.isArray(d.memoryOnly) ? d.memoryOnly.filter((k): k is string => typeof k === 'string') : []
  const values: Record<string, DraftValue> = {}
  for (const [k, v] of Object.entries(isObj(d.values) ? d.values : {})) {
    const c = cleanValue(v)
    // a v1 draft may still hold a relative's ID number or a phone: dropped on the way in
    if (c !== undefined && !memoryOnly.includes(k) && !looksLikePersonalNumber(c)) values[k] = c
  }
  const materials: Record<string, DraftFile[]> = {}
  for (const [k, files] of Object.entries(isObj(d.materials) ? d.materials : {})) {
    if (Array.isArray(files)) materials[k] = files.map(cleanFile).filter((f): f is DraftFile => f !== null)
  }
  return {
    matterId: d.matterId,
    applicantId: d.applicantId,
    formVersion: typeof d.formVersion === 'number' ? d.formVersion : 1,
    values,
    materials,
    idempotencyKey: d.idempotencyKey,
    updatedAt: typeof d.updatedAt === 'string' ? d.updatedAt : nowIso(),
    ...(d.unsent === true ? { unsent: true } : {}),
    ...(memoryOnly.length ? { memoryOnly } : {}),
  }
}

/** Any stored shape → today's: unknown or broken drafts are dropped, never crash start-up. */
export function migrateDrafts(persisted: unknown, _fromVersion: number): { drafts: Record<string, Draft> } {
  const raw = isObj(persisted) && isObj(persisted.drafts) ? persisted.drafts : {}
  const drafts: Record<string, Draft> = {}
  for (const d of Object.values(raw)) {
    const c = cleanDraft(d)
    if (c) drafts[draftKey(c.applicantId, c.matterId)] = c
  }
  return { drafts }
}

/** A store over the given storage; the app uses one (`useDraftsStore`), tests make more to play a restart. */
export function createDraftsStore(storage: KeyValueStorage = taroStorage) {
  return create<DraftsState>()(
    persist(
      (set, get) => ({
        drafts: {},
        ensureDraft: (applicantId, matterId, formVersion, memoryOnly) => {
          const key = draftKey(applicantId, matterId)
          const existing = get().drafts[key]
          if (existing) return existing
          const d = fresh(applicantId, matterId, formVersion, memoryOnly)
          set((s) => ({ drafts: { ...s.drafts, [key]: d } }))
          return d
        },
        saveDraft: (applicantId, matterId, patch) => {
          const key = draftKey(applicantId, matterId)
          set((s) => {
            const base = s.drafts[key] ?? fresh(applicantId, matterId, patch.formVersion ?? 1)
            return { drafts: { ...s.drafts, [key]: { ...base, ...patch, updatedAt: nowIso() } } }
          })
        },
        removeDraft: (applicantId, matterId) => {
          const key = draftKey(applicantId, matterId)
          set((s) => {
            const { [key]: _gone, ...rest } = s.drafts
            return { drafts: rest }
          })
        },
      }),
      {
        name: DRAFTS_STORAGE_KEY,
        version: DRAFTS_VERSION,
        storage: createJSONStorage(() => storage),
        partialize: (s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).map(([k, d]) => [k, storable(d)])) }),
        migrate: migrateDrafts,
        merge: (persisted, current) => ({ ...current, ...migrateDrafts(persisted, DRAFTS_VERSION) }),
      },
    ),
  )
}

export const useDraftsStore = createDraftsStore()

/** The resident's draft for a matter, whoever it is for (the matter page offers 继续填写). */
export function findDraftForMatter(drafts: Record<string, Draft>, matterId: string): Draft | null {
  const mine = Object.values(drafts).filter((d) => d.matterId === matterId)
  mine.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  return mine[0] ?? null
}
