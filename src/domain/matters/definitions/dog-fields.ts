/**
 * Fields the dog forms share, written once: the owner (from the record), the dog picked from
 * the household's registered dogs, and the rabies vaccination as its certificate shows it —
 * at registration, or the new shot at the annual review.
 */
import { DOG_RULES_CONFIG } from '../dog-rules-config'
import { DOG_FIELDS } from '../dog-rules'
import type { FieldDef, MaterialSlot } from '../types'
import { applicantIdNumber, applicantName, applicantPhone } from './shared'

const cfg = DOG_RULES_CONFIG

export const dogOwnerName = (): FieldDef => applicantName('养犬人姓名', 'ownerName')
export const dogOwnerIdNumber = (): FieldDef => applicantIdNumber('ownerIdNumber')
export const dogOwnerPhone = (): FieldDef => applicantPhone('ownerPhone')

/** Which registered dog the application is about (annual review, deregistration, info change). */
export function dogPicker(label: string, help?: string): FieldDef {
  return { key: DOG_FIELDS.dog, label, type: 'dog-picker', required: true, ...(help ? { help } : {}), typed: false }
}

/** registration: the shot the dog has; annual-review: the new shot since the last licence */
export type VaccinationOccasion = 'registration' | 'annual-review'

/** Certificate number, date (not in the future, within the validity window) and the clinic. */
export function vaccinationFields(occasion: VaccinationOccasion): FieldDef[] {
  const review = occasion === 'annual-review'
  const months = cfg.vaccinationValidMonths
  return [
    {
      key: 'vaccineCertNo',
      label: review ? '新的狂犬病免疫证号' : '狂犬病免疫证号',
      type: 'text',
      required: true,
      placeholder: review ? '本次接种后免疫证上的编号' : '免疫证上印的编号',
      validate: [
        { kind: 'min-length', value: 4, message: '免疫证号太短了，请按免疫证上的编号完整填写' },
        { kind: 'max-length', value: 30 },
      ],
      typed: true,
    },
    {
      key: DOG_FIELDS.vaccinationDate,
      label: review ? '本次疫苗接种日期' : '狂犬病疫苗接种日期',
      type: 'date',
      required: true,
      validate: [
        { kind: 'date-not-future' },
        {
          kind: 'date-within-months',
          value: months,
          message: `疫苗接种已超过 ${months} 个月，请先给犬只补种狂犬病疫苗${review ? '' : '再来登记'}`,
        },
      ],
      typed: false,
    },
    {
      key: 'vaccinationHospital',
      label: '接种疫苗的宠物医院',
      type: 'text',
      // at registration the clinic is checked against the certificate; the review's photo shows it
      required: !review,
      ...(review ? {} : { placeholder: '免疫证上盖章的动物诊疗机构名称' }),
      validate: [{ kind: 'max-length', value: 40 }],
      typed: true,
    },
  ]
}

/** The photographed vaccination certificate. */
export function vaccinationCertificate(occasion: VaccinationOccasion): MaterialSlot {
  return {
    key: 'vaccinationCertPhoto',
    label: '狂犬病免疫证明',
    kind: 'photo-or-pdf',
    min: 1,
    max: 3,
    required: true,
    help: occasion === 'annual-review' ? '拍清本次接种的免疫证编号、接种日期和盖章那一页' : '拍清免疫证上的编号、接种日期和盖章那一页',
  }
}
