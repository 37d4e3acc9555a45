/**
 * 高效办成一件事 end to end through the GovApi client and the fake backend (docs/one-thing.md):
 * 新生儿出生一件事 fans out into three department cases and its status follows them; 免申即享
 * offers what the record makes a resident eligible for and refuses forged or stale
 * confirmations; 帮办 waits for the resident's own authorisation; 上门服务 lands in the queue.
 */
import type { Backend } from '@mock/backend'
import type { GovApi } from '@/api/contract/gov-api'
import { findBundle } from '@/domain/bundles'
import { autofillValues, PLEDGE_KEY } from '@/domain/matters/engine'
import { getMatter } from '@/domain/matters/catalog'
import { rejects, signIn, testBackend, verifiedResident } from '../support/backend'

let n = 0
const key = (what: string) => `one-thing-${what}-${++n}`

async function act(api: GovApi, id: string, action: string, input: Record<string, unknown> = {}) {
  const c = await api.workerGetCase(id)
  return api.workerAct(id, { action, version: c.version, input, idempotencyKey: key('act') })
}

async function fileNewborn(backend: Backend, api: GovApi) {
  const bundle = findBundle('newborn')!
  const auto = autofillValues(bundle.form, backend.state.residents.get('r-wang-zhiqiang')!)
  const photo = await api.uploadFile({ path: 'tmp/birth.jpg', name: 'birth.jpg', mime: 'image/jpeg', size: 200_000, purpose: 'material' })
  return api.submitBundle({
    bundleId: 'newborn',
    values: {
      ...auto.values,
      otherParent: 'r-liu-fang',
      babyName: '王小满',
      babyGender: 'female',
      babyBirthDate: '2026-11-02',
      birthCertNo: 'Q510123456',
      birthHospital: '达州市中心医院',
      insurancePayment: 'exempt-first-year',
      [PLEDGE_KEY]: true,
    },
    materials: { birthCertPhoto: [photo.fileId] },
    idempotencyKey: key('newborn'),
  })
}

describe('新生儿出生一件事', () => {
  it('is listed with its three matters, without signing in', async () => {
    const { backend } = testBackend()
    const api = await signIn(backend, 'resident-new')
    const bundles = await api.listBundles()
    expect(bundles.find((b) => b.id === 'newborn')?.matterIds).toEqual(['birth-registration', 'newborn-hukou', 'resident-medical-insurance'])
    expect(bundles.map((b) => b.name)).toEqual(['新生儿出生一件事', '文明养犬一件事', '老年人一件事'])
  })

  it('fans out into three department cases; approving all three completes the bundle', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const bundle = await fileNewborn(backend, resident)
    expect(bundle.parts.map((p) => [p.matterName, p.departmentName])).toEqual([
      ['生育登记', '卫健'],
      ['新生儿入户', '公安'],
      ['城乡居民医保参保登记', '人社'],
    ])
    expect(bundle.status).toBe('in-progress')
    expect(new Set(bundle.parts.map((p) => p.caseId)).size).toBe(3)

    // the baby's name was typed once and reached every part; the parent's facts came from the record
    const hukou = await resident.getCase(bundle.parts[1].caseId)
    expect(hukou.values.babyName).toBe('王*满')
    expect(hukou.values.birthCertNo).toBe('Q510123456')
    expect((hukou as Record<string, unknown>).bundle).toMatchObject({ id: bundle.id, name: '新生儿出生一件事' })

    // the worker sees the bundle link on each part
    const clerk = await signIn(backend, 'staff-clerk')
    for (const part of bundle.parts) {
      const seen = (await clerk.workerGetCase(part.caseId)) as Record<string, any>
      expect(seen.bundle.name).toBe('新生儿出生一件事')
      expect(seen.bundle.parts).toHaveLength(2)
      await act(clerk, part.caseId, 'accept')
      await act(clerk, part.caseId, 'approve', { resultText: '已办结，请查收' })
    }
    const done = await resident.getBundleCase(bundle.id)
    expect(done.status).toBe('done')
    expect(done.statusLabel).toBe('全部办结')
    expect((await resident.listMyBundleCases()).map((b) => b.id)).toEqual([bundle.id])
  })

  it('a rejected part shows its reason on the bundle; the resident fixes and refiles just that part', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const bundle = await fileNewborn(backend, resident)
    const clerk = await signIn(backend, 'staff-clerk')
    for (const part of [bundle.parts[0], bundle.parts[2]]) {
      await act(clerk, part.caseId, 'accept')
      await act(clerk, part.caseId, 'approve')
    }
    await act(clerk, bundle.parts[1].caseId, 'reject', { reasonCode: 'false-information', reason: '出生医学证明编号与证明上的不一致' })

    const seen = await resident.getBundleCase(bundle.id)
    expect(seen.status).toBe('needs-attention')
    expect(seen.statusLabel).toBe('「新生儿入户」未通过：出生医学证明编号与证明上的不一致')
    expect(seen.attention?.caseId).toBe(bundle.parts[1].caseId)
    expect(seen.parts.map((p) => p.status)).toEqual(['approved', 'rejected', 'approved'])

    // an approved part cannot be refiled; the rejected one can, and only its fields change
    expect((await rejects(resident.refileBundlePart(bundle.id, bundle.parts[0].caseId, { values: {}, materials: {}, idempotencyKey: key('x') }))).status).toBe(409)
    const bad = await rejects(resident.refileBundlePart(bundle.id, bundle.parts[1].caseId, { values: { birthCertNo: '123' }, materials: {}, idempotencyKey: key('bad') }))
    expect(bad.fieldErrors.birthCertNo).toContain('1 个字母加 9 位数字')
    const fixed = await resident.refileBundlePart(bundle.id, bundle.parts[1].caseId, { values: { birthCertNo: 'Q510123457' }, materials: {}, idempotencyKey: key('fix') })
    expect(fixed.status).toBe('in-progress')
    expect(fixed.parts[1].caseId).not.toBe(bundle.parts[1].caseId)
    expect(fixed.parts[1].status).toBe('submitted')
    expect((await resident.getCase(fixed.parts[1].caseId)).values.birthCertNo).toBe('Q510123457')
  })

  it('withdrawing one part leaves the others; the bundle is done when the rest are', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const bundle = await fileNewborn(backend, resident)
    const insurance = bundle.parts[2]
    await resident.withdrawCase(insurance.caseId, { version: insurance.version, reason: '已在单位参保' })
    const clerk = await signIn(backend, 'staff-clerk')
    for (const part of bundle.parts.slice(0, 2)) {
      await act(clerk, part.caseId, 'accept')
      await act(clerk, part.caseId, 'approve')
    }
    const seen = await resident.getBundleCase(bundle.id)
    expect(seen.parts.map((p) => p.status)).toEqual(['approved', 'approved', 'withdrawn'])
    expect(seen.status).toBe('done')
  })

  it('a part waiting for 补正 says so on the bundle', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const bundle = await fileNewborn(backend, resident)
    const clerk = await signIn(backend, 'staff-clerk')
    // 补正 items are checked against the bundle form the part was filled on
    expect((await rejects(act(clerk, bundle.parts[0].caseId, 'request-supplement', { supplementItems: ['nonsense'], reason: '请补充' }))).status).toBe(400)
    await act(clerk, bundle.parts[0].caseId, 'request-supplement', { supplementItems: ['birthHospital'], reason: '出生医院请写全称' })
    const seen = await resident.getBundleCase(bundle.id)
    expect(seen.status).toBe('needs-attention')
    expect(seen.statusLabel).toBe('「生育登记」需要您补充材料：出生医院请写全称')
  })

  it('bad input is refused next to the field, and nothing is filed', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const before = backend.state.cases.size
    const err = await rejects(resident.submitBundle({ bundleId: 'newborn', values: { babyName: '王小满', [PLEDGE_KEY]: true }, materials: {}, idempotencyKey: key('empty') }))
    expect(err.status).toBe(400)
    expect(err.fieldErrors.birthCertNo).toBe('请填写出生医学证明编号')
    expect(err.fieldErrors['materials.birthCertPhoto']).toBeTruthy()
    expect(backend.state.cases.size).toBe(before)
    expect(backend.state.bundleCases.size).toBe(0)
  })

  it('the same Idempotency-Key files the bundle once', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-new')
    const bundle = findBundle('elderly')!
    const sun = backend.state.residents.get('r-sun-guilan')!
    const elder = await verifiedResident(backend, 'resident-elder')
    const photo = await elder.uploadFile({ path: 'tmp/p.jpg', name: 'p.jpg', mime: 'image/jpeg', size: 100_000, purpose: 'material' })
    const req = {
      bundleId: 'elderly',
      values: { ...autofillValues(bundle.form, sun).values, cardDelivery: 'pickup', payTo: 'social-security-card', mealTimes: 'lunch', diningMode: 'canteen', emergencyContactName: '孙小红', emergencyContactPhone: '13900001111', [PLEDGE_KEY]: true },
      materials: { photo: [photo.fileId] },
      idempotencyKey: 'elderly-once',
    }
    const a = await elder.submitBundle(req)
    const b = await elder.submitBundle(req)
    expect(b.id).toBe(a.id)
    expect(a.parts.map((p) => p.matterName)).toEqual(['老年人优待证办理', '高龄津贴申领', '老年助餐登记'])
    // 王志强 (41) is told why next to the birth date
    const young = autofillValues(bundle.form, backend.state.residents.get('r-wang-zhiqiang')!).values
    const err = await rejects(resident.submitBundle({ ...req, values: { ...req.values, ...young }, materials: {}, idempotencyKey: 'young' }))
    expect(err.fieldErrors.birthDate).toContain('年满 80 周岁')
  })
})

describe('文明养犬一件事', () => {
  it('files 养犬登记 + 免疫登记, and the 绝育补贴 only when chosen, with one fee summary', async () => {
    const { backend } = testBackend()
    const resident = await verifiedResident(backend, 'resident-zhou')
    const bundle = findBundle('dog')!
    const auto = autofillValues(bundle.form, backend.state.residents.get('r-zhou-min')!)
    const file = async (slot: string) => [(await resident.uploadFile({ path: `tmp/${slot}.jpg`, name: `${slot}.jpg`, mime: 'image/jpeg', size: 100_000, purpose: 'dog-photo' })).fileId]
    const materials = { dogFullBodyPhoto: await file('a'), dogHeadPhoto: await file('b'), vaccinationCertPhoto: await file('c'), healthCheckProof: await file('d') }
    const values = {
      ...auto.values,
      dogName: '团团', breed: '泰迪', dogColour: '白色', dogGender: 'female', dogBirthDate: '2025-06-01', shoulderHeightCm: 30,
      vaccineCertNo: 'DZ2026-1188', vaccinationDate: '2026-10-10', vaccinationHospital: '西外宠物医院', pickup: 'community',
      sterilisationSubsidy: true, sterilisationClinic: 'xiwai-pet', [PLEDGE_KEY]: true,
    }
    const filed = await resident.submitBundle({ bundleId: 'dog', values, materials, idempotencyKey: key('dog') })
    expect(filed.parts.map((p) => p.matterName)).toEqual(['养犬登记', '犬只狂犬病免疫登记', '犬只绝育补贴申请'])
    expect(filed.fees?.lines.map((l) => l.amount)).toEqual([1000, 0, -200])
    expect(filed.fees?.total).toBe(1000)

    const other = await verifiedResident(backend, 'resident-minority')
    const auto2 = autofillValues(bundle.form, backend.state.residents.get('r-ayiguli')!)
    const file2 = async (slot: string) => [(await other.uploadFile({ path: `tmp/${slot}.jpg`, name: `${slot}.jpg`, mime: 'image/jpeg', size: 100_000, purpose: 'dog-photo' })).fileId]
    const without = await other.submitBundle({
      bundleId: 'dog',
      values: { ...values, ...auto2.values, sterilisationSubsidy: false, sterilisationClinic: undefined },
      materials: { dogFullBodyPhoto: await file2('a'), dogHeadPhoto: await file2('b'), vaccinationCertPhoto: await file2('c'), healthCheckProof: await file2('d') },
      idempotencyKey: key('dog2'),
    })
    expect(without.parts.map((p) => p.matterName)).toEqual(['养犬登记', '犬只狂犬病免疫登记'])
  })
})

describe('免申即享', () => {
  it('the 83-year-old sees 高龄津贴 with why and how much, confirms it in one step, and gets an approved-by-rule case', async () => {
    const { backend } = testBackend()
    const elder = await verifiedResident(backend, 'resident-elder')
    const benefits = await elder.listMyBenefits()
    const allowance = benefits.find((b) => b.id === 'longevity-allowance')!
    expect(allowance).toMatchObject({ name: '高龄津贴', amount: '每月 100 元' })
    expect(allowance.reason).toContain('您已年满 80 周岁')
    expect(benefits.map((b) => b.id)).toContain('senior-card')

    const granted = await elder.confirmBenefit('longevity-allowance', { payTo: 'social-security-card', idempotencyKey: key('ok') })
    expect(granted.status).toBe('approved')
    expect(granted.title).toBe('高龄津贴申领')
    expect(granted.history.map((h) => h.action)).toEqual(['submit', 'grant-by-rule'])
    expect(granted.history[1].actor.name).not.toBe('')
    const audit = backend.state.audit.filter((a) => a.caseId === granted.id).map((a) => a.action)
    expect(audit).toEqual(['submit', 'grant-by-rule'])
    // the card goes away; a second confirmation with a new key is refused
    expect((await elder.listMyBenefits()).map((b) => b.id)).not.toContain('longevity-allowance')
    expect((await rejects(elder.confirmBenefit('longevity-allowance', { payTo: 'social-security-card', idempotencyKey: key('again') }))).status).toBe(409)
  })

  it('a 79-year-old does not see it, and a forged confirmation is refused with the reason', async () => {
    const { backend } = testBackend()
    const li = await verifiedResident(backend, 'resident-li-xiuying')
    const ids = (await li.listMyBenefits()).map((b) => b.id)
    expect(ids).toContain('senior-card')
    expect(ids).not.toContain('longevity-allowance')
    const before = backend.state.cases.size
    const forged = await rejects(li.confirmBenefit('longevity-allowance', { payTo: 'social-security-card', idempotencyKey: key('forged') }))
    expect(forged.status).toBe(403)
    expect(forged.message).toContain('年满 80 周岁')
    expect(backend.state.cases.size).toBe(before)
    expect((await rejects(li.confirmBenefit('no-such-benefit', { idempotencyKey: key('none') }))).status).toBe(404)
  })

  it('she turns 80 next month: with the clock a month on, the card appears', async () => {
    const { backend, clock } = testBackend()
    const li = await verifiedResident(backend, 'resident-li-xiuying')
    expect((await li.listMyBenefits()).map((b) => b.id)).not.toContain('longevity-allowance')
    clock.advanceDays(31)
    const later = await verifiedResident(backend, 'resident-li-xiuying')
    expect((await later.listMyBenefits()).map((b) => b.id)).toContain('longevity-allowance')
  })

  it('every rule has an eligible and a not-eligible seeded resident', async () => {
    const { backend } = testBackend()
    const seen = async (persona: string) => (await (await verifiedResident(backend, persona)).listMyBenefits()).map((b) => b.id)
    expect(await seen('resident-zhang-jianguo')).toEqual(['disability-care-subsidy'])
    expect(await seen('resident-huang-xiaomei')).toEqual(['disability-living-subsidy'])
    expect(await seen('resident-wu-xiuzhen')).toEqual([]) // 85, but lives in another community now
    expect(await seen('resident-new')).toEqual([]) // 41
  })

  it('moved out after the card was shown: the card disappears and the open confirmation is refused with the reason', async () => {
    const { backend } = testBackend()
    const elder = await verifiedResident(backend, 'resident-elder')
    expect((await elder.listMyBenefits()).map((b) => b.id)).toContain('longevity-allowance')
    const sun = backend.state.residents.get('r-sun-guilan')!
    backend.state.residents.set(sun.residentId, { ...sun, residenceAddress: { ...sun.residenceAddress!, community: '朝阳街道东外社区' } })
    const err = await rejects(elder.confirmBenefit('longevity-allowance', { payTo: 'social-security-card', idempotencyKey: key('moved') }))
    expect(err.status).toBe(403)
    expect(err.message).toContain('已不在西外社区')
    expect(await elder.listMyBenefits()).toEqual([])
  })

  it('a paid benefit needs an account; declining removes the card', async () => {
    const { backend } = testBackend()
    const elder = await verifiedResident(backend, 'resident-elder')
    const err = await rejects(elder.confirmBenefit('longevity-allowance', { idempotencyKey: key('noacct') }))
    expect(err.fieldErrors.payTo).toBe('请选择发放到哪个账户')
    await elder.declineBenefit('senior-card')
    expect((await elder.listMyBenefits()).map((b) => b.id)).toEqual(['longevity-allowance'])
  })
})

describe('帮办 with the resident\'s consent', () => {
  async function prepare(backend: Backend, worker: GovApi, residentId = 'r-wang-zhiqiang') {
    const r = backend.state.residents.get(residentId)!
    const auto = autofillValues(getMatter('residence-proof').form!, r)
    return worker.prepareAssist({
      idNumber: r.idNumber,
      matterId: 'residence-proof',
      values: { applicantPhone: '13908182345', ...auto.values, purpose: 'school', recipient: 'school', delivery: 'electronic', [PLEDGE_KEY]: true },
      materials: {},
      place: 'window',
      idempotencyKey: key('assist'),
    })
  }

  it('worker starts, resident authorises on their phone, the case shows both', async () => {
    const { backend } = testBackend()
    const clerk = await signIn(backend, 'staff-clerk')
    const draft = await prepare(backend, clerk)
    expect(draft.status).toBe('awaiting-resident')
    const casesBefore = backend.state.cases.size // nothing is submitted until authorised

    const resident = await verifiedResident(backend, 'resident-new')
    const [notice] = await resident.listMyAssistRequests()
    expect(notice).toMatchObject({ id: draft.id, matterName: '居住证明', helper: '李（工号 0101）' })
    expect(notice.summary.length).toBeGreaterThan(0)
    // masked by default: the name, ID number and phone
    const summary = JSON.stringify(notice.summary)
    expect(summary).toContain('王*强')
    expect(summary).not.toContain('王志强')
    expect(summary).not.toContain(backend.state.residents.get('r-wang-zhiqiang')!.idNumber)
    expect(summary).not.toContain('13908182345')
    expect(backend.state.cases.size).toBe(casesBefore)

    const filed = (await resident.authoriseAssist(draft.id)) as Record<string, any>
    expect(filed.status).toBe('submitted')
    expect(filed.assist).toMatchObject({ helper: '李（工号 0101）', authorisation: 'phone', authorisationLabel: '居民本人在手机上同意' })
    const staffView = (await clerk.workerGetCase(filed.id)) as Record<string, any>
    expect(staffView.assist.helper).toBe('李娜')
    expect(staffView.applicant.nameMasked).toBe('王*强')

    // approved twice → 409; by the wrong person → 404
    expect((await rejects(resident.authoriseAssist(draft.id))).status).toBe(409)
    const second = await prepare(backend, clerk)
    const stranger = await verifiedResident(backend, 'resident-zhou')
    expect((await rejects(stranger.authoriseAssist(second.id))).status).toBe(404)
    expect((await rejects(clerk.authoriseAssist(second.id))).status).toBe(403)
  })

  it('an authorisation not given in time expires; the draft stays with the worker, who sends it again', async () => {
    const { backend, clock } = testBackend()
    const clerk = await signIn(backend, 'staff-clerk')
    const draft = await prepare(backend, clerk)
    const resident = await verifiedResident(backend, 'resident-new')
    clock.advanceDays(4)
    const err = await rejects(resident.authoriseAssist(draft.id))
    expect(err.status).toBe(409)
    expect(err.message).toContain('授权已过期')
    const mine = await signIn(backend, 'staff-clerk')
    expect((await mine.listAssists()).find((a) => a.id === draft.id)?.status).toBe('expired')
    await mine.resendAssist(draft.id)
    const again = await verifiedResident(backend, 'resident-new')
    expect((await again.authoriseAssist(draft.id)).status).toBe('submitted')
  })

  it('no phone: an in-person authorisation with a photo waits for a second worker', async () => {
    const { backend } = testBackend()
    const grid = await signIn(backend, 'staff-grid-1')
    const draft = await prepare(backend, grid, 'r-wang-defu')
    expect(draft.residentHasPhone).toBe(false)
    const photo = await grid.uploadFile({ path: 'tmp/form.jpg', name: 'form.jpg', mime: 'image/jpeg', size: 100_000, purpose: 'material' })
    const recorded = await grid.recordInPersonAuthorisation(draft.id, photo.fileId)
    expect(recorded.status).toBe('awaiting-review')
    // the helper may not review their own
    expect((await rejects(grid.reviewInPersonAuthorisation(draft.id, { approve: true }))).status).toBe(403)
    const clerk = await signIn(backend, 'staff-clerk')
    const reviewed = await clerk.reviewInPersonAuthorisation(draft.id, { approve: true })
    expect(reviewed.status).toBe('submitted')
    const c = (await clerk.workerGetCase(reviewed.caseId!)) as Record<string, any>
    expect(c.assist).toMatchObject({ helper: '杨帆', authorisation: 'in-person', reviewer: '李娜' })
    expect((await rejects(clerk.reviewInPersonAuthorisation(draft.id, { approve: true }))).status).toBe(409)
  })
})

describe('上门服务', () => {
  it('an elder books a slot and it lands in the worker queue; a 41-year-old is told who may ask', async () => {
    const { backend } = testBackend()
    const elder = await verifiedResident(backend, 'resident-elder')
    const offer = await elder.homeVisitSlots()
    expect(offer.eligible).toBe(true)
    expect(offer.slots.length).toBe(10)
    const c = await elder.requestHomeVisit({ matterId: 'senior-card', slot: offer.slots[0].value, idempotencyKey: key('visit') })
    expect(c.title).toBe('上门服务：老年人优待证办理')
    const clerk = await signIn(backend, 'staff-clerk')
    expect((await clerk.workerQueue({ q: c.caseNo })).items.map((x) => x.id)).toEqual([c.id])

    const young = await verifiedResident(backend, 'resident-new')
    expect((await young.homeVisitSlots()).eligible).toBe(false)
    const err = await rejects(young.requestHomeVisit({ matterId: 'senior-card', slot: offer.slots[0].value, idempotencyKey: key('v2') }))
    expect(err.status).toBe(403)
    expect(err.message).toContain('年满 70 周岁')
  })
})
