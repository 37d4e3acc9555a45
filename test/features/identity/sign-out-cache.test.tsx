/** @jest-environment jest-fixed-jsdom */
/**
 * The query cache holds personal data (profile, relatives, cases): sign-out empties it, and the
 * next person to sign in on the same phone sees only their own record.
 */
import '../../ui/dom-config'
import { act, configure, screen } from '@testing-library/react'
import { renderWithQuery as render, testQueryClient } from '../../support/render-with-query'
import { resetTaroMock } from '../../support/taro-mock'
import { testBackend } from '../../support/backend'
import { getApi, setApi } from '@/api'
import { createGovApiClient } from '@/api/client'
import { inProcessTransport } from '@/api/mock-adapter'
import { ProfileScreen } from '@/features/identity/screens'
import { confirmVerification, signInAs, signOut } from '@/features/identity/session-actions'
import { sessionTokenStore, useSessionStore } from '@/stores/session-store'

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(30_000)

let api: ReturnType<typeof createGovApiClient>

/** Sign-in, consent and face verification the way the app does them (the camera step simulated). */
async function signInVerified(persona: string) {
  await signInAs(persona)
  const c = await getApi().getConsent()
  await getApi().saveConsent({ version: c.version, privacy: true, face: true, idNumber: true })
  const { verifyId } = await getApi().startFaceVerification()
  await api.simulateFaceStep(verifyId, 'pass')
  await confirmVerification(verifyId)
}

beforeEach(() => {
  resetTaroMock()
  api = createGovApiClient(inProcessTransport(testBackend().backend), sessionTokenStore)
  setApi(api)
  useSessionStore.setState({ session: null })
})
afterEach(() => setApi(null))

/** what the cache holds (a screen still on display keeps an empty, idle entry: no data) */
const cachedData = () =>
  testQueryClient()
    .getQueryCache()
    .getAll()
    .map((q) => q.state.data)
    .filter((d) => d !== undefined)

it('sign-out empties the cache, and the next resident sees only their own profile', async () => {
  await signInVerified('resident-new')
  const { container } = render(<ProfileScreen />)
  expect(await screen.findByText('王*强')).toBeTruthy()
  expect(cachedData().length).toBeGreaterThan(0)

  await act(() => signOut())
  expect(cachedData()).toEqual([])
  expect(await screen.findByText('请先登录')).toBeTruthy()

  await act(() => signInVerified('resident-no-address'))
  expect(await screen.findByText('赵*')).toBeTruthy()
  expect(container.textContent).not.toContain('王*强')
  const profiles = testQueryClient().getQueryCache().findAll({ queryKey: ['identity', 'profile'] })
  expect(profiles.filter((q) => q.state.data).map((q) => q.queryKey)).toEqual([
    ['identity', 'profile', useSessionStore.getState().session!.user.id],
  ])
})

it('another resident signing in without a sign-out (switching personas) also starts from an empty cache', async () => {
  await signInVerified('resident-new')
  render(<ProfileScreen />)
  expect(await screen.findByText('王*强')).toBeTruthy()

  await act(() => signInAs('resident-no-address'))
  expect(cachedData()).toEqual([])
  expect(screen.queryByText('王*强')).toBeNull()
})
