/** @jest-environment jest-fixed-jsdom */
import '../../ui/dom-config'
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithQuery as render } from '../../support/render-with-query'
import { resetTaroMock } from '../../support/taro-mock'
import { clientFor, testBackend, verifiedResident } from '../../support/backend'
import { clerk, submitDogRegistration } from './support'
import { setApi } from '@/api'
import { VerifyScreen } from '@/features/certificates'
import { codeFromLaunch } from '@/domain/certificates/code'

// the machine is shared and slow: give the fake backend round trips time
configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(30_000)

beforeEach(() => resetTaroMock())
afterEach(() => setApi(null))

async function issuedLicence() {
  const { backend, clock } = testBackend()
  const me = await verifiedResident(backend, 'resident-new')
  const dog = await submitDogRegistration(backend, me)
  await clerk(backend, dog.id, 'accept')
  await clerk(backend, dog.id, 'approve')
  const doc = await me.getCaseCertificate(dog.id)
  // the public page uses an api with no session at all
  setApi(clientFor(backend))
  return { backend, clock, doc }
}

describe('证照核验 (public)', () => {
  it('without a code shows the manual input', () => {
    setApi(clientFor(testBackend().backend))
    const { container } = render(<VerifyScreen />)
    expect(screen.getByText('输入核验码')).toBeTruthy()
    expect(container.querySelector('taro-input-core')).not.toBeNull()
    fireEvent.click(screen.getByText('核验'))
    expect(screen.getByText('⚠ 请输入证照上的核验码')).toBeTruthy()
  })

  it('a scanned QR (verify URL → c) says 有效 with masked facts', async () => {
    const { doc } = await issuedLicence()
    const code = codeFromLaunch({ q: encodeURIComponent(doc.verifyUrl) })
    expect(code).toBe(doc.certificate.code)
    const { container } = render(<VerifyScreen initialCode={code} />)
    await screen.findByText(/✓ 有效/)
    const t = container.textContent ?? ''
    expect(t).toContain('电子犬证')
    expect(t).toContain('王*强')
    expect(t).not.toContain('王志强')
  })

  it('a tampered code says 无法识别（伪造或输错）', async () => {
    const { doc } = await issuedLicence()
    const c = doc.certificate.code
    render(<VerifyScreen initialCode={c.slice(0, 3) + (c[3] === 'Z' ? 'Y' : 'Z') + c.slice(4)} />)
    expect(await screen.findByText(/无法识别（伪造或输错）/)).toBeTruthy()
  })

  it('an expired licence says 已过期; typing a code by hand works too', async () => {
    const { clock, doc } = await issuedLicence()
    clock.set('2027-12-01T09:00:00+08:00')
    const { container } = render(<VerifyScreen />)
    act(() => {
      container
        .querySelector('taro-input-core')!
        .dispatchEvent(
          new CustomEvent('input', { detail: { value: doc.certificate.code.toLowerCase() }, bubbles: true }),
        )
    })
    fireEvent.click(screen.getByText('核验'))
    await waitFor(() => expect(container.textContent).toContain('已过期'))
  })
})
