/** 我的办件 end to end through the api and the fake backend: 补正, approval, e-certificates, verify, withdraw, rating, notices. */
import { testBackend, signIn, verifiedResident, rejects, clientFor } from '../support/backend'
import { clerk, submitDogRegistration, submitResidenceProof, upload } from '../features/cases/support'
import { codeFromInput } from '@/domain/certificates/code'

describe('养犬登记 → 补正 → 电子犬证 → public verify', () => {
  it('the resident sees exactly the flagged item, fixes it, and gets a licence anyone can verify', async () => {
    const { backend, clock } = testBackend()
    const me = await verifiedResident(backend, 'resident-new')
    const submitted = await submitDogRegistration(backend, me)
    expect((await me.listMyCases({ bucket: 'open' })).map((c) => c.id)).toContain(submitted.id)

    await clerk(backend, submitted.id, 'accept')
    await clerk(backend, submitted.id, 'request-supplement', {
      supplementItems: ['vaccinationCertPhoto'],
      reason: '免疫证照片看不清编号',
    })

    const mine = await me.getCase(submitted.id)
    expect(mine.status).toBe('needs-supplement')
    expect(mine.supplement).toEqual({ items: ['vaccinationCertPhoto'], reason: '免疫证照片看不清编号' })
    const [row] = (await me.listMyCases()).filter((c) => c.id === submitted.id)
    expect(row.status).toBe('needs-supplement')

    // nothing sent: refused with the item named
    const missing = await rejects(
      me.supplementCase(mine.id, { version: mine.version, values: {}, materials: {}, idempotencyKey: 's0' }),
    )
    expect(missing.fieldErrors).toHaveProperty('vaccinationCertPhoto')

    const photo = await upload(me, 'vaccine-clear.jpg')
    const fixed = await me.supplementCase(mine.id, {
      version: mine.version,
      values: {},
      materials: { vaccinationCertPhoto: [photo.fileId] },
      idempotencyKey: 's1',
    })
    expect(fixed.status).toBe('accepted')
    expect(fixed.materials.vaccinationCertPhoto.map((f) => f.name)).toEqual(['vaccine-clear.jpg'])

    await clerk(backend, submitted.id, 'approve')
    const done = await me.getCase(submitted.id)
    expect(done.status).toBe('approved')
    expect(done.certificate?.kind).toBe('dog-licence')

    const doc = await me.getCaseCertificate(done.id)
    expect(doc.state).toBe('valid')
    expect(doc.certificate.facts).toMatchObject({ 品种: '比熊', 犬名: '豆豆' })
    expect(doc.certificate.holderMasked).not.toContain('志')
    expect(doc.photo?.name).toBe('dogFullBodyPhoto.jpg')
    expect(doc.verifyUrl).toBe(`https://sqt.example.gov.cn/v?c=${doc.certificate.code}`)
    expect(doc.certificate.validUntil).toBe('2027-11-22')

    // public: no sign-in
    const stranger = clientFor(backend)
    const code = codeFromInput(doc.verifyUrl)
    const ok = await stranger.verifyCertificate(code)
    expect(ok.state).toBe('valid')
    expect(ok.certificate?.serialNo).toBe(doc.certificate.serialNo)
    expect(JSON.stringify(ok)).not.toContain('王志强')

    const last = code.slice(-1) === 'A' ? 'B' : 'A'
    expect((await stranger.verifyCertificate(code.slice(0, -1) + last)).state).toBe('unknown')
    const first = code[0] === 'A' ? 'B' : 'A'
    expect((await stranger.verifyCertificate(first + code.slice(1))).state).toBe('unknown')
    expect((await stranger.verifyCertificate('NOT-A-CODE')).state).toBe('unknown')
    // lower case and dashes as typed by hand still match
    expect((await stranger.verifyCertificate(code.toLowerCase().replace(/(.{4})/g, '$1-'))).state).toBe('valid')

    clock.set('2027-11-23T09:00:00+08:00')
    expect((await stranger.verifyCertificate(code)).state).toBe('expired')
  })
})

describe('居住证明 → proof document', () => {
  it('is issued with content, serial number and a verifiable code, valid for three months', async () => {
    const { backend, clock } = testBackend()
    const me = await verifiedResident(backend, 'resident-new')
    const c = await submitResidenceProof(backend, me)
    await clerk(backend, c.id, 'accept')
    await clerk(backend, c.id, 'approve')
    const doc = await me.getCaseCertificate(c.id)
    expect(doc.certificate.kind).toBe('proof-document')
    expect(doc.certificate.title).toBe('居住证明')
    expect(doc.content).toContain('兹证明')
    expect(doc.content).toContain('子女入学')
    expect(doc.content).not.toMatch(/\d{17}[\dX]/) // ID number masked
    expect(doc.photo).toBeNull()

    const stranger = clientFor(backend)
    expect((await stranger.verifyCertificate(doc.certificate.code)).state).toBe('valid')
    const tampered =
      doc.certificate.code.slice(0, 5) + (doc.certificate.code[5] === '7' ? '8' : '7') + doc.certificate.code.slice(6)
    expect((await stranger.verifyCertificate(tampered)).state).toBe('unknown')
    clock.advanceDays(92)
    expect((await stranger.verifyCertificate(doc.certificate.code)).state).toBe('expired')
  })

  it('only the owner can read the full certificate', async () => {
    const { backend } = testBackend()
    const me = await verifiedResident(backend, 'resident-new')
    const c = await submitResidenceProof(backend, me)
    await clerk(backend, c.id, 'accept')
    await clerk(backend, c.id, 'approve')
    const other = await verifiedResident(backend, 'resident-dog')
    expect((await rejects(other.getCaseCertificate(c.id))).status).toBe(404)
    expect((await rejects(clientFor(backend).getCaseCertificate(c.id))).status).toBe(401)
  })
})

describe('withdraw', () => {
  it('works before acceptance and is refused after', async () => {
    const { backend } = testBackend()
    const me = await verifiedResident(backend, 'resident-new')
    const a = await submitResidenceProof(backend, me)
    const withdrawn = await me.withdrawCase(a.id, { version: a.version, reason: '不需要了' })
    expect(withdrawn.status).toBe('withdrawn')
    expect(withdrawn.bucket).toBe('closed')

    const b = await submitResidenceProof(backend, me)
    await clerk(backend, b.id, 'accept')
    const fresh = await me.getCase(b.id)
    expect(fresh.allowedActions).not.toContain('withdraw')
    const refused = await rejects(me.withdrawCase(b.id, { version: fresh.version, reason: '不需要了' }))
    expect(refused.status).toBeGreaterThanOrEqual(400)
  })

  it('a stale version is a 409', async () => {
    const { backend } = testBackend()
    const me = await verifiedResident(backend, 'resident-new')
    const a = await submitDogRegistration(backend, me)
    await clerk(backend, a.id, 'request-supplement', { supplementItems: ['dogHeadPhoto'], reason: '看不清' })
    const stale = await rejects(me.withdrawCase(a.id, { version: a.version, reason: '不办了' }))
    expect(stale.status).toBe(409)
  })
})

describe('好差评', () => {
  it('needs a reason for 不满意 and allows one rating only', async () => {
    const { backend } = testBackend()
    const me = await verifiedResident(backend, 'resident-new')
    const c = await submitResidenceProof(backend, me)
    await clerk(backend, c.id, 'accept')
    await clerk(backend, c.id, 'approve')
    const noReason = await rejects(me.rateCase(c.id, { level: 'dissatisfied' }))
    expect(noReason.status).toBe(400)
    const rated = await me.rateCase(c.id, { level: 'dissatisfied', reason: '等了太久才通知我' })
    expect(rated.rating?.level).toBe('dissatisfied')
    expect(rated.allowedActions).not.toContain('rate')
    expect((await rejects(me.rateCase(c.id, { level: 'very-satisfied' }))).status).toBeGreaterThanOrEqual(400)
  })
})

describe('犬证年检 notices', () => {
  it('陈静 gets a renewal notice within 30 days of expiry, not before', async () => {
    const early = testBackend('2026-11-23T10:00:00+08:00')
    expect(await (await verifiedResident(early.backend, 'resident-dog')).listNotices()).toEqual([])

    const { backend } = testBackend('2026-12-15T10:00:00+08:00')
    const chen = await verifiedResident(backend, 'resident-dog')
    const notices = await chen.listNotices()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({
      kind: 'licence-renewal',
      matterId: 'dog-annual-review',
      dueDate: '2027-01-10',
      daysLeft: 26,
    })
    expect(notices[0].title).toContain('豆豆')
    expect(await (await verifiedResident(backend, 'resident-new')).listNotices()).toEqual([])
    // an unverified resident gets 403 (陈静 herself would now start verified: her binding lasts 30 days)
    expect((await rejects((await signIn(backend, 'resident-zhou')).listNotices())).status).toBe(403)
  })
})
