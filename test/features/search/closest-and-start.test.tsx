/** @jest-environment jest-fixed-jsdom */
import '../../ui/dom-config'
import { waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { resetTaroMock } from '../../support/taro-mock'
import { HomeScreen } from '@/features/home'
import { SearchScreen } from '@/features/search/page'
import { closestMatters, isSearchPrepared, MIN_SCORE, searchMatters } from '@/domain/search/search-matters'

beforeEach(() => resetTaroMock())

describe('the search index is built by the search page, not at app start', () => {
  it('the home page (with its search box) leaves it unbuilt; mounting the search page builds it', async () => {
    render(<HomeScreen />)
    expect(document.body.textContent).toContain('搜索要办的事')
    expect(isSearchPrepared()).toBe(false)
    render(<SearchScreen />)
    await waitFor(() => expect(isSearchPrepared()).toBe(true))
  })
})

describe('closestMatters (the no-result fallback)', () => {
  it('agrees with searchMatters where it has results', () => {
    expect(closestMatters('狗证怎么办', 3)).toEqual(searchMatters('狗证怎么办', 3))
  })

  it('finds weaker evidence below MIN_SCORE, best first, capped', () => {
    const weak = closestMatters('外星人', 3)
    expect(searchMatters('外星人')).toEqual([])
    expect(weak.length).toBeGreaterThan(0)
    expect(weak.length).toBeLessThanOrEqual(3)
    expect(weak.every((h) => h.score > 0 && h.score < MIN_SCORE)).toBe(true)
    expect(weak.map((h) => h.score)).toEqual([...weak.map((h) => h.score)].sort((a, b) => b - a))
  })

  it('nothing for nonsense or empty input', () => {
    expect(closestMatters('asdfgh')).toEqual([])
    expect(closestMatters('')).toEqual([])
    expect(closestMatters('狗', 0)).toEqual([])
  })
})
