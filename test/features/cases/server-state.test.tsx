/** @jest-environment jest-fixed-jsdom */
/**
 * Server state through the query cache on the case page: an action's reply is what the screen
 * shows (no second request for the case), and coming back to the app refetches a stale case.
 */
import '../../ui/dom-config'
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react'
import { focusManager } from '@tanstack/react-query'
import { renderWithQuery as render, testQueryClient } from '../../support/render-with-query'
import { resetTaroMock } from '../../support/taro-mock'
import { testBackend } from '../../support/backend'
import { clerk, submitResidenceProof } from './support'
import type { Backend } from '@mock/backend'
import { getApi, setApi } from '@/api'
import { createGovApiClient } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import { connectQueryManagers } from '@/app-query'
import { CaseDetailScreen } from '@/features/cases/case-detail-screen'
import { confirmVerification, signInAs } from '@/features/identity/session-actions'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'

/** the app's app-show / app-hide signal, driven by the test */
let appVisible: ((visible: boolean) => void) | null = null
jest.mock('@/platform/app-visibility', () => ({
  watchAppVisibility: (fn: (visible: boolean) => void) => {
    appVisible = fn
    return () => {
      appVisible = null
    }
  },
}))

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(30_000)

let backend: Backend
let api: ReturnType<typeof createGovApiClient>

/** 王志强 signed in and face-verified the way the app does it (the camera step simulated). */
async function verifiedResident() {
  await signInAs('resident-new')
  const c = await getApi().getConsent()
  await getApi().saveConsent({ version: c.version, privacy: true, face: true, idNumber: true })
  const { verifyId } = await getApi().startFaceVerification()
  await api.simulateFaceStep(verifyId, 'pass')
  await confirmVerification(verifyId)
}

const text = (c: Element) => (c.textContent ?? '').replace(/\s+/g, ' ')

beforeEach(async () => {
  resetTaroMock()
  backend = testBackend().backend
  api = createGovApiClient(inProcessTransport(backend), sessionTokenStore)
  setApi(api)
  useSessionStore.setState({ session: null })
  await verifiedResident()
})
afterEach(() => setApi(null))

it('withdrawing shows the case the server returned, without asking for the case again', async () => {
  const proof = await submitResidenceProof(backend, getApi())
  const getCase = jest.spyOn(getApi(), 'getCase')
  const { container } = render(<CaseDetailScreen caseId={proof.id} />)
  fireEvent.click(await screen.findByText('撤回申请'))
  act(() => {
    container
      .querySelector('.withdraw taro-textarea-core')!
      .dispatchEvent(new CustomEvent('input', { detail: { value: '填错了，要重新申请' }, bubbles: true }))
  })
  fireEvent.click(screen.getByText('确认撤回'))
  fireEvent.click(await screen.findByText('确定撤回'))
  await waitFor(() => expect(text(container)).toContain('您已撤回'))
  expect(getCase).toHaveBeenCalledTimes(1)
  expect(testQueryClient().getQueryData(['cases', 'detail', proof.id])).toMatchObject({ id: proof.id, version: proof.version + 1 })
})

it('when the app comes back to the front, a stale case is fetched again and shows its new status', async () => {
  const detach = connectQueryManagers()
  try {
    const proof = await submitResidenceProof(backend, getApi())
    const { container } = render(<CaseDetailScreen caseId={proof.id} />)
    await screen.findByText('办理记录')
    expect(text(container)).not.toContain('受理了申请')

    act(() => appVisible!(false))
    await clerk(backend, proof.id, 'accept')
    // 30 s later the case counts as stale (staleTime); mark it so without refetching
    await act(() => testQueryClient().invalidateQueries({ refetchType: 'none' }))
    expect(text(container)).not.toContain('受理了申请')

    act(() => appVisible!(true))
    await waitFor(() => expect(text(container)).toContain('受理了申请'))
  } finally {
    detach()
    focusManager.setFocused(undefined)
  }
})
