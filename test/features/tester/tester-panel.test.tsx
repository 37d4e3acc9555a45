/** @jest-environment jest-fixed-jsdom */
/**
 * 测试工具 in a mock build: a long press on the version line in 我的 opens it; it switches
 * persona, fixes the face outcome, adds a fault rule, moves the clock, and shows the request
 * log without bodies. (Release builds do not contain it: see test/tester/release-build.test.ts.)
 */
import '../../ui/dom-config'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { getApi, setApi } from '@/api'
import { testerControls } from '@/api/tester-controls'
import MePage from '@/pages/me'
import { useSessionStore } from '@/stores/session-store'
import { resetTaroMock } from '../../support/taro-mock'

beforeEach(() => {
  resetTaroMock()
  setApi(null) // the app's own mock-mode api: tester faults, clock and log around the in-process backend
  testerControls.faults.clear()
  testerControls.clock.setOffset(0)
  testerControls.faceOutcome = null
  useSessionStore.setState({ session: null })
})
afterAll(() => setApi(null))

async function openPanel() {
  render(<MePage />)
  const version = screen.getByText(/长按打开测试工具/)
  fireEvent(version, new Event('longpress', { bubbles: true }))
  await screen.findByText('测试工具（仅体验版）')
}

describe('测试工具', () => {
  it('opens on a long press of the version and switches persona', async () => {
    await openPanel()
    fireEvent.click(await screen.findByText('杨帆 · 网格员（网格一）'))
    await waitFor(() => expect(useSessionStore.getState().session?.user.role).toBe('grid-worker'))
    expect(await screen.findByText(/已切换为杨帆/)).toBeTruthy()
  })

  it('fixes the face outcome, adds a fault, moves the clock; the log lists requests without bodies', async () => {
    await openPanel()
    fireEvent.click(screen.getByText('不是本人'))
    expect(testerControls.faceOutcome).toBe('mismatch')

    fireEvent.click(screen.getByText('503 服务不可用'))
    fireEvent.click(screen.getByText('添加故障'))
    expect(testerControls.faults.list()).toEqual([{ path: '/v1/complaints', kind: 'error-503', probability: 1 }])
    expect(screen.getByText(/\/v1\/complaints · 503 服务不可用 · 100%/)).toBeTruthy()

    fireEvent.click(screen.getByText('+7天'))
    expect(Math.round(testerControls.clock.offsetMs / 86_400_000)).toBe(7)
    expect(await screen.findByText(/\+7 天/)).toBeTruthy()

    await act(async () => {
      await getApi().listMatters()
    })
    await screen.findByText(/GET \/v1\/matters → 200/)
    fireEvent.click(screen.getByText('清除全部'))
    expect(testerControls.faults.list()).toEqual([])
  })
})
