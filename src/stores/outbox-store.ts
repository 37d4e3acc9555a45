/**
 * The app's one outbox (src/api/outbox.ts), persisted under sqt:outbox and drained when the
 * network comes back (platform/network). Entries hold what the resident submitted — the same
 * text their drafts hold, never the government facts the server fills in — and are wiped with
 * the rest of the app's storage at sign-out. What is written is less than what is held: a
 * delivered entry keeps only its case id (not the request: no GPS position, no form values), and
 * a waiting application keeps no ID number or phone in plain storage. On WeChat those values
 * go to encrypted storage (secure-storage.weapp.ts) beside it, so an application killed while
 * waiting is resent whole; on H5 (plain localStorage only) they stay in memory, and an
 * application that lost them to a kill is not sent half-empty: it comes back as 未成功, and its
 * draft is where the resident fills them in again.
 */
import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'
import { getApi } from '@/api'
import { s, type Schema } from '@/api/contract/schema'
import { Outbox, type OutboxCall, type OutboxEntry, type OutboxPersistence } from '@/api/outbox'
import { looksLikePersonalNumber } from '@/domain/matters/personal-fields'
import { watchNetwork } from '@/platform/network'
import { secureStorage, secureStorageEncrypted } from '@/platform/secure-storage'
import { isObject, loadPersisted, type PersistedSpec } from './persisted'
import { useComplaintDraftStore } from './complaint-draft-store'
import { useSessionStore } from './session-store'
import { STORAGE_KEYS } from './storage-keys'

/** One outbox per signed-in user: a submission is only ever sent with its author's session. */
export const outboxStorageKey = STORAGE_KEYS.outbox

type StoredEntry = OutboxEntry & { redacted?: true }

export const REDACTED_APPLICATION_MESSAGE = '为保护个人信息，身份证号和电话没有存在手机上，这份申请没能自动发出：请打开草稿补上后重新提交'

/**
 * An entry as plain storage may hold it. The values of a waiting application were checked by
 * their fields' rules before it was sent, so every ID number or phone in it is a whole one.
 */
export function storableEntry(e: OutboxEntry): StoredEntry {
  if (e.state === 'delivered') return { ...e, call: { op: e.call.op, args: [] } as unknown as OutboxCall }
  if (e.call.op !== 'submitApplication') return e
  const [req] = e.call.args
  const { kept, personal } = splitPersonal(req.values)
  if (Object.keys(personal).length === 0) return e
  return { ...e, redacted: true, call: { op: 'submitApplication', args: [{ ...req, values: kept }] } }
}

/** An application's values: what plain storage may hold, and the ID numbers and phones it may not. */
function splitPersonal(values: Record<string, unknown>) {
  const kept: Record<string, unknown> = {}
  const personal: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(values)) (looksLikePersonalNumber(v) ? personal : kept)[k] = v
  return { kept, personal }
}

/** Read back: an application that lost its ID numbers or phones is not sent without them. */
function restoredEntry(e: StoredEntry): OutboxEntry {
  const { redacted, ...entry } = e
  if (!redacted || entry.state === 'delivered' || entry.state === 'failed') return entry
  return { ...entry, state: 'failed', error: REDACTED_APPLICATION_MESSAGE }
}

/** Encrypted storage (WeChat only) for the ID numbers and phones plain storage may not hold. */
export const withheldStorageKey = STORAGE_KEYS.outboxWithheld

type Withheld = Record<string, Record<string, unknown>>

/** entry id → the values storableEntry() leaves out of plain storage */
function withheldValues(entries: readonly OutboxEntry[]): Withheld {
  const out: Withheld = {}
  for (const e of entries) {
    if (e.state === 'delivered' || e.call.op !== 'submitApplication') continue
    const { personal } = splitPersonal(e.call.args[0].values)
    if (Object.keys(personal).length) out[e.id] = personal
  }
  return out
}

/** what was last written per key: the outbox saves on every state change, the vault only when it changes */
const lastWithheld = new Map<string, string>()

function keepWithheld(key: string, entries: readonly OutboxEntry[]): void {
  if (!secureStorageEncrypted) return
  const json = JSON.stringify(withheldValues(entries))
  if (lastWithheld.get(key) === json) return
  lastWithheld.set(key, json)
  const write = json === '{}' ? secureStorage.removeItem(key) : secureStorage.setItem(key, json)
  void Promise.resolve(write).catch(() => lastWithheld.delete(key))
}

/** After a kill on WeChat: applications stored without their ID numbers and phones get them back and go out. */
async function restoreWithheld(box: Outbox, key: string): Promise<void> {
  if (!secureStorageEncrypted) return
  let withheld: Withheld = {}
  try {
    const raw = await secureStorage.getItem(key)
    withheld = typeof raw === 'string' && raw ? (JSON.parse(raw) as Withheld) : {}
  } catch {
    return
  }
  for (const e of box.entries()) {
    const values = withheld[e.id]
    if (!values || e.state !== 'failed' || e.error !== REDACTED_APPLICATION_MESSAGE || e.call.op !== 'submitApplication') continue
    const [req] = e.call.args
    void box.submit({ id: e.id, label: e.label, call: { op: 'submitApplication', args: [{ ...req, values: { ...req.values, ...values } }] } }).catch(() => undefined)
  }
}


/**
 * One stored entry. The request it carries was built by the app and checked by its form's rules
 * before it was queued, so only what the outbox itself reads is checked here: a known call with
 * its arguments (an application's values an object). An entry that does not fit is dropped
 * alone; the others are kept and sent.
 */
const StoredEntrySchema = s.object({
  id: s.string(),
  label: s.string(),
  state: s.enum(['pending', 'sending', 'delivered', 'failed'] as const),
  attempts: s.number(),
  createdAt: s.number(),
  error: s.optional(s.string()),
  caseId: s.optional(s.string()),
  redacted: s.optional(s.literal(true)),
  call: s.refine(
    s.object({ op: s.enum(['createComplaint', 'submitApplication', 'supplementCase', 'rateCase', 'workerAct'] as const), args: s.array(s.unknown()) }),
    (c) => c.op !== 'submitApplication' || (isObject(c.args[0]) && isObject(c.args[0].values)),
    'an application without its values',
  ),
})

/** `{ v: 1, entries }` as written since the outbox was persisted; version 1 is today's. */
const OUTBOX_SPEC = (key: string): PersistedSpec<{ entries: StoredEntry[] }> => ({
  key,
  version: 1,
  // the checked shape, typed as the entries it stands for (a call's arguments are the app's own request)
  schema: s.object({ entries: s.array(StoredEntrySchema, { dropInvalid: true }) }) as unknown as Schema<{ entries: StoredEntry[] }>,
  defaults: () => ({ entries: [] }),
})

/** What a previous run wrote, read back: unreadable text or a foreign shape is an empty outbox. */
export function readStoredOutbox(key: string, raw: unknown): OutboxEntry[] {
  let stored: unknown = null
  try {
    stored = typeof raw === 'string' && raw ? JSON.parse(raw) : null
  } catch {
    stored = null
  }
  const version = isObject(stored) && typeof stored.v === 'number' ? stored.v : 0
  return loadPersisted(OUTBOX_SPEC(key), isObject(stored) ? { entries: stored.entries } : null, version).entries.map(restoredEntry)
}

/** wx storage: a full phone (10 MB limit) throws on write; reported instead of swallowed. */
export function taroOutboxPersistence(userId: string): OutboxPersistence {
  const key = outboxStorageKey(userId)
  return {
    load() {
      try {
        return readStoredOutbox(key, Taro.getStorageSync(key))
      } catch {
        return []
      }
    },
    save(entries) {
      keepWithheld(withheldStorageKey(userId), entries)
      try {
        if (entries.length === 0) Taro.removeStorageSync(key)
        else Taro.setStorageSync(key, JSON.stringify({ v: 1, entries: entries.map(storableEntry) }))
        return true
      } catch {
        return false
      }
    },
  }
}

let outbox: { owner: string; box: Outbox } | null = null
let unwatch: (() => void) | null = null

/** A complaint is sent: its draft no longer keeps where it was (the draft may outlive the send). */
function forgetSentLocations(entries: readonly OutboxEntry[]): void {
  const sent = new Set(entries.filter((e) => e.state === 'delivered').map((e) => e.id))
  const { drafts, update } = useComplaintDraftStore.getState()
  for (const kind of ['snap', 'complaint'] as const) {
    if (sent.has(drafts[kind].key) && drafts[kind].location) update(kind, { location: null })
  }
}

/** The signed-in user's outbox (an empty, unsaved one when nobody is signed in). */
export function getOutbox(): Outbox {
  const owner = useSessionStore.getState().session?.user.id ?? ''
  if (outbox && outbox.owner === owner) return outbox.box
  unwatch?.()
  const box = new Outbox({
    api: getApi,
    persistence: owner ? taroOutboxPersistence(owner) : { load: () => [], save: () => true },
  })
  outbox = { owner, box }
  const stopWatching = watchNetwork((online) => box.setOnline(online))
  const stopForgetting = box.subscribe(() => forgetSentLocations(box.entries()))
  unwatch = () => {
    stopWatching()
    stopForgetting()
  }
  // whatever a previous run left (killed, offline) goes out now
  if (owner && box.entries().some((e) => e.state === 'pending')) void box.drain()
  if (owner) void restoreWithheld(box, withheldStorageKey(owner))
  return box
}

// another user (or nobody) signed in: the next getOutbox() opens that user's outbox
useSessionStore.subscribe((s, prev) => {
  if (s.session?.user.id !== prev.session?.user.id) resetOutbox()
})

/** Drop the in-memory outbox (tests; a user change). Stored entries stay for their owner. */
export function resetOutbox(): void {
  lastWithheld.clear()
  unwatch?.()
  unwatch = null
  outbox = null
}

const EMPTY: readonly OutboxEntry[] = []

/** The entries, re-rendering on every change (待发送 / 发送中 / 已送达). */
export function useOutboxEntries(): readonly OutboxEntry[] {
  return useSyncExternalStore(
    (fn) => getOutbox().subscribe(fn),
    () => getOutbox().entries(),
    () => EMPTY,
  )
}

/** false while the platform reports no network (the offline banner). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (fn) => getOutbox().subscribe(fn),
    () => getOutbox().isOnline,
    () => true,
  )
}
