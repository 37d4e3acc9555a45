/**
 * The http adapter (Taro.request → fetch in jest) against the msw face of the same fake
 * backend: what works in mock mode works over HTTP, errors arrive typed, 401 refreshes once.
 */
import { setupServer } from 'msw/node'
import { http, HttpResponse } from 'msw'
import { memoryTokenStore } from '@/api/client'
import { createHttpGovApi } from '@/api/http-adapter'
import { createHandlers } from '@mock/msw/handlers'
import { rejects, testBackend } from '../support/backend'

const BASE = 'https://gov.example.test/api'
const { backend, clock } = testBackend()
const server = setupServer(...createHandlers(backend, BASE))

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  backend.reset()
})
afterAll(() => server.close())

describe('http adapter over msw', () => {
  it('signs in, verifies and reads the profile over HTTP', async () => {
    const api = createHttpGovApi(BASE, memoryTokenStore())
    const personas = await api.listPersonas()
    expect(personas.map((p) => p.id)).toContain('resident-elder')
    await api.login({ persona: 'resident-elder' })
    const consent = await api.getConsent()
    await api.saveConsent({ version: consent.version, privacy: true, face: true, idNumber: true })
    const { verifyId } = await api.startFaceVerification()
    await api.simulateFaceStep(verifyId, 'pass')
    const { profile } = await api.confirmFaceVerification(verifyId)
    expect(profile.name).toBe('孙桂兰')
    expect(profile).not.toHaveProperty('idNumber')
    expect((await api.getProfile()).residenceAddress?.detail).toContain('凤凰大道')
  })

  it('lists the 46-matter catalog without signing in', async () => {
    const api = createHttpGovApi(BASE, memoryTokenStore())
    const matters = await api.listMatters()
    expect(matters).toHaveLength(46)
    expect(matters.find((m) => m.name === '养犬登记')?.online).toBe(true)
  })

  it('maps server errors to typed ApiErrors with Chinese messages', async () => {
    const api = createHttpGovApi(BASE, memoryTokenStore())
    const err = await rejects(api.getProfile())
    expect(err.code).toBe('unauthorized')
    expect(err.message).toMatch(/登录/)
    const bad = await rejects(api.login({ persona: 'nobody' }))
    expect(bad.status).toBe(400)
    expect(bad.fieldErrors.persona).toBeTruthy()
  })

  it('refreshes an expired access token once and replays the request', async () => {
    const tokens = memoryTokenStore()
    const api = createHttpGovApi(BASE, tokens)
    await api.login({ persona: 'resident-new' })
    const first = tokens.get()!.accessToken
    clock.advanceDays(1) // access token (30 min) expired, refresh token (30 days) still good
    const consent = await api.getConsent()
    expect(consent.privacy).toBe(false)
    expect(tokens.get()!.accessToken).not.toBe(first)
  })

  it('reports a network failure as retryable', async () => {
    server.use(http.get(`${BASE}/v1/matters`, () => HttpResponse.error()))
    const api = createHttpGovApi(BASE, memoryTokenStore())
    const err = await rejects(api.listMatters())
    expect(err.code).toBe('network')
    expect((err as unknown as { retryable: boolean }).retryable).toBe(true)
  })

  it('rejects a malformed response instead of passing it on', async () => {
    server.use(http.get(`${BASE}/v1/matters`, () => HttpResponse.json([{ id: 1 }])))
    const api = createHttpGovApi(BASE, memoryTokenStore())
    const err = await rejects(api.listMatters())
    expect(err.code).toBe('bad-response')
  })
})
