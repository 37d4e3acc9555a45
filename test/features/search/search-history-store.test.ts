import { resetTaroMock, storage } from '../../support/taro-mock'
import { idNumberCheckChar } from '@/domain/identity'
import {
  createSearchHistoryStore,
  isStorableQuery,
  SEARCH_HISTORY_KEY,
  SEARCH_HISTORY_MAX,
} from '@/stores/search-history-store'

beforeEach(() => resetTaroMock())

const id17 = '51170219800101123'
const ID = id17 + idNumberCheckChar(id17)

describe('search history store', () => {
  it('keeps the newest first, without duplicates, at most 10', () => {
    const store = createSearchHistoryStore()
    for (let i = 0; i < 12; i++) store.getState().add(`事项${i}`)
    store.getState().add('  事项5 ')
    const { queries } = store.getState()
    expect(queries).toHaveLength(SEARCH_HISTORY_MAX)
    expect(queries[0]).toBe('事项5')
    expect(queries.filter((q) => q === '事项5')).toHaveLength(1)
    expect(queries).not.toContain('事项0')
  })

  it('persists under sqt:search-history and reloads it in a new store', () => {
    createSearchHistoryStore().getState().add('低保')
    expect(String(storage.get(SEARCH_HISTORY_KEY))).toContain('低保')
    expect(createSearchHistoryStore().getState().queries).toEqual(['低保'])
  })

  it('never stores ID numbers, phones or long digit runs; empty queries neither', () => {
    for (const q of [ID, '13812345678', '+86 138 1234 5678', `我的身份证${ID}`, '卡号 6222 0212 3456', '', '   '])
      expect(isStorableQuery(q)).toBe(false)
    for (const q of ['狗证怎么办', 'jzzm', '2号楼路灯']) expect(isStorableQuery(q)).toBe(true)
    const store = createSearchHistoryStore()
    store.getState().add(ID)
    store.getState().add('13812345678')
    expect(store.getState().queries).toEqual([])
    expect(storage.get(SEARCH_HISTORY_KEY) ?? '').not.toContain('138')
  })

  it('a corrupt or hand-edited stored value loads as a clean list', () => {
    storage.set(
      SEARCH_HISTORY_KEY,
      JSON.stringify({ state: { queries: ['低保', 42, ID, '低保', '高龄津贴'] }, version: 1 }),
    )
    expect(createSearchHistoryStore().getState().queries).toEqual(['低保', '高龄津贴'])
    storage.set(SEARCH_HISTORY_KEY, '{not json')
    expect(createSearchHistoryStore().getState().queries).toEqual([])
  })

  it('remove and clear', () => {
    const store = createSearchHistoryStore()
    store.getState().add('低保')
    store.getState().add('高龄津贴')
    store.getState().remove('低保')
    expect(store.getState().queries).toEqual(['高龄津贴'])
    store.getState().clear()
    expect(createSearchHistoryStore().getState().queries).toEqual([])
  })
})
