/** The drafts store: one draft per applicant and matter, a stable idempotency key, and a migration that never crashes start-up. */
import { resetTaroMock, storage } from '../../support/taro-mock'
import {
  createDraftsStore,
  DRAFTS_STORAGE_KEY,
  draftKey,
  findDraftForMatter,
  migrateDrafts,
} from '@/stores/drafts-store'

beforeEach(() => resetTaroMock())

describe('drafts store', () => {
  it('keeps one draft per applicant and matter (代办 gets its own), with a key that does not change', () => {
    const store = createDraftsStore()
    const mine = store.getState().ensureDraft('r-wang', 'dog-registration', 1)
    const again = store.getState().ensureDraft('r-wang', 'dog-registration', 1)
    const forFather = store.getState().ensureDraft('r-wang-father', 'dog-registration', 1)
    expect(again.idempotencyKey).toBe(mine.idempotencyKey)
    expect(forFather.idempotencyKey).not.toBe(mine.idempotencyKey)
    store.getState().saveDraft('r-wang', 'dog-registration', { values: { dogName: '旺财' } })
    expect(store.getState().drafts[draftKey('r-wang', 'dog-registration')].idempotencyKey).toBe(mine.idempotencyKey)
    expect(findDraftForMatter(store.getState().drafts, 'dog-registration')?.values).toEqual({ dogName: '旺财' })
    store.getState().removeDraft('r-wang', 'dog-registration')
    expect(Object.keys(store.getState().drafts)).toEqual([draftKey('r-wang-father', 'dog-registration')])
  })

  it('drops broken drafts and bad values from storage instead of crashing', async () => {
    storage.set(
      DRAFTS_STORAGE_KEY,
      JSON.stringify({
        version: 0,
        state: {
          drafts: {
            a: {
              matterId: 'residence-proof',
              applicantId: 'r-1',
              idempotencyKey: 'k1',
              values: { purpose: 'job', bad: { x: 1 } },
              materials: { p: [{ fileId: 'f1' }, 'junk'] },
            },
            b: { matterId: 'x' },
            c: 'garbage',
          },
        },
      }),
    )
    const store = createDraftsStore()
    await store.persist.rehydrate()
    const drafts = store.getState().drafts
    expect(Object.keys(drafts)).toEqual(['r-1:residence-proof'])
    expect(drafts['r-1:residence-proof'].values).toEqual({ purpose: 'job' })
    expect(drafts['r-1:residence-proof'].materials.p).toEqual([
      { fileId: 'f1', name: '材料', mime: 'image/jpeg', size: 0, kind: 'photo' },
    ])
    expect(migrateDrafts(null, 0)).toEqual({ drafts: {} })
  })
})
