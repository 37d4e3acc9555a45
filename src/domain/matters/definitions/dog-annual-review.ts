/**
 * 犬只年检: pick the dog from the household's record, show the new rabies vaccination.
 * The window (open from 30 days before expiry) is a business rule, checked on submit.
 */
import { DOG_RULES_CONFIG } from '../dog-rules-config'
import { DOG_FIELDS } from '../dog-rules'
import type { FormDefinition } from '../types'
import { applicantIdNumber, applicantName, applicantPhone } from './shared'

const cfg = DOG_RULES_CONFIG

export const dogAnnualReviewForm: FormDefinition = {
  version: 1,
  fields: [
    applicantName('养犬人姓名', 'ownerName'),
    applicantIdNumber('ownerIdNumber'),
    applicantPhone('ownerPhone'),
    {
      key: DOG_FIELDS.dog,
      label: '要年检的犬只',
      type: 'dog-picker',
      required: true,
      help: `犬证到期前 ${cfg.annualReview.opensDaysBeforeExpiry} 天内可以办理年检`,
      typed: false,
    },
    {
      key: 'vaccineCertNo',
      label: '新的狂犬病免疫证号',
      type: 'text',
      required: true,
      placeholder: '本次接种后免疫证上的编号',
      validate: [
        { kind: 'min-length', value: 4, message: '免疫证号太短了，请按免疫证上的编号完整填写' },
        { kind: 'max-length', value: 30 },
      ],
      typed: true,
    },
    {
      key: DOG_FIELDS.vaccinationDate,
      label: '本次疫苗接种日期',
      type: 'date',
      required: true,
      validate: [
        { kind: 'date-not-future' },
        {
          kind: 'date-within-months',
          value: cfg.vaccinationValidMonths,
          message: `疫苗接种已超过 ${cfg.vaccinationValidMonths} 个月，请先给犬只补种狂犬病疫苗`,
        },
      ],
      typed: false,
    },
    {
      key: 'vaccinationHospital',
      label: '接种疫苗的宠物医院',
      type: 'text',
      required: false,
      validate: [{ kind: 'max-length', value: 40 }],
      typed: true,
    },
    {
      key: DOG_FIELDS.neutered,
      label: '是否已绝育',
      type: 'switch',
      required: false,
      help: '已绝育的犬只年检费减半。登记时已交过绝育证明的，不用再交',
      typed: false,
    },
  ],
  materials: [
    {
      key: 'vaccinationCertPhoto',
      label: '狂犬病免疫证明',
      kind: 'photo-or-pdf',
      min: 1,
      max: 3,
      required: true,
      help: '拍清本次接种的免疫证编号、接种日期和盖章那一页',
    },
    {
      key: 'dogRecentPhoto',
      label: '犬只近期照片',
      kind: 'photo',
      min: 1,
      max: 2,
      required: false,
      help: '可不交。犬只外观变化较大时，建议上传一张全身照',
    },
    {
      key: 'neuterProof',
      label: '犬只绝育证明',
      kind: 'photo-or-pdf',
      min: 1,
      max: 2,
      required: false,
      visibleWhen: { field: DOG_FIELDS.neutered, equals: true },
      help: '本次新做绝育的，请上传宠物医院出具的绝育证明',
    },
  ],
  rules: ['dog-annual-review'],
}
