/** @jest-environment jest-fixed-jsdom */
import '../../ui/dom-config'
import { fireEvent, screen } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { navigations, resetTaroMock } from '../../support/taro-mock'
import { HomeScreen } from '@/features/home'
import { usePrefsStore } from '@/stores/prefs-store'

const initial = usePrefsStore.getState()

beforeEach(() => {
  usePrefsStore.setState(initial, true)
  resetTaroMock()
})

const entrance = (name: string) => screen.getByText(name).closest('.entrance') as HTMLElement

describe('首页', () => {
  it('shows the community and the three entrances, each with one plain line', () => {
    const { container } = render(<HomeScreen />)
    expect(screen.getByText('西外社区')).toBeTruthy()
    const tiles = [...container.querySelectorAll('.entrance')]
    expect(tiles.map((t) => t.querySelector('.entrance__name')!.textContent)).toEqual(['办事大厅', '微诉求', '随手拍'])
    for (const t of tiles) expect(t.querySelector('.entrance__desc')!.textContent).not.toBe('')
  })

  it('办事大厅 switches to the hall tab', () => {
    render(<HomeScreen />)
    fireEvent.click(entrance('办事大厅'))
    expect(navigations).toEqual([{ kind: 'switchTab', url: '/pages/hall/index' }])
  })

  it('微诉求 and 随手拍 switch to the 诉求 tab and leave their intent for it', () => {
    render(<HomeScreen />)
    fireEvent.click(entrance('随手拍'))
    expect(navigations).toEqual([{ kind: 'switchTab', url: '/pages/complaints/index' }])
    expect(usePrefsStore.getState().takeComplaintIntent()).toBe('snap')

    fireEvent.click(entrance('微诉求'))
    expect(usePrefsStore.getState().takeComplaintIntent()).toBe('complaint')
  })

  it('each 常用服务 tile opens its own matter, not the top of the hall', () => {
    render(<HomeScreen />)
    for (const name of ['养犬登记', '居住证明', '犬只年检', '困难证明']) fireEvent.click(screen.getByText(name))
    expect(navigations).toEqual(
      ['dog-registration', 'residence-proof', 'dog-annual-review', 'hardship-proof'].map((id) => ({
        kind: 'navigateTo',
        url: `/pages/matter/index?id=${id}`,
      })),
    )
  })

  it('offers 长辈版 once, in the page; 不用了 ends the offer but keeps the switch', () => {
    render(<HomeScreen />)
    expect(screen.getByText('字太小？试试长辈版')).toBeTruthy()
    fireEvent.click(screen.getByText('不用了'))
    expect(screen.queryByText('字太小？试试长辈版')).toBeNull()
    expect(screen.getByText('长辈版')).toBeTruthy()
    expect(usePrefsStore.getState()).toMatchObject({ elderPrompted: true, elderMode: false })
  })

  it('长辈版 shows the simpler home: same entrances, fewer words, bigger page', () => {
    const { container } = render(<HomeScreen />)
    expect(screen.getByText('办电子犬证')).toBeTruthy()
    fireEvent.click(screen.getByText('长辈版'))

    expect(container.querySelector('.screen')!.classList.contains('elder')).toBe(true)
    expect(container.querySelectorAll('.entrance')).toHaveLength(3)
    expect(screen.queryByText('办电子犬证')).toBeNull()
    expect(screen.getByText('养犬登记')).toBeTruthy()
    expect(screen.getByText('已开启')).toBeTruthy()
  })
})
