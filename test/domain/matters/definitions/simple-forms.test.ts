import { getMatter } from '@/domain/matters/catalog'
import { autofillValues, PLEDGE_KEY, typedFieldCount, validateForm } from '@/domain/matters/engine'
import { checkSubmission } from '@/domain/matters/rules'
import type { FormValues } from '@/domain/matters/types'
import { ctx, DOG_WANGCAI, idNumber, missingFieldMessages, photo, profile } from '../fixtures'

const resident = profile({ dogs: [DOG_WANGCAI] })
const c = ctx(resident)

/** The common contract: a valid sample passes, and each required field left empty is named. */
function expectSoundForm(id: Parameters<typeof getMatter>[0], answers: FormValues, uploads = {}) {
  const def = getMatter(id).form!
  const valid = { ...autofillValues(def, resident).values, ...answers }
  const result = validateForm(def, valid, uploads, c)
  expect(result.fieldErrors).toEqual({})
  expect(result.materialErrors).toEqual({})
  expect(result.ok).toBe(true)
  const messages = missingFieldMessages(def, valid, c)
  expect(Object.keys(messages).length).toBeGreaterThan(0)
  for (const [key, msg] of Object.entries(messages)) {
    expect(msg).toContain(def.fields.find((f) => f.key === key)!.label)
  }
  return { def, valid }
}

describe('犬只信息变更', () => {
  it('changes the address with the new one prefilled from the residence registration', () => {
    const { def, valid } = expectSoundForm('dog-info-change', {
      dogLicenceNo: DOG_WANGCAI.licenceNo,
      changeType: 'address',
    })
    expect(valid.newAddress).toContain('凤凰大道88号')
    const ruleCtx = { ...c, householdDogs: resident.dogs, keyZone: true }
    expect(checkSubmission(def, valid, {}, ruleCtx).ok).toBe(true)
  })

  it('asks for the new phone instead of the old one when the phone changes', () => {
    const def = getMatter('dog-info-change').form!
    const base = { ...autofillValues(def, resident).values, dogLicenceNo: DOG_WANGCAI.licenceNo, changeType: 'phone' }
    const r = validateForm(def, base, {}, c)
    expect(r.fieldErrors).toEqual({ newPhone: '请填写新的联系电话' })
    expect(r.values).not.toHaveProperty('ownerPhone')
  })

  it('requires the neutering proof for a neutering change', () => {
    const def = getMatter('dog-info-change').form!
    const v = { ...autofillValues(def, resident).values, dogLicenceNo: DOG_WANGCAI.licenceNo, changeType: 'neutered' }
    expect(validateForm(def, v, {}, c).materialErrors.neuterProof).toBe('请上传犬只绝育证明')
    expect(validateForm(def, v, { neuterProof: [photo()] }, c).ok).toBe(true)
  })
})

describe('犬证补领', () => {
  it('passes, and asks for a mailing address only when mailed', () => {
    const { def, valid } = expectSoundForm('dog-licence-reissue', {
      dogLicenceNo: DOG_WANGCAI.licenceNo,
      reason: 'tag-lost',
      pickup: 'community',
    })
    const mailed = validateForm(def, { ...valid, pickup: 'mail', mailAddress: undefined }, {}, c)
    expect(mailed.fieldErrors.mailAddress).toBe('请填写邮寄地址')
  })
})

describe('亲属关系证明', () => {
  it('passes with the relative and one piece of evidence, and the relative’s ID is optional', () => {
    const { def, valid } = expectSoundForm(
      'kinship-proof',
      { relativeName: '张德福', relation: 'parent', purpose: 'inheritance', delivery: 'pickup', [PLEDGE_KEY]: true },
      { relationEvidence: [photo()] },
    )
    const withId = { ...valid, relativeIdNumber: idNumber('51170219521103111') }
    expect(validateForm(def, withId, { relationEvidence: [photo()] }, c).ok).toBe(true)
    expect(
      validateForm(def, { ...valid, relativeIdNumber: '123' }, { relationEvidence: [photo()] }, c).fieldErrors
        .relativeIdNumber,
    ).toBe('身份证号码应为18位')
    expect(typedFieldCount(def, Object.keys(autofillValues(def, resident).values))).toBe(2)
  })
})

describe('社区活动室预约', () => {
  const answers = { date: '2025-06-20', slot: 'evening', activityType: 'culture-sports', participants: '25' }
  it('passes a booking within the next 14 days', () => {
    expectSoundForm('activity-room-booking', answers)
  })

  it('refuses a date in the past, too far ahead, or more people than the room holds', () => {
    const def = getMatter('activity-room-booking').form!
    const base = { ...autofillValues(def, resident).values, ...answers }
    expect(validateForm(def, { ...base, date: '2025-06-15' }, {}, c).fieldErrors.date).toBe('使用日期不能早于今天')
    expect(validateForm(def, { ...base, date: '2025-07-01' }, {}, c).fieldErrors.date).toContain('14 天以内')
    expect(validateForm(def, { ...base, participants: 50 }, {}, c).fieldErrors.participants).toBe(
      '活动室最多容纳 40 人',
    )
  })

  it('is booked as an appointment', () => {
    expect(getMatter('activity-room-booking').guide.mode).toBe('appointment')
  })
})

describe('志愿者注册', () => {
  it('passes with two picks and the pledge, nothing typed', () => {
    const { def } = expectSoundForm('volunteer-registration', {
      serviceArea: 'elderly-disabled',
      availableTime: 'weekend',
      [PLEDGE_KEY]: true,
    })
    expect(typedFieldCount(def, Object.keys(autofillValues(def, resident).values))).toBe(1) // the optional 特长
  })
})

describe('老年助餐登记', () => {
  const elder = profile({
    name: '王桂兰',
    birthDate: '1948-02-10',
    idNumber: idNumber('51170219480210122'),
    gender: 'female',
  })
  const answers = {
    mealTimes: 'lunch',
    diningMode: 'canteen',
    specialGroup: 'over-80',
    emergencyContactName: '张建国',
    emergencyContactPhone: '13812345678',
  }

  it('passes for an elder, and asks for the delivery address only for 送餐上门', () => {
    const def = getMatter('senior-meal').form!
    const v = { ...autofillValues(def, elder).values, ...answers }
    expect(validateForm(def, v, {}, ctx(elder)).ok).toBe(true)
    const delivered = validateForm(def, { ...v, diningMode: 'delivery', deliveryAddress: '' }, {}, ctx(elder))
    expect(delivered.fieldErrors.deliveryAddress).toBe('请填写送餐地址')
  })

  it('refuses someone under 60, from the locked birth date', () => {
    const def = getMatter('senior-meal').form!
    const v = { ...autofillValues(def, resident).values, ...answers }
    expect(validateForm(def, v, {}, c).fieldErrors.birthDate).toContain('60 周岁')
  })
})
