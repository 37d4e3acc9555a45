/** @jest-environment jest-fixed-jsdom */
/**
 * 微诉求 on screen over the real backend: the search hand-off (?q=) prefills the text; 办不成事
 * asks which matter and where it got stuck (chips); the counter counts; the contact phone is masked.
 */
import '../../ui/dom-config'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { setApi } from '@/api'
import { createGovApiClient } from '@/api/client'
import type { GovApi, TesterApi } from '@/api/contract/gov-api'
import { inProcessTransport } from '@/api/mock-adapter'
import { ComposerScreen } from '@/features/complaints'
import { emptyDraft, useComplaintDraftStore } from '@/stores/complaint-draft-store'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'
import { navigations, resetTaroMock } from '../../support/taro-mock'
import { testBackend } from '../../support/backend'
import { signInVerified } from '../../support/verified-session'

let api: GovApi & TesterApi

beforeEach(async () => {
  resetTaroMock()
  useSessionStore.setState({ session: null })
  useComplaintDraftStore.setState({ drafts: { snap: emptyDraft(), complaint: emptyDraft() } })
  api = createGovApiClient(inProcessTransport(testBackend().backend), sessionTokenStore)
  await signInVerified(api)
})

afterAll(() => setApi(null))

describe('微诉求', () => {
  it('办不成事 from search: prefilled text, matter and stuck-at required, sent with them', async () => {
    render(<ComposerScreen kind='complaint' category='not-done' q='犬证补办' />)
    expect(screen.getByText('想办的事项')).toBeTruthy()
    const text = '我想办“犬证补办”，但没找到。'
    expect(useComplaintDraftStore.getState().drafts.complaint.description).toBe(text)
    expect(screen.getByText(`${[...text].length}/500字，至少10个字`)).toBeTruthy()
    // the phone from the profile, masked
    await screen.findByText(/社区会打这个号码联系您：1\d{2}\*{4}\d{4}/)

    fireEvent.click(screen.getByText('发送'))
    await screen.findByText('请选择没办成的事项')
    expect(screen.getByText('请说明卡在哪一步')).toBeTruthy()
    expect(navigations).toEqual([])

    act(() => useComplaintDraftStore.getState().update('complaint', { matterId: 'dog-licence-reissue' }))
    fireEvent.click(screen.getByText('找不到在哪里办'))
    fireEvent.click(screen.getByText('发送'))
    await waitFor(() => expect(navigations.at(-1)?.kind).toBe('redirectTo'), { timeout: 5000 })
    const [mine] = await api.listMyCases({ kind: 'complaint' })
    expect(mine.title).toBe('办不成事')
    const d = await api.getCase(mine.id)
    expect(d.complaint!.description).toBe(text)
    expect(d.values).toMatchObject({ matterId: 'dog-licence-reissue', stuckAt: '找不到在哪里办' })
  })

  it('the counter follows the text and a too-short text is refused in words', async () => {
    render(<ComposerScreen kind='complaint' />)
    fireEvent.click(screen.getByText('噪音扰民'))
    act(() => {
      document.querySelector('taro-textarea-core')!.dispatchEvent(new CustomEvent('input', { detail: { value: '楼上很吵' }, bubbles: true }))
    })
    expect(screen.getByText('4/500字，至少10个字')).toBeTruthy()
    fireEvent.click(screen.getByText('发送'))
    expect(await screen.findByText('请至少用10个字描述问题（现在4个字）')).toBeTruthy()
  })
})
