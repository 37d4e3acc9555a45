import { getMatter } from '@/domain/matters/catalog'
import { autofillValues, fieldOptions, validateForm } from '@/domain/matters/engine'
import { checkSubmission } from '@/domain/matters/rules'
import type { FormValues } from '@/domain/matters/types'
import { ctx, DOG_WANGCAI, missingFieldMessages, profile, requiredUploads } from '../fixtures'

const def = getMatter('dog-annual-review').form!
// WANGCAI's licence runs to 2025-07-01: 15 days after TODAY, inside the 30-day window
const resident = profile({ dogs: [DOG_WANGCAI] })
const valid: FormValues = {
  ...autofillValues(def, resident).values,
  dogLicenceNo: DOG_WANGCAI.licenceNo,
  vaccineCertNo: 'DZ2025-0789',
  vaccinationDate: '2025-06-01',
  neutered: false,
}
const uploads = requiredUploads(def)
const submitCtx = (dogs = resident.dogs) => ({ ...ctx(profile({ dogs })), householdDogs: dogs, keyZone: true })

describe('犬只年检 form', () => {
  it('offers the household’s dogs to pick from', () => {
    const picker = def.fields.find((f) => f.type === 'dog-picker')!
    expect(fieldOptions(picker, resident).map((o) => o.value)).toEqual([DOG_WANGCAI.licenceNo])
  })

  it('passes a valid sample inside the renewal window', () => {
    expect(validateForm(def, valid, uploads, ctx(resident)).ok).toBe(true)
    expect(checkSubmission(def, valid, uploads, submitCtx()).ok).toBe(true)
  })

  it('reports every required field left empty', () => {
    const messages = missingFieldMessages(def, valid, ctx(resident))
    expect(messages).toMatchObject({
      dogLicenceNo: '请选择要年检的犬只',
      vaccineCertNo: '请填写新的狂犬病免疫证号',
      vaccinationDate: '请选择本次疫苗接种日期',
    })
    for (const msg of Object.values(messages)) expect(msg).toBeTruthy()
  })

  it('requires the new vaccination certificate photo', () => {
    expect(validateForm(def, valid, {}, ctx(resident)).materialErrors.vaccinationCertPhoto).toBe('请上传狂犬病免疫证明')
  })

  it('refuses a renewal 40 days before expiry and names the day it opens', () => {
    const early = { ...DOG_WANGCAI, validUntil: '2025-07-26' }
    const r = checkSubmission(def, valid, uploads, submitCtx([early]))
    expect(r.ok).toBe(false)
    expect(r.fieldErrors.dogLicenceNo).toContain('年检将于 2025-06-26 开放')
  })

  it('accepts a renewal 20 days before expiry', () => {
    const soon = { ...DOG_WANGCAI, validUntil: '2025-07-06' }
    expect(checkSubmission(def, valid, uploads, submitCtx([soon])).ok).toBe(true)
  })

  it('refuses a dog that is not the household’s, and an old vaccination', () => {
    const stranger = checkSubmission(def, { ...valid, dogLicenceNo: 'DZ-TC-2020-99999' }, uploads, submitCtx())
    expect(stranger.fieldErrors.dogLicenceNo).toBeDefined()
    const old = checkSubmission(def, { ...valid, vaccinationDate: '2024-05-01' }, uploads, submitCtx())
    expect(old.fieldErrors.vaccinationDate).toContain('12 个月')
  })
})
