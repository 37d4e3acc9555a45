/**
 * Persisted stores read back what phones hold today: versioned envelopes of every version,
 * values written before the envelope, both draft keys — and garbage, which gives defaults
 * and one log line without the stored value.
 */
import { s } from '@/api/contract/schema'
import { STORAGE_PREFIX } from '@/platform/storage'
import { useComplaintDraftStore } from '@/stores/complaint-draft-store'
import { createDraftsStore, draftKey } from '@/stores/drafts-store'
import { envelopeStorage, loadPersisted, type PersistedSpec } from '@/stores/persisted'
import { usePrefsStore } from '@/stores/prefs-store'
import { createSearchHistoryStore } from '@/stores/search-history-store'
import { useSessionStore } from '@/stores/session-store'
import { STORAGE_KEYS } from '@/stores/storage-keys'
import { resetTaroMock, storage } from '../support/taro-mock'

const RELATIVE_ID = '11010519491231002X'
const PHONE = '13800138000'
const put = (key: string, value: unknown) => storage.set(key, typeof value === 'string' ? value : JSON.stringify(value))
let warn: jest.SpyInstance

// the app's singleton stores as they start; persist writes every setState, so reset before storage
const initial = [usePrefsStore, useSessionStore, useComplaintDraftStore].map((store) => [store, store.getState()] as const)

beforeEach(() => {
  for (const [store, state] of initial) (store.setState as (s: unknown, replace: true) => void)(state, true)
  resetTaroMock()
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => warn.mockRestore())

const session = {
  accessToken: 'at-1',
  refreshToken: 'rt-1',
  expiresAt: '2026-12-04T12:00:00+08:00',
  user: { id: 'r-wang', role: 'resident', displayName: '王*明', verified: true },
}

describe('one key table', () => {
  it('spells every key with the app prefix, once, and keeps the names already on phones', () => {
    const keys: string[] = [
      STORAGE_KEYS.session,
      STORAGE_KEYS.prefs,
      STORAGE_KEYS.searchHistory,
      STORAGE_KEYS.applicationDrafts,
      STORAGE_KEYS.complaintDrafts,
      STORAGE_KEYS.outbox('u1'),
      STORAGE_KEYS.outboxWithheld('u1'),
    ]
    expect(keys.every((k) => k.startsWith(STORAGE_PREFIX))).toBe(true)
    expect(new Set(keys).size).toBe(keys.length)
    // the two draft stores' keys, as written on phones today
    expect(STORAGE_KEYS.applicationDrafts).toBe('sqt:drafts')
    expect(STORAGE_KEYS.complaintDrafts).toBe('sqt:complaint-draft')
  })
})

describe('application drafts (sqt:drafts, version 2)', () => {
  const v1Draft = {
    matterId: 'kinship-proof',
    applicantId: 'r-wang',
    formVersion: 1,
    values: { relativeName: '王建国', relativeIdNumber: RELATIVE_ID, contactPhone: PHONE, purpose: '继承' },
    materials: { relation: [{ fileId: 'f-1', name: '结婚证.jpg', mime: 'image/jpeg', size: 2048, kind: 'photo' }] },
    idempotencyKey: 'apply-k1',
    updatedAt: '2026-12-01T09:00:00.000Z',
    unsent: true,
  }

  it('a version 1 draft survives the migration, without the ID number and phone it held', async () => {
    put('sqt:drafts', { state: { drafts: { [draftKey('r-wang', 'kinship-proof')]: v1Draft } }, version: 1 })
    const store = createDraftsStore()
    await store.persist.rehydrate()
    const d = store.getState().drafts[draftKey('r-wang', 'kinship-proof')]
    expect(d).toMatchObject({
      idempotencyKey: 'apply-k1',
      unsent: true,
      values: { relativeName: '王建国', purpose: '继承' },
    })
    expect(d.materials.relation).toHaveLength(1)
    expect(JSON.stringify(d.values)).not.toMatch(new RegExp(`${RELATIVE_ID}|${PHONE}`))
    // written back at today's version, still without them
    expect(JSON.parse(String(storage.get('sqt:drafts')))).toMatchObject({ version: 2 })
    expect(String(storage.get('sqt:drafts'))).not.toContain(RELATIVE_ID)
  })

  it('reads drafts written before the envelope (unversioned), under the key they deserve', async () => {
    put('sqt:drafts', { drafts: { 'old-key': { ...v1Draft, values: { purpose: '继承' } } } })
    const store = createDraftsStore()
    await store.persist.rehydrate()
    expect(Object.keys(store.getState().drafts)).toEqual([draftKey('r-wang', 'kinship-proof')])
  })

  it('keeps the readable draft when its neighbour is broken', async () => {
    put('sqt:drafts', { state: { drafts: { a: v1Draft, b: { matterId: 'x' }, c: 42 } }, version: 2 })
    const store = createDraftsStore()
    await store.persist.rehydrate()
    expect(Object.keys(store.getState().drafts)).toEqual([draftKey('r-wang', 'kinship-proof')])
  })
})

describe('complaint drafts (sqt:complaint-draft, version 1)', () => {
  it('a half-written 随手拍 survives a restart; an upload cut off can be retried', async () => {
    put('sqt:complaint-draft', {
      state: {
        drafts: {
          snap: {
            key: 'complaint-k1',
            categoryId: 'sanitation',
            description: '楼道里堆满了杂物',
            photos: [
              {
                id: 'p1',
                path: '/tmp/p1.jpg',
                size: 100,
                mime: 'image/jpeg',
                name: 'p1.jpg',
                state: 'uploading',
                progress: 40,
              },
              { junk: true },
            ],
            location: null,
            address: '3栋',
            outsideConfirmed: false,
            matterId: null,
            stuckAt: '',
            anonymous: false,
            public: true,
            updatedAt: 1,
            retiredField: 'gone',
          },
        },
      },
      version: 0,
    })
    await useComplaintDraftStore.persist.rehydrate()
    const { snap, complaint } = useComplaintDraftStore.getState().drafts
    expect(snap).toMatchObject({ key: 'complaint-k1', description: '楼道里堆满了杂物', address: '3栋' })
    expect(snap.photos.map((p) => [p.id, p.state, p.progress])).toEqual([['p1', 'ready', 0]])
    expect('retiredField' in snap).toBe(false)
    expect(complaint.key).toMatch(/^complaint-/)
  })
})

describe('session (sqt:session, version 1)', () => {
  it('keeps a whole session and drops a version 0 one', async () => {
    put('sqt:session', { state: { session }, version: 1 })
    await useSessionStore.persist.rehydrate()
    expect(useSessionStore.getState().session?.user.displayName).toBe('王*明')
    put('sqt:session', { state: { session }, version: 0 })
    await useSessionStore.persist.rehydrate()
    expect(useSessionStore.getState().session).toBeNull()
  })

  it('signs out rather than trusting a session that does not fit', async () => {
    put('sqt:session', { state: { session: { ...session, user: { id: 7 } } }, version: 1 })
    await useSessionStore.persist.rehydrate()
    expect(useSessionStore.getState().session).toBeNull()
  })
})

describe('garbage on the phone', () => {
  it.each([
    ['text that is not JSON', `{"drafts": ${RELATIVE_ID}`],
    ['a list', [RELATIVE_ID]],
    ['a number', 42],
    ['an envelope of junk', { state: RELATIVE_ID, version: 'x' }],
  ])('%s: every store starts from its defaults, and the log names no stored value', async (_what, junk) => {
    for (const key of [
      STORAGE_KEYS.applicationDrafts,
      STORAGE_KEYS.complaintDrafts,
      STORAGE_KEYS.prefs,
      STORAGE_KEYS.searchHistory,
      STORAGE_KEYS.session,
    ])
      put(key, junk)
    const drafts = createDraftsStore()
    const history = createSearchHistoryStore()
    await Promise.all([
      drafts.persist.rehydrate(),
      history.persist.rehydrate(),
      usePrefsStore.persist.rehydrate(),
      useSessionStore.persist.rehydrate(),
      useComplaintDraftStore.persist.rehydrate(),
    ])
    expect(drafts.getState().drafts).toEqual({})
    expect(history.getState().queries).toEqual([])
    expect(usePrefsStore.getState().elderMode).toBe(false)
    expect(useSessionStore.getState().session).toBeNull()
    expect(useComplaintDraftStore.getState().drafts.snap.description).toBe('')
    expect(warn).toHaveBeenCalled()
    for (const [line] of warn.mock.calls) expect(String(line)).not.toContain(RELATIVE_ID)
  })
})

describe('loadPersisted', () => {
  const spec: PersistedSpec<{ name: string; tags: string[] }> = {
    key: 'sqt:toy',
    version: 2,
    schema: s.object({ name: s.string(), tags: s.array(s.string()) }, { strip: true }),
    defaults: () => ({ name: '', tags: [] }),
    migrations: {
      0: (d) => ({ name: (d as { title: string }).title }),
      1: (d) => ({ ...(d as object), tags: [] }),
    },
  }

  it('runs each step from the stored version up to today', () => {
    expect(loadPersisted(spec, { title: '旺财' }, 0)).toEqual({ name: '旺财', tags: [] })
    expect(loadPersisted(spec, { name: '旺财' }, 1)).toEqual({ name: '旺财', tags: [] })
    expect(loadPersisted(spec, { name: '旺财', tags: ['犬'] }, 2)).toEqual({ name: '旺财', tags: ['犬'] })
  })

  it('gives the defaults when a step fails or the result does not fit', () => {
    expect(loadPersisted(spec, null, 0)).toEqual({ name: '', tags: [] })
    expect(loadPersisted(spec, 'x', 1)).toEqual({ name: '', tags: [] })
    expect(
      loadPersisted(
        {
          ...spec,
          migrations: {
            0: () => {
              throw new Error('boom')
            },
          },
        },
        {},
        0,
      ),
    ).toEqual({ name: '', tags: [] })
  })

  it('reads from asynchronous storage (WeChat encrypted storage answers with a promise)', async () => {
    const value = JSON.stringify({ state: { name: '旺财', tags: [] }, version: 2 })
    const store = envelopeStorage<unknown>(() => ({
      getItem: async () => value,
      setItem: async () => undefined,
      removeItem: async () => undefined,
    }))
    await expect(store.getItem('sqt:toy')).resolves.toEqual({ state: { name: '旺财', tags: [] }, version: 2 })
  })
})

describe('worker reply templates (sqt:worker-replies, version 1)', () => {
  it('keeps each worker’s templates, drops a template that does not fit, and starts empty from garbage', async () => {
    const { useReplyStore } = await import('@/features/worker/reply-store')
    const ok = { id: 'own-1', scope: 'complaint', field: 'resultText', text: '已联系环卫，今天清运' }
    put(STORAGE_KEYS.workerReplies, { state: { byWorker: { 'w-grid-1': [ok, { id: 7 }, null], 'w-clerk': 'x' } }, version: 1 })
    await useReplyStore.persist.rehydrate()
    expect(useReplyStore.getState().byWorker).toEqual({ 'w-grid-1': [ok] })

    // garbage on the phone: the store keeps its defaults (persist writes every setState, so the garbage goes in after it)
    useReplyStore.setState({ byWorker: {} })
    put(STORAGE_KEYS.workerReplies, '{not json')
    await useReplyStore.persist.rehydrate()
    expect(useReplyStore.getState().byWorker).toEqual({})
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`${STORAGE_KEYS.workerReplies}: stored text is not JSON`))
    expect(JSON.stringify(warn.mock.calls)).not.toContain('已联系环卫')
  })
})
