import { getMatter } from '@/domain/matters/catalog'
import { autofillValues, PLEDGE_KEY, reviewSummary, typedFieldCount, validateForm } from '@/domain/matters/engine'
import { checkSubmission } from '@/domain/matters/rules'
import type { FormValues } from '@/domain/matters/types'
import { ctx, DOG_WANGCAI, missingFieldMessages, OWNER_ID, profile, requiredUploads } from '../fixtures'

const def = getMatter('dog-registration').form!
const resident = profile()
const auto = autofillValues(def, resident)

const dogAnswers: FormValues = {
  dogName: '豆豆',
  breed: '比熊',
  dogColour: '白色',
  dogGender: 'female',
  dogBirthDate: '2024-03-01',
  shoulderHeightCm: 28,
  neutered: false,
  assistanceDog: false,
  vaccineCertNo: 'DZ2025-0456',
  vaccinationDate: '2025-05-20',
  vaccinationHospital: '通川区爱宠动物医院',
  pickup: 'community',
  [PLEDGE_KEY]: true,
}
const valid: FormValues = { ...auto.values, ...dogAnswers }
const uploads = requiredUploads(def)
const ruleCtx = { ...ctx(resident), householdDogs: resident.dogs, keyZone: true }

describe('养犬登记 form', () => {
  it('autofills the owner: name, gender, ID and 户籍 locked from 公安人口库; phone and address editable', () => {
    expect(Object.keys(auto.values).sort()).toEqual(
      ['ownerAddress', 'ownerGender', 'ownerHukouAddress', 'ownerIdNumber', 'ownerName', 'ownerPhone'].sort(),
    )
    expect(auto.values.ownerName).toBe('张建国')
    expect(auto.values.ownerIdNumber).toBe(OWNER_ID)
    expect(auto.values.ownerGender).toBe('male')
    expect(auto.values.ownerAddress).toBe('四川省达州市通川区朝阳街道西外社区凤凰大道88号3栋2单元501')
    expect(auto.sources.ownerName).toEqual({ source: '公安人口库', locked: true })
    expect(auto.sources.ownerIdNumber).toEqual({ source: '公安人口库', locked: true })
    expect(auto.sources.ownerPhone.locked).toBe(false)
    expect(auto.sources.ownerAddress.locked).toBe(false)
    expect(auto.missing).toEqual([])
  })

  it('leaves the address editable, with a note, when the record lacks it', () => {
    const r = autofillValues(def, profile({ residenceAddress: null }))
    expect(r.missing).toContain('ownerAddress')
    expect(r.values).not.toHaveProperty('ownerAddress')
    expect(r.sources.ownerAddress).toBeUndefined()
    expect(r.notes.ownerAddress).toContain('请您自己填写')
    const field = def.fields.find((f) => f.key === 'ownerAddress')!
    expect(field.autofill?.locked).toBe(false)
    // and the resident can then type it in
    const typed = { ...r.values, ...dogAnswers, ownerAddress: '凤凰大道90号1栋1单元101' }
    expect(validateForm(def, typed, uploads, ctx(profile({ residenceAddress: null }))).ok).toBe(true)
  })

  it('asks a verified resident to type at most 6 fields', () => {
    const filled = Object.keys(auto.values)
    expect(typedFieldCount(def, filled)).toBe(4) // dog name, height, certificate number, hospital
    expect(typedFieldCount(def, filled, { breed: '其他' })).toBe(5)
    expect(typedFieldCount(def, filled, { breed: '其他' })).toBeLessThanOrEqual(6)
    // without the record, the same form would need much more typing
    expect(typedFieldCount(def, [])).toBeGreaterThan(8)
  })

  it('passes a valid sample, business rules included', () => {
    expect(validateForm(def, valid, uploads, ctx(resident))).toMatchObject({
      ok: true,
      fieldErrors: {},
      materialErrors: {},
    })
    expect(checkSubmission(def, valid, uploads, ruleCtx)).toMatchObject({ ok: true, formErrors: [] })
  })

  it('reports every required field left empty, with its label', () => {
    const messages = missingFieldMessages(def, valid, ctx(resident))
    expect(Object.keys(messages)).toHaveLength(def.fields.filter((f) => f.required && !f.visibleWhen).length)
    for (const [key, msg] of Object.entries(messages)) {
      const label = def.fields.find((f) => f.key === key)!.label
      expect(msg).toContain(label)
    }
    expect(messages.breed).toBe('请选择犬只品种')
    expect(messages.dogName).toBe('请填写犬只名字')
  })

  it('requires the typed breed when 其他 is picked, and drops it otherwise', () => {
    const other = validateForm(def, { ...valid, breed: '其他' }, uploads, ctx(resident))
    expect(other.fieldErrors.breedOther).toBe('请填写品种名称')
    const picked = validateForm(def, { ...valid, breedOther: '贵宾犬' }, uploads, ctx(resident))
    expect(picked.values).not.toHaveProperty('breedOther')
  })

  it('requires the dog photos, and accepts a missing health check as 容缺', () => {
    const noPhoto = validateForm(def, valid, { ...uploads, dogFullBodyPhoto: [] }, ctx(resident))
    expect(noPhoto.materialErrors.dogFullBodyPhoto).toBe('请上传犬只全身站立照')
    const noHealth = validateForm(def, valid, { ...uploads, healthCheckProof: undefined }, ctx(resident))
    expect(noHealth.ok).toBe(true)
    expect(noHealth.deferredMaterials).toEqual(['healthCheckProof'])
  })

  it('asks for the neutering proof only for a neutered dog, and the assistance proof only for a guide dog', () => {
    const base = { ...uploads }
    delete base.neuterProof
    delete base.assistanceDogProof
    expect(validateForm(def, valid, base, ctx(resident)).ok).toBe(true)
    const neutered = validateForm(def, { ...valid, neutered: true }, base, ctx(resident))
    expect(neutered.materialErrors.neuterProof).toBe('请上传犬只绝育证明')
    const guide = validateForm(def, { ...valid, assistanceDog: true }, base, ctx(resident))
    expect(guide.materialErrors.assistanceDogProof).toBeDefined()
  })

  it('requires the signed 养犬承诺书', () => {
    const r = validateForm(def, { ...valid, [PLEDGE_KEY]: undefined }, uploads, ctx(resident))
    expect(r.fieldErrors[PLEDGE_KEY]).toContain('养犬承诺书')
  })

  it('refuses an owner name edited away from the record', () => {
    const r = validateForm(def, { ...valid, ownerName: '李四' }, uploads, ctx(resident))
    expect(r.fieldErrors.ownerName).toContain('公安人口库')
  })

  it('runs the dog rules on submit: a typed banned breed, a tall dog, a second dog', () => {
    const banned = checkSubmission(def, { ...valid, breed: '其他', breedOther: '藏獒' }, uploads, ruleCtx)
    expect(banned.ok).toBe(false)
    expect(banned.fieldErrors.breedOther).toContain('烈性犬')
    const tall = checkSubmission(def, { ...valid, shoulderHeightCm: '36' }, uploads, ruleCtx)
    expect(tall.fieldErrors.shoulderHeightCm).toContain('35 厘米')
    const second = checkSubmission(def, valid, uploads, { ...ruleCtx, householdDogs: [DOG_WANGCAI] })
    expect(second.ok).toBe(false)
    expect(second.formErrors[0]).toContain('犬只注销')
    expect(second.suggestedMatters).toContain('dog-deregistration')
  })

  it('rejects a vaccination older than 12 months already at the field', () => {
    const r = validateForm(def, { ...valid, vaccinationDate: '2024-05-16' }, uploads, ctx(resident))
    expect(r.fieldErrors.vaccinationDate).toContain('补种')
  })

  it('summarises the application for review with the ID number and phone masked', () => {
    const lines = reviewSummary(def, valid, { profile: resident })
    const byLabel = Object.fromEntries(lines.map((l) => [l.label, l.value]))
    expect(byLabel['身份证号码']).not.toBe(OWNER_ID)
    expect(byLabel['身份证号码']).toMatch(/^511\*+\d{3}[\dX]$/)
    expect(byLabel['联系电话']).toBe('138****5678')
    expect(byLabel['犬只性别']).toBe('母')
    expect(byLabel['肩高']).toBe('28 厘米')
    expect(byLabel['是否已绝育']).toBe('否')
    expect(byLabel['犬只出生日期']).toBe('2024年3月1日')
  })

  it('uses photos only where photos are asked for', () => {
    const r = validateForm(def, valid, { ...uploads, dogHeadPhoto: [{ id: 'x', kind: 'pdf' }] }, ctx(resident))
    expect(r.materialErrors.dogHeadPhoto).toBe('犬只头部正面照请上传照片')
    expect(
      validateForm(def, valid, { ...uploads, vaccinationCertPhoto: [{ id: 'y', kind: 'pdf' }] }, ctx(resident)).ok,
    ).toBe(true)
  })
})
