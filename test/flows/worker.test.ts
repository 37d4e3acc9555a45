/**
 * Worker console across both sides on one backend: resident submits → clerk 受理 → 补正 →
 * resident fixes → clerk approves → certificate; a complaint triaged 红, forwarded to 城管, the
 * reviewer returns it, resolved, rated 不满意 → a 回访 task in the queue. Plus optimistic
 * concurrency, batch idempotency and the audit log.
 */
import type { Backend } from '@mock/backend'
import type { GovApi } from '@/api/contract/gov-api'
import { getMatter } from '@/domain/matters/catalog'
import { autofillValues, PLEDGE_KEY } from '@/domain/matters/engine'
import { newBatch, runBatch } from '@/features/worker/batch'
import { rejects, signIn, testBackend, verifiedResident } from '../support/backend'

let n = 0
async function residenceProof(backend: Backend, api: GovApi, residentId = 'r-wang-zhiqiang') {
  const auto = autofillValues(getMatter('residence-proof').form!, backend.state.residents.get(residentId)!)
  return api.submitApplication({
    matterId: 'residence-proof',
    values: { ...auto.values, purpose: 'school', recipient: 'school', delivery: 'electronic', [PLEDGE_KEY]: true },
    materials: {},
    idempotencyKey: `wf-proof-${++n}`,
  })
}

async function complaint(api: GovApi, description = '小区门口的井盖松动了，踩上去会晃，很危险。') {
  return api.createComplaint({
    categoryId: 'public-facilities',
    description,
    photos: [],
    location: { lat: 31.2139, lng: 107.4865, address: '西外大街 90 号' },
    anonymous: false,
    public: true,
    idempotencyKey: `wf-c-${++n}`,
  })
}

async function act(api: GovApi, id: string, action: string, input: Record<string, unknown> = {}) {
  const c = await api.workerGetCase(id)
  return api.workerAct(id, { action, version: c.version, input, idempotencyKey: `wf-act-${++n}` })
}

describe('worker flow: application', () => {
  it('submit → 受理 → 补正 → resident fixes → 审核通过 → certificate', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const clerk = await signIn(backend, 'staff-clerk')
    const filed = await residenceProof(backend, resident)

    const queue = await clerk.workerQueue({ q: filed.caseNo })
    expect(queue.items.map((c) => c.id)).toEqual([filed.id])
    expect(queue.today).toBe('2026-11-23')

    const accepted = await act(clerk, filed.id, 'accept')
    expect(accepted.status).toBe('accepted')
    expect(accepted.allowedActions).toEqual(expect.arrayContaining(['approve', 'request-supplement', 'reject']))

    // 补正 must name the matter's real fields, and must name something
    expect(
      (await rejects(act(clerk, filed.id, 'request-supplement', { supplementItems: [], reason: '请补充' }))).status,
    ).toBe(400)
    expect(
      (await rejects(act(clerk, filed.id, 'request-supplement', { supplementItems: ['nonsense'], reason: '请补充' })))
        .status,
    ).toBe(400)
    const asked = await act(clerk, filed.id, 'request-supplement', {
      supplementItems: ['purpose'],
      reason: '用途与开具单位不一致，请重新选择',
    })
    expect(asked.status).toBe('needs-supplement')
    expect(asked.supplement?.items).toEqual(['purpose'])

    const mine = await resident.getCase(filed.id)
    const fixed = await resident.supplementCase(filed.id, {
      version: mine.version,
      values: { purpose: 'bank' },
      materials: {},
      idempotencyKey: 'wf-fix',
    })
    expect(fixed.status).toBe('accepted')

    const approved = await act(clerk, filed.id, 'approve', { resultText: '审核通过，证明已出具。' })
    expect(approved.status).toBe('approved')
    expect(approved.certificate?.code).toBeTruthy()
    expect((await resident.getCase(filed.id)).certificate?.serialNo).toBe(approved.certificate?.serialNo)

    const audit = await (await signIn(backend, 'staff-admin')).workerAudit({ caseId: filed.id })
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['submit', 'accept', 'request-supplement', 'resubmit-supplement', 'approve']),
    )
  })

  it('blocks a rejection without a reason code and text (400 with the field)', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const clerk = await signIn(backend, 'staff-clerk')
    const filed = await residenceProof(backend, resident)
    const err = await rejects(act(clerk, filed.id, 'reject', {}))
    expect(err.status).toBe(400)
    expect(err.message).toMatch(/理由/)
    const err2 = await rejects(act(clerk, filed.id, 'reject', { reasonCode: 'ineligible', reason: '不行' }))
    expect(err2.status).toBe(400)
  })

  it('two workers act on the same version: exactly one approval, the other learns who changed it', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const clerk = await signIn(backend, 'staff-clerk')
    const admin = await signIn(backend, 'staff-admin')
    const filed = await residenceProof(backend, resident)
    // admin may 转派 and the clerk may approve from accepted: both see version v
    const seen = await act(clerk, filed.id, 'accept')
    const results = await Promise.allSettled([
      clerk.workerAct(filed.id, { action: 'approve', version: seen.version, input: {}, idempotencyKey: 'a' }),
      admin.workerAct(filed.id, {
        action: 'forward',
        version: seen.version,
        input: { department: 'police', note: '请公安核实' },
        idempotencyKey: 'b',
      }),
    ])
    const ok = results.filter((r) => r.status === 'fulfilled')
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(ok).toHaveLength(1)
    expect(failed).toHaveLength(1)
    expect(failed[0].reason.status).toBe(409)
    expect(failed[0].reason.details.changedBy).toBe('李娜')
    expect(failed[0].reason.message).toContain('李娜')

    // the same clerk twice on one version (two phones): one certificate only
    const r2 = await verifiedResident(backend, 'resident-zhou')
    const other = await residenceProof(backend, r2, 'r-zhou-min')
    const v = (await act(clerk, other.id, 'accept')).version
    const twice = await Promise.allSettled([
      clerk.workerAct(other.id, { action: 'approve', version: v, input: {}, idempotencyKey: 'p1' }),
      clerk.workerAct(other.id, { action: 'approve', version: v, input: {}, idempotencyKey: 'p2' }),
    ])
    expect(twice.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect([...backend.state.certificates.values()].filter((c) => c.caseId === other.id)).toHaveLength(1)
  })
})

describe('worker flow: complaint', () => {
  it('红 → 转派城管 → 部门退回 → 办结 → 不满意 → 回访 task in the queue', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const grid = await signIn(backend, 'staff-grid-1')
    const urban = await signIn(backend, 'staff-urban')
    const filed = await complaint(resident)

    expect((await rejects(act(grid, filed.id, 'triage', {}))).status).toBe(400)
    expect((await act(grid, filed.id, 'triage', { level: 'red' })).level).toBe('red')
    expect((await grid.workerQueue({ level: 'red' })).items.map((c) => c.id)).toContain(filed.id)

    // urban management cannot see it before it is forwarded to them
    expect((await rejects(urban.workerGetCase(filed.id))).status).toBe(403)
    const fwd = await act(grid, filed.id, 'forward', {
      department: 'urban-management',
      note: '井盖属市政设施，请城管处理',
    })
    expect(fwd.status).toBe('forwarded')
    const seenByUrban = await urban.workerGetCase(filed.id)
    const fwdEntry = seenByUrban.history.find((h) => h.action === 'forward') as unknown as Record<string, unknown>
    expect(fwdEntry).toMatchObject({ department: 'urban-management' })
    expect(JSON.stringify(fwdEntry)).toContain('井盖属市政设施')
    const back = await act(urban, filed.id, 'return-from-department', { note: '已更换井盖，请网格员回访确认' })
    expect(back.status).toBe('in-progress')

    expect((await rejects(act(grid, filed.id, 'resolve', {}))).status).toBe(400)
    const resolved = await act(grid, filed.id, 'resolve', { resultText: '城管已更换新井盖，现场已恢复平整。' })
    expect(resolved.status).toBe('resolved')

    const r = await resident.getCase(filed.id)
    await resident.confirmComplaint(filed.id, { version: r.version })
    await resident.rateCase(filed.id, { level: 'dissatisfied', reason: '换了之后还是有点晃，没有彻底解决' })

    const followUps = await grid.workerQueue({ followUp: true })
    expect(followUps.items.map((c) => c.id)).toContain(filed.id)
    const detail = await grid.workerGetCase(filed.id)
    expect(detail.allowedActions).toContain('follow-up')
    expect(detail.rating?.level).toBe('dissatisfied')
    await act(grid, filed.id, 'follow-up', { note: '已电话回访，安排再次加固。' })
    expect((await grid.workerQueue({ followUp: true })).items.map((c) => c.id)).not.toContain(filed.id)
  })

  it('seeds an overdue case and an owed 回访 for the console', async () => {
    const { backend } = testBackend()
    const clerk = await signIn(backend, 'staff-clerk')
    const overdue = await clerk.workerQueue({ sla: 'overdue' })
    expect(overdue.items.some((c) => c.title === '居住证明' && c.status === 'accepted')).toBe(true)
    expect((await clerk.workerQueue({ followUp: true })).total).toBeGreaterThanOrEqual(1)
  })

  it('merges a duplicate into the original: supporters and the link move over', async () => {
    const { backend } = testBackend()
    const a = await verifiedResident(backend, 'resident-new')
    const b = await verifiedResident(backend, 'resident-elder')
    const grid = await signIn(backend, 'staff-grid-1')
    const first = await complaint(a)
    const dup = await complaint(b, '西外大街90号门口井盖松了，晚上看不见容易摔。')
    expect((await rejects(act(grid, dup.id, 'merge', { targetCaseId: 'case-9999' }))).status).toBe(400)
    const merged = await act(grid, dup.id, 'merge', { targetCaseId: first.id })
    expect(merged.status).toBe('merged')
    const target = await grid.workerGetCase(first.id)
    expect(target.complaint?.duplicates).toContain(dup.id)
    expect(target.complaint?.supporters).toBeGreaterThanOrEqual(1)
  })
})

describe('batch', () => {
  it('受理 in one go with a per-item result; a retry after a network failure applies nothing twice', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const clerk = await signIn(backend, 'staff-clerk')
    const a = await residenceProof(backend, resident)
    const b = await residenceProof(backend, resident)
    const c = await residenceProof(backend, resident)
    await act(clerk, b.id, 'accept') // already accepted: this item will fail
    const items = [a, b, c].map((x) => ({ id: x.id, caseNo: x.caseNo, version: x.version }))
    const run = newBatch('accept', {}, items)

    // the network drops after the server applied the first item (response lost), and before the third
    let calls = 0
    const flaky: Pick<GovApi, 'workerAct'> = {
      async workerAct(id, req) {
        calls++
        if (calls === 1) {
          await clerk.workerAct(id, req)
          throw Object.assign(new Error('网络不太好'), { code: 'network', retryable: true })
        }
        if (calls === 3) throw Object.assign(new Error('网络不太好'), { code: 'network', retryable: true })
        return clerk.workerAct(id, req)
      },
    }
    const first = await runBatch(flaky, run, items)
    expect(first.map((o) => o.ok)).toEqual([false, false, false])
    expect(first[1].ok ? '' : first[1].message).toMatch(/./)

    const again = await runBatch(clerk, run, [items[0], items[2]])
    expect(again.map((o) => o.ok)).toEqual([true, true])
    const history = (await clerk.workerGetCase(a.id)).history.filter((h) => h.action === 'accept')
    expect(history).toHaveLength(1) // the replayed key did not accept twice
    expect((await clerk.workerGetCase(c.id)).status).toBe('accepted')
  })
})

describe('audit', () => {
  it('records every reveal with its reason; entries cannot be edited', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const clerk = await signIn(backend, 'staff-clerk')
    const filed = await residenceProof(backend, resident)
    expect((await rejects(clerk.workerReveal(filed.id, { field: 'idNumber', reason: '' }))).status).toBe(400)
    const { value } = await clerk.workerReveal(filed.id, { field: 'phone', reason: '电话通知补正' })
    expect(value).toMatch(/^1\d{10}$/)
    const admin = await signIn(backend, 'staff-admin')
    const log = await admin.workerAudit({ action: 'reveal-pii' })
    expect(log[0]).toMatchObject({ actorId: 'w-clerk', caseId: filed.id, detail: 'phone: 电话通知补正' })
    expect(() => {
      ;(backend.state.audit[0] as { detail: string }).detail = 'changed'
    }).toThrow()
    const before = backend.state.audit.length
    await clerk.workerQueue({})
    expect(backend.state.audit.length).toBe(before)
  })
})

describe('窗口代录 (walk-in)', () => {
  it('a clerk files for a resident found by ID number; history and audit say so; the resident sees it', async () => {
    const { backend } = testBackend()
    const clerk = await signIn(backend, 'staff-clerk')
    const idNumber = backend.state.residents.get('r-sun-guilan')!.idNumber
    const req = {
      idNumber,
      categoryId: 'public-facilities',
      description: '楼道灯坏了，晚上上下楼看不见。',
      address: '凤凰大道 12 号 2 单元',
      idempotencyKey: 'walk-1',
    }
    const filed = await clerk.workerWalkIn(req)
    expect(filed.applicant.nameMasked).toBe('孙*兰')
    expect(filed.history[0].note).toContain('窗口代录')
    expect((await clerk.workerWalkIn(req)).id).toBe(filed.id) // a double tap files once
    const audit = await (await signIn(backend, 'staff-admin')).workerAudit({ action: 'walk-in' })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actorId: 'w-clerk', caseId: filed.id })
    const sun = await verifiedResident(backend, 'resident-elder')
    expect((await sun.listMyCases()).map((c) => c.id)).toContain(filed.id)

    expect(
      (await rejects(clerk.workerWalkIn({ ...req, idNumber: '110101199001011237', idempotencyKey: 'walk-2' }))).status,
    ).toBe(404)
    expect(
      (await rejects(clerk.workerWalkIn({ ...req, description: '灯坏了', idempotencyKey: 'walk-3' }))).status,
    ).toBe(400)
    const gridTwo = await signIn(backend, 'staff-grid-2') // 孙桂兰 lives in grid one
    expect((await rejects(gridTwo.workerWalkIn({ ...req, idempotencyKey: 'walk-4' }))).status).toBe(403)
    expect(
      (await rejects((await signIn(backend, 'staff-police')).workerWalkIn({ ...req, idempotencyKey: 'walk-5' })))
        .status,
    ).toBe(403)
  })
})
