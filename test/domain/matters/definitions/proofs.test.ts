import { getMatter } from '@/domain/matters/catalog'
import {
  autofillValues,
  PLEDGE_KEY,
  reviewSummary,
  typedFieldCount,
  validateForm,
  visibleFields,
} from '@/domain/matters/engine'
import type { FormDefinition, FormValues } from '@/domain/matters/types'
import { ctx, missingFieldMessages, OWNER_ID, photo, profile } from '../fixtures'

const resident = profile()
const c = ctx(resident)

/** Every combination of the pickers that open a typed 「其他」 field. */
function worstTypedCount(def: FormDefinition, autofilled: string[]): number {
  const pickers = def.fields.filter(
    (f) => f.type === 'picker' && def.fields.some((g) => g.visibleWhen?.field === f.key),
  )
  let combos: FormValues[] = [{}]
  for (const p of pickers) combos = combos.flatMap((v) => p.options!.map((o) => ({ ...v, [p.key]: o.value })))
  return Math.max(...combos.map((v) => typedFieldCount(def, autofilled, v)))
}

describe('居住证明 form', () => {
  const def = getMatter('residence-proof').form!
  const auto = autofillValues(def, resident)
  const valid: FormValues = {
    ...auto.values,
    purpose: 'school',
    recipient: 'school',
    delivery: 'electronic',
    [PLEDGE_KEY]: true,
  }

  it('fills applicant, address, period and household from the records', () => {
    expect(auto.values).toMatchObject({
      applicantName: '张建国',
      applicantIdNumber: OWNER_ID,
      applicantPhone: '13812345678',
      address: '四川省达州市通川区朝阳街道西外社区凤凰大道88号3栋2单元501',
      residentSince: '2012-05-01',
      householdMembers: ['r-001', 'r-002', 'r-003'],
    })
    expect(auto.sources.address.source).toBe('居住登记信息')
    expect(auto.sources.residentSince.source).toBe('居住登记信息')
  })

  it('asks a verified resident to type at most 2 fields, whatever they pick', () => {
    const filled = Object.keys(auto.values)
    expect(typedFieldCount(def, filled)).toBe(0)
    expect(typedFieldCount(def, filled, { purpose: 'other' })).toBe(1)
    expect(worstTypedCount(def, filled)).toBe(2)
  })

  it('passes a valid sample with no uploads', () => {
    expect(validateForm(def, valid, {}, c)).toMatchObject({ ok: true, fieldErrors: {}, materialErrors: {} })
  })

  it('reports every required field left empty', () => {
    const messages = missingFieldMessages(def, valid, c)
    expect(messages).toMatchObject({
      purpose: '请选择开具用途',
      recipient: '请选择证明交给哪个单位',
      address: '请填写居住地址',
      residentSince: '请选择在此居住起始日期',
      delivery: '请选择领取方式',
    })
    for (const msg of Object.values(messages)) expect(msg).toBeTruthy()
  })

  it('asks for the typed purpose and recipient only when 其他 is picked', () => {
    const r = validateForm(def, { ...valid, purpose: 'other', recipient: 'other' }, {}, c)
    expect(r.fieldErrors).toMatchObject({ purposeOther: '请填写具体用途', recipientOther: '请填写单位名称' })
    const hidden = validateForm(def, { ...valid, purposeOther: '旧值' }, {}, c)
    expect(hidden.values).not.toHaveProperty('purposeOther')
  })

  it('leaves address and period editable with notes when the residence registration is missing', () => {
    const r = autofillValues(def, profile({ residenceAddress: null, residentSince: null }))
    expect(r.missing).toEqual(['address', 'residentSince'])
    expect(def.fields.find((f) => f.key === 'address')!.autofill!.locked).toBe(false)
    expect(r.notes.address).toContain('居住登记信息')
  })

  it('only lets the resident list members of their own household', () => {
    expect(
      validateForm(def, { ...valid, householdMembers: ['r-404'] }, {}, c).fieldErrors.householdMembers,
    ).toBeDefined()
  })

  it('reviews the household by name and masks the ID number', () => {
    const lines = reviewSummary(def, { ...valid, householdMembers: ['r-001', 'r-003'] }, { profile: resident })
    const byKey = Object.fromEntries(lines.map((l) => [l.key, l.value]))
    expect(byKey.householdMembers).toBe('张建国（本人）、张小雨（子女）')
    expect(byKey.applicantIdNumber).not.toContain(OWNER_ID.slice(6, 14))
    expect(byKey.purpose).toBe('子女入学')
    expect(byKey.residentSince).toBe('2012年5月1日')
  })
})

describe('困难证明 form', () => {
  const def = getMatter('hardship-proof').form!
  const auto = autofillValues(def, resident)
  const valid: FormValues = {
    ...auto.values,
    purpose: 'medical-aid',
    recipient: 'hospital',
    hardshipType: 'illness',
    hardshipDescription: '丈夫去年查出尿毒症，每周透析三次，家里只有我打零工有收入',
    delivery: 'pickup',
    [PLEDGE_KEY]: true,
  }

  it('passes a valid sample; missing evidence is covered by the pledge (承诺制)', () => {
    const r = validateForm(def, valid, {}, c)
    expect(r.ok).toBe(true)
    expect(r.pledgedMaterials).toEqual(['hardshipEvidence'])
    expect(validateForm(def, valid, { hardshipEvidence: [photo()] }, c).pledgedMaterials).toEqual([])
  })

  it('without the pledge, both the pledge and the evidence are asked for', () => {
    const r = validateForm(def, { ...valid, [PLEDGE_KEY]: false }, {}, c)
    expect(r.fieldErrors[PLEDGE_KEY]).toContain('家庭经济状况承诺书')
    expect(r.materialErrors.hardshipEvidence).toBe('请上传困难情况相关材料')
  })

  it('reports every required field left empty, hardship type and description included', () => {
    const messages = missingFieldMessages(def, valid, c)
    expect(messages).toMatchObject({ hardshipType: '请选择困难类型', hardshipDescription: '请填写困难情况说明' })
    for (const msg of Object.values(messages)) expect(msg).toBeTruthy()
  })

  it('asks for a few more words when the description is too short', () => {
    expect(
      validateForm(def, { ...valid, hardshipDescription: '生活困难' }, {}, c).fieldErrors.hardshipDescription,
    ).toContain('至少 10 个字')
  })

  it('needs only the description typed by a verified resident', () => {
    expect(typedFieldCount(def, Object.keys(auto.values))).toBe(1)
  })
})

describe('门牌证明 form', () => {
  const def = getMatter('house-number-proof').form!
  const auto = autofillValues(def, resident)
  const valid: FormValues = {
    ...auto.values,
    purpose: 'utilities',
    recipient: 'utilities',
    proofKind: 'current',
    propertyUse: 'home',
    propertyRelation: 'owner',
    delivery: 'electronic',
    [PLEDGE_KEY]: true,
  }
  const uploads = { propertyDocument: [photo()] }

  it('passes a valid sample', () => {
    expect(validateForm(def, valid, uploads, c).ok).toBe(true)
  })

  it('reports every required field left empty', () => {
    const messages = missingFieldMessages(def, valid, c)
    expect(messages).toMatchObject({
      proofKind: '请选择证明内容',
      propertyUse: '请选择房屋用途',
      propertyRelation: '请选择您与这处房屋的关系',
      address: '请填写需要证明的门牌地址',
    })
    for (const msg of Object.values(messages)) expect(msg).toBeTruthy()
  })

  it('asks for the former address only when proving a renumbering', () => {
    expect(visibleFields(def, valid).map((f) => f.key)).not.toContain('formerAddress')
    const r = validateForm(def, { ...valid, proofKind: 'renamed' }, uploads, c)
    expect(r.fieldErrors.formerAddress).toBe('请填写原来的门牌地址')
    expect(
      validateForm(def, { ...valid, proofKind: 'renamed', formerAddress: '西外大街12号附3号' }, uploads, c).ok,
    ).toBe(true)
  })

  it('requires a property or tenancy document', () => {
    expect(validateForm(def, valid, {}, c).materialErrors.propertyDocument).toBe('请上传房屋产权或租住材料')
  })

  it('does not offer business-licence registration, which communities may no longer certify', () => {
    const purpose = def.fields.find((f) => f.key === 'purpose')!
    expect(purpose.options!.map((o) => o.label).join()).not.toContain('营业执照')
  })
})
