/**
 * 微诉求 / 随手拍 end to end through the GovApi client and the fake backend: duplicates and
 * 我也遇到, the 红黄蓝 clock across 国庆, resolve → reopen → resolve → confirm → rate, idempotent
 * sending, and anonymity on every public face.
 */
import { COMMUNITY_CENTRE } from '@/domain/complaints'
import { addWorkingDays } from '@/domain/calendar/working-days'
import { rejects, signIn, testBackend, verifiedResident } from '../support/backend'

const nearLight = { lat: COMMUNITY_CENTRE.lat + 0.0004 + 0.00005, lng: COMMUNITY_CENTRE.lng + 0.0003 }

async function photo(api: Awaited<ReturnType<typeof signIn>>, n: number) {
  return (await api.uploadFile({ path: `tmp/snap-${n}.jpg`, name: `snap-${n}.jpg`, mime: 'image/jpeg', size: 300_000, purpose: 'complaint-photo' })).fileId
}

describe('随手拍 near the seeded broken street light', () => {
  it('suggests the existing report; 我也遇到 adds one supporter and files nothing new', async () => {
    const { backend } = testBackend()
    const api = await verifiedResident(backend, 'resident-new')
    const photos = [await photo(api, 1), await photo(api, 2)]
    expect(photos).toHaveLength(2)

    const dups = await api.findDuplicateComplaints({ categoryId: 'public-facilities', ...nearLight })
    expect(dups).toHaveLength(1)
    const light = dups[0]
    expect(light.board).toMatchObject({ categoryId: 'public-facilities', area: '西外大街附近', supporters: 1 })
    expect(light.board!.distanceMeters).toBeLessThan(150)
    // street level only: never the house number
    expect(JSON.stringify(light)).not.toContain('88')

    const before = (await api.listBoard()).length
    const joined = await api.supportComplaint(light.id)
    expect(joined.complaint!.supporters).toBe(2)
    expect((await api.listBoard()).find((c) => c.id === light.id)!.board!.supporters).toBe(2)
    expect(await api.listBoard()).toHaveLength(before)
    // a second tap does not count twice
    expect((await api.supportComplaint(light.id)).complaint!.supporters).toBe(2)
    // the supporter follows it in 我的诉求-style access, without seeing who reported it
    const seen = await api.getCase(light.id)
    expect(seen.id).toBe(light.id)
  })

  it('another category at the same place is not a duplicate', async () => {
    const { backend } = testBackend()
    const api = await verifiedResident(backend, 'resident-new')
    expect(await api.findDuplicateComplaints({ categoryId: 'safety-hazard', ...nearLight })).toEqual([])
  })

  it('a double-tapped send (same idempotency key) creates one case', async () => {
    const { backend } = testBackend()
    const api = await verifiedResident(backend, 'resident-new')
    const fileId = await photo(api, 1)
    const req = {
      categoryId: 'public-facilities',
      description: '随手拍：公共设施问题，详见照片和位置',
      photos: [fileId],
      location: { ...nearLight, address: '西外大街 90 号' },
      anonymous: false,
      public: true,
      idempotencyKey: 'draft-key-1',
    }
    const [a, b] = await Promise.all([api.createComplaint(req), api.createComplaint(req)])
    expect(a.id).toBe(b.id)
    expect((await api.listMyCases({ kind: 'complaint' })).filter((c) => c.id === a.id)).toHaveLength(1)
    expect(a.complaint!.photos).toHaveLength(1)
  })

  it('refuses a too-short description and a seventh photo with Chinese field errors', async () => {
    const { backend } = testBackend()
    const api = await verifiedResident(backend, 'resident-new')
    const short = await rejects(
      api.createComplaint({ categoryId: 'sanitation', description: '太脏', photos: [], location: null, anonymous: false, public: true, idempotencyKey: 'k-short' }),
    )
    expect(short.status).toBe(400)
    expect(short.fieldErrors.description).toMatch(/至少用10个字/)
    const ids = []
    for (let i = 0; i < 7; i++) ids.push(await photo(api, i))
    const many = await rejects(
      api.createComplaint({ categoryId: 'sanitation', description: '垃圾堆了三天没人清理，味道很大', photos: ids, location: null, anonymous: false, public: true, idempotencyKey: 'k-many' }),
    )
    expect(many.fieldErrors.photos).toBe('最多上传6张照片')
  })
})

describe('办不成事: 黄 triage across 国庆, reopen, confirm, 满意', () => {
  it('runs the whole promise: every case answered, on time, moving', async () => {
    const { backend, clock } = testBackend('2026-09-30T10:00:00+08:00')
    const resident = await verifiedResident(backend, 'resident-new')
    const worker = await signIn(backend, 'staff-grid-1')

    const filed = await resident.createComplaint({
      categoryId: 'not-done',
      description: '居住证明在网上提交了两次都失败，窗口说要等系统恢复，一直没有结果。',
      photos: [],
      location: null,
      anonymous: false,
      public: false,
      extra: { matterId: 'residence-proof', stuckAt: '线上提交失败' },
      idempotencyKey: 'not-done-1',
    })
    expect(filed.status).toBe('submitted')
    expect(filed.dueDate).toBeNull()

    // the worker sees which matter got stuck and where
    expect((await worker.workerGetCase(filed.id)).values).toMatchObject({ matterId: 'residence-proof', stuckAt: '线上提交失败' })
    let c = await worker.workerAct(filed.id, { action: 'triage', version: filed.version, input: { level: 'yellow' }, idempotencyKey: 'w1' })
    const expected = addWorkingDays('2026-09-30', 3)
    expect(expected > '2026-10-07').toBe(true) // the holiday is really crossed
    const mine = await resident.getCase(filed.id)
    expect(mine.level).toBe('yellow')
    expect(mine.dueDate).toBe(expected)
    expect(mine.history.map((e) => e.action)).toEqual(['submit', 'triage'])

    clock.advanceDays(8)
    c = await worker.workerAct(filed.id, { action: 'resolve', version: c.version, input: { resultText: '已联系区政务中心修复系统，居住证明已可在线提交。' }, idempotencyKey: 'w2' })
    let seen = await resident.getCase(filed.id)
    expect(seen.status).toBe('resolved')
    expect(seen.allowedActions).toEqual(expect.arrayContaining(['confirm', 'reopen']))
    const resolveEntry = seen.history.find((e) => e.action === 'resolve') as unknown as { resultText: string }
    expect(resolveEntry.resultText).toContain('已可在线提交')

    // reopening needs a reason
    const noReason = await rejects(resident.reopenComplaint(filed.id, { version: seen.version, reason: '' }))
    expect(noReason.status).toBe(400)
    seen = await resident.reopenComplaint(filed.id, { version: seen.version, reason: '试了一下还是提交失败' })
    expect(seen.status).toBe('reopened')

    c = await worker.workerGetCase(filed.id)
    await worker.workerAct(filed.id, { action: 'resolve', version: c.version, input: { resultText: '系统已修复，工作人员已上门协助您提交成功。' }, idempotencyKey: 'w3' })
    seen = await resident.getCase(filed.id)
    seen = await resident.confirmComplaint(filed.id, { version: seen.version })
    expect(seen.status).toBe('confirmed')
    expect(seen.bucket).toBe('done')

    // a bad rating needs a reason; 满意 does not
    const bad = await rejects(resident.rateCase(filed.id, { level: 'dissatisfied' }))
    expect(bad.status).toBe(400)
    seen = await resident.rateCase(filed.id, { level: 'satisfied' })
    expect(seen.rating).toMatchObject({ level: 'satisfied' })
    expect(seen.history.map((e) => e.action)).toEqual(['submit', 'triage', 'resolve', 'reopen', 'resolve', 'confirm', 'rate'])
  })
})

describe('不公开我的姓名', () => {
  it('the public board, duplicates and a supporter never see the name; the worker does', async () => {
    const { backend } = testBackend()
    const reporter = await verifiedResident(backend, 'resident-new')
    const filed = await reporter.createComplaint({
      categoryId: 'safety-hazard',
      description: '3 栋楼道里有人给电动车充电，电线拖在地上，很危险。',
      photos: [],
      location: { lat: COMMUNITY_CENTRE.lat - 0.002, lng: COMMUNITY_CENTRE.lng - 0.002, address: '凤凰大道 30 号 3 栋楼道' },
      anonymous: true,
      public: true,
      idempotencyKey: 'anon-1',
    })
    const leaks = (x: unknown) => /王志强|王\*强|r-wang-zhiqiang/.test(JSON.stringify(x))

    // anyone, signed in or not
    const board = await (await signIn(backend, 'resident-zhou')).listBoard()
    const onBoard = board.find((c) => c.id === filed.id)!
    expect(onBoard.applicantMasked).toBe('匿名居民')
    expect(onBoard.board!.area).toBe('凤凰大道附近')
    expect(leaks(board)).toBe(false)

    const neighbour = await verifiedResident(backend, 'resident-elder')
    const dups = await neighbour.findDuplicateComplaints({ categoryId: 'safety-hazard', lat: COMMUNITY_CENTRE.lat - 0.002, lng: COMMUNITY_CENTRE.lng - 0.002 })
    expect(dups.map((d) => d.id)).toContain(filed.id)
    expect(leaks(dups)).toBe(false)
    const supported = await neighbour.supportComplaint(filed.id)
    expect(supported.applicant.nameMasked).toBe('匿名居民')
    expect(leaks(supported)).toBe(false)

    const worker = await signIn(backend, 'staff-grid-1')
    const staffView = await worker.workerGetCase(filed.id)
    expect(staffView.applicant.nameMasked).toBe('王*强')
    expect(staffView.complaint!.anonymous).toBe(true)
  })

  it('a report the resident kept off the board is on no public list', async () => {
    const { backend } = testBackend()
    const reporter = await verifiedResident(backend, 'resident-new')
    const filed = await reporter.createComplaint({
      categoryId: 'public-facilities',
      description: '小区门口的井盖松动了，踩上去会响，晚上看不清。',
      photos: [],
      location: { ...nearLight, address: '西外大街 86 号' },
      anonymous: false,
      public: false,
      idempotencyKey: 'private-1',
    })
    const other = await verifiedResident(backend, 'resident-elder')
    expect((await other.listBoard()).map((c) => c.id)).not.toContain(filed.id)
    expect((await other.findDuplicateComplaints({ categoryId: 'public-facilities', ...nearLight })).map((c) => c.id)).not.toContain(filed.id)
  })
})

describe('the reporter reads their own timeline', () => {
  it('shows the reporter masked in every entry, as 反映人 is', async () => {
    const { backend } = testBackend()
    const api = await verifiedResident(backend, 'resident-new')
    const created = await api.createComplaint({
      categoryId: 'sanitation',
      description: '垃圾堆了三天没人清理，味道很大',
      photos: [],
      location: null,
      anonymous: false,
      public: true,
      idempotencyKey: 'k-own-timeline',
    })
    const seen = await api.getCase(created.id)
    expect(seen.applicant!.nameMasked).toBe('王*强')
    const residentEntries = seen.history.filter((e) => e.actor.role === 'resident')
    expect(residentEntries.length).toBeGreaterThan(0)
    expect(residentEntries.map((e) => e.actor.name)).toEqual(residentEntries.map(() => '王*强'))
    expect(JSON.stringify(seen)).not.toContain('王志强')
  })
})
