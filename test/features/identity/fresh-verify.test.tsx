/** @jest-environment jest-fixed-jsdom */
/**
 * Signing in again within the binding period starts verified (no face step); revealing the own
 * full ID number then asks for a face check in this session, and works after it.
 */
import '../../ui/dom-config'
import { act, fireEvent, screen } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { navigations, resetTaroMock } from '../../support/taro-mock'
import { createGovApiClient } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import { getApi, setApi } from '@/api'
import { getTesterApi } from '@/api/tester-api'
import { makeIdNumber } from '@mock/backend'
import { ProfileScreen, VerifyScreen } from '@/features/identity/screens'
import { nextAfterSignIn, signInAs, signOut } from '@/features/identity/session-actions'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'
import { testBackend } from '../../support/backend'

jest.setTimeout(20_000)

const tap = async (text: string) => {
  const el = await screen.findByText(text, undefined, { timeout: 5000 })
  await act(async () => {
    fireEvent.click(el)
  })
}

beforeEach(() => {
  resetTaroMock()
  const { backend } = testBackend()
  setApi(createGovApiClient(inProcessTransport(backend), sessionTokenStore))
  useSessionStore.setState({ session: null })
})
afterEach(() => setApi(null))

it('a returning resident starts verified, and re-verifies only to reveal the full ID number', async () => {
  await signInAs('resident-new')
  const c = await getApi().getConsent()
  await getApi().saveConsent({ version: c.version, privacy: true, face: true, idNumber: true })
  const { verifyId } = await getApi().startFaceVerification()
  await getTesterApi().simulateFaceStep(verifyId, 'pass')
  await getApi().confirmFaceVerification(verifyId)
  await signOut()

  // the next sign-in of the same WeChat user: verified by the binding, no face step
  await signInAs('resident-new')
  expect(useSessionStore.getState().session?.user.verified).toBe(true)
  expect(await nextAfterSignIn(null)).toBe('/pages/me/index')

  const { unmount } = render(<ProfileScreen />)
  await tap('点这里显示完整号码（会留存查看记录）')
  expect(await screen.findByText('这一步需要重新进行人脸核验', undefined, { timeout: 5000 })).toBeTruthy()
  expect(navigations.at(-1)?.url).toBe('/packages/identity/pages/verify/index?again=1&returnUrl=%2Fpackages%2Fidentity%2Fpages%2Fprofile%2Findex')
  unmount()

  // the verify page runs the face step although the session is verified
  const { verifyId: again } = await getApi().startFaceVerification()
  render(<VerifyScreen again returnUrl='/packages/identity/pages/profile/index' />)
  expect(await screen.findByText('开始人脸核验', undefined, { timeout: 5000 })).toBeTruthy()
  await getTesterApi().simulateFaceStep(again, 'pass')
  await getApi().confirmFaceVerification(again)
  expect((await getApi().revealOwnIdNumber('本人查看')).value).toBe(makeIdNumber('1985-07-20', 31))
})
