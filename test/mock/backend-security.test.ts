/**
 * The fake backend enforces what a real server must: sign-in (401), roles (403),
 * ownership (404 for someone else's case), server-side face verification.
 */
import { ApiError } from '@/api/contract/errors'
import { clientFor, rejects, signIn, testBackend, verifiedResident, verify } from '../support/backend'

async function fileComplaint(api: Awaited<ReturnType<typeof signIn>>) {
  return api.createComplaint({
    categoryId: 'public-facilities',
    description: '小区门口的井盖松动了，踩上去会晃，很危险。',
    photos: [],
    location: { lat: 31.2139, lng: 107.4865, address: '西外大街 90 号' },
    anonymous: false,
    public: true,
    idempotencyKey: 'k-1',
  })
}

describe('fake backend security', () => {
  it('refuses calls without a session (401)', async () => {
    const { backend } = testBackend()
    const err = await rejects(clientFor(backend).listMyCases())
    expect(err).toBeInstanceOf(ApiError)
    expect(err.code).toBe('unauthorized')
    expect(err.status).toBe(401)
  })

  it('hides another resident’s case (404) but shows it to its owner', async () => {
    const { backend } = testBackend()
    const owner = await verifiedResident(backend, 'resident-new')
    const filed = await fileComplaint(owner)
    expect((await owner.getCase(filed.id)).caseNo).toBe(filed.caseNo)

    const other = await verifiedResident(backend, 'resident-zhou')
    const err = await rejects(other.getCase(filed.id))
    expect(err.status).toBe(404)
    expect((await other.listMyCases()).map((c) => c.id)).not.toContain(filed.id)
  })

  it.each([
    ['workerQueue', (api: any) => api.workerQueue({})],
    ['workerGetCase', (api: any) => api.workerGetCase('case-0001')],
    ['workerAct', (api: any) => api.workerAct('case-0001', { action: 'accept', version: 1, input: {}, idempotencyKey: 'x' })],
    ['workerReveal', (api: any) => api.workerReveal('case-0001', { field: 'idNumber', reason: '核对身份' })],
    ['workerAudit', (api: any) => api.workerAudit()],
    ['workerStats', (api: any) => api.workerStats()],
    ['workerWalkIn', (api: any) => api.workerWalkIn({ idNumber: 'x', categoryId: 'other', description: '测试描述内容', idempotencyKey: 'w' })],
  ])('refuses a resident token on %s (403)', async (_name, call) => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend)
    const err = await rejects(call(resident))
    expect(err.status).toBe(403)
    expect(err.code).toBe('forbidden')
  })

  it('keeps grid workers inside their own grid', async () => {
    const { backend } = testBackend()
    const g1Resident = await verifiedResident(backend, 'resident-new') // grid g-1
    const filed = await fileComplaint(g1Resident)
    const gridOne = await signIn(backend, 'staff-grid-1')
    const gridTwo = await signIn(backend, 'staff-grid-2')
    expect((await gridOne.workerGetCase(filed.id)).id).toBe(filed.id)
    expect((await rejects(gridTwo.workerGetCase(filed.id))).status).toBe(403)
    expect((await gridTwo.workerQueue({})).items.map((c) => c.id)).not.toContain(filed.id)
  })

  describe('worker endpoints keep every worker inside their role and scope', () => {
    async function setup() {
      const { backend } = testBackend()
      const resident = await verifiedResident(backend, 'resident-new') // grid g-1
      const filed = await fileComplaint(resident)
      const api = async (p: string) => signIn(backend, p)
      return { backend, filed, api }
    }
    const act = (id: string) => ({ action: 'triage', version: 1, input: { level: 'blue' }, idempotencyKey: `sec-${id}` })

    it.each([
      ['workerGetCase', (a: any, id: string) => a.workerGetCase(id)],
      ['workerAct', (a: any, id: string) => a.workerAct(id, act(id))],
      ['workerReveal', (a: any, id: string) => a.workerReveal(id, { field: 'phone', reason: '核对身份' })],
    ])('%s: grid two and the police reviewer get 403 on a grid-one complaint', async (_n, call) => {
      const { backend, filed, api } = await setup()
      for (const p of ['staff-grid-2', 'staff-police']) {
        const err = await rejects(call(await api(p), filed.id))
        expect(err.status).toBe(403)
      }
      expect(backend.state.cases.get(filed.id)!.status).toBe('submitted')
      expect(backend.state.audit.filter((e) => e.action === 'reveal-pii')).toHaveLength(0)
    })

    it('workerQueue: filters (follow-ups, grid, search) never widen the scope', async () => {
      const { filed, api } = await setup()
      const gridTwo = await api('staff-grid-2')
      for (const f of [{}, { followUp: true }, { gridId: 'g-1' }, { q: filed.caseNo }, { group: 'public-facilities' }]) {
        const page = await gridTwo.workerQueue(f)
        expect(page.items.map((c) => c.id)).not.toContain(filed.id)
      }
      // the seeded 回访 is in grid one: grid two never sees it
      expect((await gridTwo.workerQueue({ followUp: true })).items.every((c) => c.kind === 'complaint')).toBe(true)
      expect((await (await api('staff-grid-1')).workerQueue({ followUp: true })).total).toBeGreaterThan(0)
      expect((await gridTwo.workerQueue({ followUp: true })).total).toBe(0)
      // grid workers handle complaints only: no applications in their queue
      expect((await (await api('staff-grid-1')).workerQueue({ kind: 'application' })).total).toBe(0)
      // a department reviewer sees only what was forwarded to the department
      expect((await (await api('staff-urban')).workerQueue({})).total).toBe(0)
    })

    it.each([
      ['workerAudit', (a: any) => a.workerAudit({ action: 'reveal-pii' }), ['staff-clerk', 'staff-grid-1', 'staff-police']],
      ['workerStats', (a: any) => a.workerStats(), ['staff-grid-1', 'staff-police']],
    ])('%s: refused (403) to the roles without the right', async (_n, call, personas) => {
      const { api } = await setup()
      for (const p of personas) expect((await rejects(call(await api(p)))).status).toBe(403)
    })

    it('a staff token cannot use resident endpoints, and a merge target outside the scope is refused', async () => {
      const { backend, filed, api } = await setup()
      expect((await rejects((await api('staff-clerk')).listMyCases())).status).toBe(403)
      const zhou = await verifiedResident(backend, 'resident-zhou') // grid g-2
      const other = await fileComplaint(zhou)
      const gridTwo = await api('staff-grid-2')
      const err = await rejects(gridTwo.workerAct(other.id, { action: 'merge', version: other.version, input: { targetCaseId: filed.id }, idempotencyKey: 'm' }))
      expect(err.status).toBe(400)
      expect(backend.state.cases.get(other.id)!.status).toBe('submitted')
    })
  })

  it('releases no profile before a server-confirmed verification', async () => {
    const { backend } = testBackend()
    const api = await signIn(backend, 'resident-new')
    expect((await rejects(api.getProfile())).status).toBe(403)
    const failed = await rejects(verify(api, 'mismatch'))
    expect(failed.code).toBe('face-failed')
    expect(failed.message).toContain('不一致')
    expect((await rejects(api.getProfile())).status).toBe(403)
  })

  it('ignores a forged client "success": only the server’s own verify_ret counts', async () => {
    const { backend } = testBackend()
    const api = await signIn(backend, 'resident-new')
    const c = await api.getConsent()
    await api.saveConsent({ version: c.version, privacy: true, face: true, idNumber: true })
    const { verifyId } = await api.startFaceVerification()
    // the client claims success without the camera step ever reporting
    const unknown = await rejects(api.confirmFaceVerification('verify-9999'))
    expect(unknown.status).toBe(404)
    const unreported = await rejects(api.confirmFaceVerification(verifyId))
    expect(unreported.code).toBe('face-failed')
    expect((await rejects(api.getProfile())).status).toBe(403)
  })

  it('makes a verification single-use', async () => {
    const { backend } = testBackend()
    const api = await signIn(backend, 'resident-new')
    const c = await api.getConsent()
    await api.saveConsent({ version: c.version, privacy: true, face: true, idNumber: true })
    const { verifyId } = await api.startFaceVerification()
    await api.simulateFaceStep(verifyId, 'pass')
    const ok = await api.confirmFaceVerification(verifyId)
    expect(ok.profile.name).toBe('王志强')
    expect(ok.profile.idNumberMasked).toMatch(/^511\*{11}\d{3}[\dX]$/)
    expect((await rejects(api.confirmFaceVerification(verifyId))).status).toBe(409)
  })

  it('keeps the audit log append-only and out of reach of non-admins', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend)
    await fileComplaint(resident)
    const admin = await signIn(backend, 'staff-admin')
    const before = await admin.workerAudit()
    expect(before.some((e) => e.action === 'face-confirm')).toBe(true)
    expect(() => {
      ;(backend.state.audit[0] as { detail: string }).detail = 'tampered'
    }).toThrow()
    const clerk = await signIn(backend, 'staff-clerk')
    expect((await rejects(clerk.workerAudit())).status).toBe(403)
    const after = await admin.workerAudit()
    expect(after.length).toBeGreaterThanOrEqual(before.length)
    expect(after.slice(-before.length)).toEqual(before.slice(-before.length))
  })
})

describe('anonymous reports and supporters', () => {
  it('never tells a supporter who filed an anonymous report', async () => {
    const { backend } = testBackend()
    const reporter = await verifiedResident(backend, 'resident-new')
    const filed = await reporter.createComplaint({
      categoryId: 'safety-hazard',
      description: '楼道里堆满了纸箱和旧家具，着火了没法逃生。',
      photos: [],
      location: { lat: 31.2139, lng: 107.4865, address: '西外大街 88 号 3 栋' },
      anonymous: true,
      public: true,
      idempotencyKey: 'anon-1',
    })
    const neighbour = await verifiedResident(backend, 'resident-zhou')
    await neighbour.supportComplaint(filed.id)
    const seen = await neighbour.getCase(filed.id)
    expect(seen.applicantMasked).toBe('匿名居民')
    expect(JSON.stringify(seen)).not.toMatch(/王|r-wang-zhiqiang/)
    expect((await reporter.getCase(filed.id)).applicantMasked).toBe('王*强')
  })
})
