/** @jest-environment jest-fixed-jsdom */
import '../../ui/dom-config'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { navigations, phoneCalls, resetTaroMock } from '../../support/taro-mock'
import { SearchScreen } from '@/features/search/page'
import { idNumberCheckChar } from '@/domain/identity'
import { usePrefsStore } from '@/stores/prefs-store'
import { createSearchHistoryStore, useSearchHistoryStore } from '@/stores/search-history-store'

const initialPrefs = usePrefsStore.getState()

beforeEach(() => {
  resetTaroMock()
  usePrefsStore.setState(initialPrefs, true)
  useSearchHistoryStore.getState().clear()
})

function input(container: HTMLElement): Element {
  return container.querySelector('taro-input-core')!
}

/** What a resident does: types into the box (Taro's Input reports e.detail.value). */
function type(container: HTMLElement, value: string) {
  act(() => {
    input(container).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

function pressSearchKey(container: HTMLElement, value: string) {
  act(() => {
    input(container).dispatchEvent(new CustomEvent('confirm', { detail: { value }, bubbles: true }))
  })
}

const names = (container: HTMLElement) =>
  [...container.querySelectorAll('.search-result__name')].map((n) => n.textContent)
const highlighted = (row: Element) => [...row.querySelectorAll('.search-hit')].map((n) => n.textContent).join('')

async function suggestions(container: HTMLElement): Promise<string[]> {
  await waitFor(() => expect(container.querySelector('.search-result')).not.toBeNull())
  return names(container) as string[]
}

describe('搜索事项', () => {
  it('opens with the input focused, popular matters and no recent searches yet', async () => {
    const { container } = render(<SearchScreen />)
    await waitFor(() => expect(input(container).getAttribute('focus')).toBe('true'))
    expect(screen.getByText('大家常办的事')).toBeTruthy()
    expect(screen.getByText('养犬登记')).toBeTruthy()
    expect(screen.queryByText('最近搜索')).toBeNull()
  })

  it('狗证怎么办 → first suggestion 养犬登记 with 犬 highlighted; tapping it opens the guide and remembers the query', async () => {
    const { container } = render(<SearchScreen />)
    type(container, '狗证怎么办')
    // debounced: nothing on the very first keystroke's frame
    expect(container.querySelector('.search-result')).toBeNull()
    expect((await suggestions(container))[0]).toBe('养犬登记')
    const first = container.querySelector('.search-result')!
    expect(highlighted(first)).toContain('犬')
    expect(highlighted(first)).not.toContain('养')

    fireEvent.click(first)
    expect(navigations).toEqual([{ kind: 'navigateTo', url: '/pages/matter/index?id=dog-registration' }])
    expect(useSearchHistoryStore.getState().queries).toEqual(['狗证怎么办'])
  })

  it('jzzm (initials) → 居住证明, every character highlighted', async () => {
    const { container } = render(<SearchScreen />)
    type(container, 'jzzm')
    expect((await suggestions(container))[0]).toBe('居住证明')
    expect(highlighted(container.querySelector('.search-result')!)).toBe('居住证明')
  })

  it('a typo highlights the homophone it stands for: 养犬等级 → 养犬登记', async () => {
    const { container } = render(<SearchScreen />)
    type(container, '养犬等级')
    expect((await suggestions(container))[0]).toBe('养犬登记')
    expect(highlighted(container.querySelector('.search-result')!)).toBe('养犬登记')
  })

  it('火星签证: the complaint link carries the query, prefilled', async () => {
    const { container } = render(<SearchScreen />)
    type(container, '火星签证')
    fireEvent.click(await screen.findByText('没找到？提个微诉求'))
    expect(navigations).toEqual([
      {
        kind: 'navigateTo',
        url: `/packages/complaints/pages/new/index?category=not-done&q=${encodeURIComponent('火星签证')}`,
      },
    ])
  })

  it('nothing found: says so, offers popular matters, browsing by theme and a call to the community', async () => {
    const { container } = render(<SearchScreen />)
    type(container, '火星')
    expect(await screen.findByText('没有找到“火星”相关的事项')).toBeTruthy()
    expect(container.querySelector('.search-result')).toBeNull()
    expect(screen.getByText('大家常办的事')).toBeTruthy()

    fireEvent.click(screen.getByText('电话咨询 0818-2123456'))
    expect(phoneCalls).toEqual(['0818-2123456'])
    fireEvent.click(screen.getByText('按主题找事项'))
    expect(navigations).toEqual([{ kind: 'switchTab', url: '/pages/hall/index' }])
    fireEvent.click(screen.getByText('没找到？提个微诉求'))
    expect(navigations[1].url).toBe(
      `/packages/complaints/pages/new/index?category=not-done&q=${encodeURIComponent('火星')}`,
    )
  })

  it('recent searches: shown before typing, tap to search again, 清空 empties them', async () => {
    const { container } = render(<SearchScreen />)
    pressSearchKey(container, '低保')
    pressSearchKey(container, '高龄津贴')
    type(container, '')
    expect(await screen.findByText('最近搜索')).toBeTruthy()
    const chips = [...container.querySelectorAll('.search-chip')].map((c) => c.textContent)
    expect(chips).toEqual(['高龄津贴', '低保'])

    fireEvent.click(screen.getByText('低保'))
    expect((await suggestions(container))[0]).toBe('最低生活保障申请')

    type(container, '')
    fireEvent.click(await screen.findByText('清空'))
    expect(screen.queryByText('最近搜索')).toBeNull()
    expect(useSearchHistoryStore.getState().queries).toEqual([])
  })

  it('an ID number or phone typed as a query is searched but never remembered', async () => {
    const id17 = '11010119900307123'
    const id = id17 + idNumberCheckChar(id17)
    const { container } = render(<SearchScreen />)
    pressSearchKey(container, id)
    pressSearchKey(container, '13812345678')
    pressSearchKey(container, `${id} 居住证明`)
    expect(useSearchHistoryStore.getState().queries).toEqual([])
    expect(await suggestions(container)).toContain('居住证明')
    expect(useSearchHistoryStore.getState().queries).toEqual([])
  })

  it('recent searches survive a restart (the store re-created from storage)', () => {
    const { container } = render(<SearchScreen />)
    pressSearchKey(container, '狗证怎么办')
    const again = createSearchHistoryStore()
    expect(again.getState().queries).toEqual(['狗证怎么办'])
  })

  it('长辈版: a bigger box and at most 5 suggestions', async () => {
    const normal = render(<SearchScreen />)
    type(normal.container, '登记')
    expect((await suggestions(normal.container)).length).toBeGreaterThan(5)
    normal.unmount()

    usePrefsStore.getState().setElderMode(true)
    const { container } = render(<SearchScreen />)
    expect(container.querySelector('.screen')!.classList.contains('elder')).toBe(true)
    type(container, '登记')
    expect((await suggestions(container)).length).toBe(5)
  })
})
