import { getMatter } from '@/domain/matters/catalog'
import { autofillValues, validateForm, visibleFields } from '@/domain/matters/engine'
import { checkSubmission } from '@/domain/matters/rules'
import type { FormValues } from '@/domain/matters/types'
import { ctx, DOG_WANGCAI, missingFieldMessages, photo, profile } from '../fixtures'

const def = getMatter('dog-deregistration').form!
const resident = profile({ dogs: [DOG_WANGCAI] })
const valid: FormValues = {
  ...autofillValues(def, resident).values,
  dogLicenceNo: DOG_WANGCAI.licenceNo,
  reason: 'died',
  eventDate: '2025-06-10',
}
const c = ctx(resident)

describe('犬只注销 form', () => {
  it('passes with no proof at all: the photo is optional', () => {
    expect(validateForm(def, valid, {}, c).ok).toBe(true)
    expect(validateForm(def, valid, { proofPhoto: [photo()] }, c).ok).toBe(true)
  })

  it('reports every required field left empty', () => {
    expect(missingFieldMessages(def, valid, c)).toMatchObject({
      dogLicenceNo: '请选择要注销的犬只',
      reason: '请选择注销原因',
      eventDate: '请选择发生日期',
    })
  })

  it('offers 死亡 / 送养 / 遗失 / 其他 as reasons', () => {
    const reason = def.fields.find((f) => f.key === 'reason')!
    expect(reason.options!.map((o) => o.label)).toEqual(['死亡', '送养给他人', '遗失', '其他'])
  })

  it('asks for the typed reason only for 其他, and for the new owner only when rehomed', () => {
    const shown = (v: FormValues) => visibleFields(def, v).map((f) => f.key)
    expect(shown(valid)).not.toContain('reasonOther')
    expect(shown(valid)).not.toContain('newOwnerName')
    expect(validateForm(def, { ...valid, reason: 'other' }, {}, c).fieldErrors.reasonOther).toBe('请填写具体原因')
    const rehomed = validateForm(def, { ...valid, reason: 'rehomed' }, {}, c)
    expect(rehomed.fieldErrors).toMatchObject({ newOwnerName: '请填写接收人姓名', newOwnerPhone: '请填写接收人电话' })
    const ok = validateForm(
      def,
      { ...valid, reason: 'rehomed', newOwnerName: '王芳', newOwnerPhone: '13987654321' },
      {},
      c,
    )
    expect(ok.ok).toBe(true)
  })

  it('refuses a date in the future', () => {
    expect(validateForm(def, { ...valid, eventDate: '2025-06-20' }, {}, c).fieldErrors.eventDate).toBe(
      '发生日期不能晚于今天',
    )
  })

  it('refuses a dog already cancelled', () => {
    const gone = { ...DOG_WANGCAI, status: 'cancelled' as const }
    const r = checkSubmission(
      def,
      valid,
      {},
      { ...ctx(profile({ dogs: [gone] })), householdDogs: [gone], keyZone: true },
    )
    expect(r.ok).toBe(false)
    expect(r.fieldErrors.dogLicenceNo).toBeDefined()
  })
})
