/** @jest-environment jest-fixed-jsdom */
import '../../ui/dom-config'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { navigations, resetTaroMock } from '../../support/taro-mock'
import { ApiError, setApi, type GovApi, type MatterSummary } from '@/api'
import { groupMattersByTheme, HallScreen, timeLimitLabel } from '@/features/hall'

const matter = (
  m: Partial<MatterSummary> & Pick<MatterSummary, 'id' | 'name' | 'theme' | 'themeName'>,
): MatterSummary => ({
  summary: '说明',
  mode: 'online',
  timeLimitDays: 3,
  online: true,
  ...m,
})

const CATALOGUE: MatterSummary[] = [
  matter({ id: 'dog-registration', name: '养犬登记', theme: 'dogs', themeName: '养犬', summary: '办电子犬证' }),
  matter({ id: 'residence-proof', name: '居住证明', theme: 'proofs', themeName: '证明开具', timeLimitDays: 0 }),
  matter({
    id: 'dog-annual-review',
    name: '犬只年检',
    theme: 'dogs',
    themeName: '养犬',
    mode: 'appointment',
    online: false,
  }),
  matter({
    id: 'hukou-transfer-in',
    name: '户口迁入',
    theme: 'household',
    themeName: '户籍与居住',
    mode: 'guide',
    online: false,
    timeLimitDays: 5,
  }),
]

/** Only the one method the hall uses; the rest of GovApi is not reached. */
function fakeApi(listMatters: () => Promise<MatterSummary[]>): GovApi {
  return { listMatters } as Partial<GovApi> as GovApi
}

beforeEach(() => resetTaroMock())
afterEach(() => setApi(null))

describe('groupMattersByTheme', () => {
  it('groups by theme in catalogue order', () => {
    const groups = groupMattersByTheme(CATALOGUE)
    expect(groups.map((g) => [g.themeName, g.matters.map((m) => m.name)])).toEqual([
      ['养犬', ['养犬登记', '犬只年检']],
      ['证明开具', ['居住证明']],
      ['户籍与居住', ['户口迁入']],
    ])
  })

  it('says 即办 for a zero time limit', () => {
    expect(timeLimitLabel(0)).toBe('即办')
    expect(timeLimitLabel(5)).toBe('5个工作日')
  })
})

describe('办事大厅', () => {
  it('lists matters under their theme with how and how fast they are handled', async () => {
    setApi(fakeApi(async () => CATALOGUE))
    const { container } = render(<HallScreen />)
    expect(screen.getByText('正在加载办事事项…')).toBeTruthy()

    await screen.findByText('养犬登记')
    const headings = [...container.querySelectorAll('.cell-group__title')].map((h) => h.textContent)
    expect(headings).toEqual(['养犬', '证明开具', '户籍与居住'])

    const row = (name: string) => screen.getByText(name).closest('.cell') as HTMLElement
    expect(row('养犬登记').textContent).toContain('可网上办')
    expect(row('养犬登记').textContent).toContain('3个工作日')
    expect(row('养犬登记').textContent).toContain('办电子犬证')
    expect(row('居住证明').textContent).toContain('即办')
    expect(row('犬只年检').textContent).toContain('预约办')
    expect(row('户口迁入').textContent).toContain('窗口办')
    expect(screen.queryByText('正在加载办事事项…')).toBeNull()
  })

  it('opens the matter page when a matter is tapped', async () => {
    setApi(fakeApi(async () => CATALOGUE))
    render(<HallScreen />)
    fireEvent.click(await screen.findByText('居住证明'))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: '/pages/matter/index?id=residence-proof' }])
  })

  it('shows what went wrong with 重试 when the catalogue cannot load, and recovers', async () => {
    const listMatters = jest
      .fn<Promise<MatterSummary[]>, []>()
      .mockRejectedValueOnce(new ApiError({ code: 'network' }))
      .mockResolvedValueOnce(CATALOGUE)
    setApi(fakeApi(listMatters))
    render(<HallScreen />)

    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByText('重试'))
    })
    await screen.findByText('养犬登记')
    expect(screen.queryByText('重试')).toBeNull()
    expect(listMatters).toHaveBeenCalledTimes(2)
  })

  it('says so when there is nothing to list', async () => {
    setApi(fakeApi(async () => []))
    render(<HallScreen />)
    await waitFor(() => expect(screen.getByText('暂时没有可办的事项')).toBeTruthy())
  })
})
