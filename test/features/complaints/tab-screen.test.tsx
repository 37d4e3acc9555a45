/** @jest-environment jest-fixed-jsdom */
import '../../ui/dom-config'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render as rtlRender, screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { navigations, resetTaroMock } from '../../support/taro-mock'
import { COMPLAINT_URLS, ComplaintsTabScreen } from '@/features/complaints'
import { usePrefsStore } from '@/stores/prefs-store'

const initial = usePrefsStore.getState()

/** 我的诉求 reads server state through TanStack Query: a fresh client per render */
const render = (ui: ReactElement) => rtlRender(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>)

beforeEach(() => {
  usePrefsStore.setState(initial, true)
  resetTaroMock()
})

const kindTitles = (container: HTMLElement) =>
  [...container.querySelectorAll('.complaints__kind')].map((k) => k.querySelector('.section__title')?.textContent)

describe('诉求 tab', () => {
  it('offers 微诉求 then 随手拍, each opening its own composer, and 社区动态 opens the board', () => {
    const { container } = render(<ComplaintsTabScreen />)
    expect(kindTitles(container)).toEqual(['微诉求', '随手拍'])
    expect(navigations).toEqual([])

    fireEvent.click(screen.getByText('提个微诉求'))
    fireEvent.click(screen.getAllByText('随手拍').find((n) => n.closest('button, taro-button-core'))!)
    fireEvent.click(screen.getByText('社区动态'))
    expect(navigations.map((n) => n.url)).toEqual([COMPLAINT_URLS.complaint, COMPLAINT_URLS.snap, COMPLAINT_URLS.board])
  })

  it('coming from the home page’s 随手拍: that card comes first, chosen, and its composer opens once', () => {
    usePrefsStore.getState().setComplaintIntent('snap')
    const { container } = render(<ComplaintsTabScreen />)
    expect(kindTitles(container)).toEqual(['随手拍', '微诉求'])
    expect(container.querySelector('.complaints__kind--chosen .section__title')?.textContent).toBe('随手拍')
    expect(navigations).toEqual([{ kind: 'navigateTo', url: COMPLAINT_URLS.snap }])
    // the intent is used up: nothing is pending for the next time the tab shows
    expect(usePrefsStore.getState().complaintIntent).toBeNull()
  })

  it('signed out, 我的诉求 says what signing in will show', () => {
    render(<ComplaintsTabScreen />)
    expect(screen.getByText('登录后，这里会列出您提交过的诉求和办理进度。')).toBeTruthy()
  })
})
