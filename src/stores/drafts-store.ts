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
import { persist } from 'zustand/middleware'
import { s, type Schema } from '@/api/contract/schema'
import { looksLikePersonalNumber } from '@/domain/matters/personal-fields'
import { newKey } from '@/lib/ids'
import { taroStorage, type KeyValueStorage } from '@/platform/storage'
import { loadPersisted, persistOptions, type PersistedSpec } from './persisted'
import { STORAGE_KEYS } from './storage-keys'

export const DRAFTS_STORAGE_KEY = STORAGE_KEYS.applicationDrafts
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
  const values = Object.fromEntries(
    Object.entries(d.values).filter(([k, v]) => !hidden.has(k) && !looksLikePersonalNumber(v)),
  )
  return { ...d, values }
}

const or = <T>(inner: Schema<T>, byDefault: () => T) => s.fallback(inner, byDefault)
const nonEmpty = () => s.refine(s.string(), (v) => v !== '', 'empty')
const finite = s.refine(s.number(), Number.isFinite, 'not finite')

const DraftValueSchema: Schema<DraftValue> = s.union(
  s.nullable(s.union(s.string(), s.boolean())),
  s.union(finite, s.array(s.string())),
)

/** A file without its id is gone for good; the rest of its description has defaults. */
const DraftFileSchema: Schema<DraftFile> = s.object(
  {
    fileId: nonEmpty(),
    name: or(s.string(), () => '材料'),
    mime: or(s.string(), () => 'image/jpeg'),
    size: or(s.number(), () => 0),
    kind: or(s.enum(['photo', 'pdf'] as const), () => 'photo' as const),
  },
  { strip: true },
)

/**
 * A draft is kept when it says whose, for which matter and with which idempotency key;
 * values and files that do not fit are dropped one by one.
 */
const DraftSchema: Schema<Draft> = s.object(
  {
    matterId: s.string(),
    applicantId: s.string(),
    idempotencyKey: nonEmpty(),
    formVersion: or(s.number(), () => 1),
    values: or(s.record(DraftValueSchema, { dropInvalid: true }), () => ({})),
    materials: or(s.record(s.array(DraftFileSchema, { dropInvalid: true }), { dropInvalid: true }), () => ({})),
    updatedAt: or(s.string(), nowIso),
    unsent: or(s.optional(s.boolean()), () => undefined),
    memoryOnly: or(s.array(s.string(), { dropInvalid: true }), () => []),
  },
  { strip: true },
)

type PersistedDrafts = { drafts: Record<string, Draft> }

/** Today's rules on a stored draft: no ID number or phone in plain storage, flags only when set. */
function tidyDraft({ unsent, memoryOnly = [], ...d }: Draft): Draft {
  // a version 1 draft may still hold a relative's ID number or a phone: dropped on the way in
  const values = Object.fromEntries(
    Object.entries(d.values).filter(([k, v]) => !memoryOnly.includes(k) && !looksLikePersonalNumber(v)),
  )
  return { ...d, values, ...(unsent === true ? { unsent: true } : {}), ...(memoryOnly.length ? { memoryOnly } : {}) }
}

/**
 * Version 2: ID numbers and phones are no longer written (tidyDraft drops them from version 1
 * drafts, and from anything else, on every load). Versions 0 and 1 had today's shape.
 */
const DRAFTS: PersistedSpec<PersistedDrafts> = {
  key: DRAFTS_STORAGE_KEY,
  version: DRAFTS_VERSION,
  schema: s.object({ drafts: or(s.record(DraftSchema, { dropInvalid: true }), () => ({})) }, { strip: true }),
  defaults: () => ({ drafts: {} }),
  // each draft under the key its applicant and matter give it
  tidy: ({ drafts }) => ({
    drafts: Object.fromEntries(Object.values(drafts).map((d) => [draftKey(d.applicantId, d.matterId), tidyDraft(d)])),
  }),
}

/** Any stored shape → today's: unknown or broken drafts are dropped, never crash start-up. */
export function migrateDrafts(persisted: unknown, fromVersion: number): PersistedDrafts {
  return loadPersisted(DRAFTS, persisted, fromVersion)
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
      persistOptions(
        DRAFTS,
        () => storage,
        (st): PersistedDrafts => ({
          drafts: Object.fromEntries(Object.entries(st.drafts).map(([k, d]) => [k, storable(d)])),
        }),
      ),
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
