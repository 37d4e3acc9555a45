/**
 * 犬只年检: pick the dog from the household's record, show the new rabies vaccination.
 * The window (open from 30 days before expiry) is a business rule, checked on submit.
 */
import { DOG_RULES_CONFIG } from '../dog-rules-config'
import { DOG_FIELDS } from '../dog-rules'
import type { FormDefinition } from '../types'
import { dogOwnerIdNumber, dogOwnerName, dogOwnerPhone, dogPicker, vaccinationCertificate, vaccinationFields } from './dog-fields'

const cfg = DOG_RULES_CONFIG

export const dogAnnualReviewForm: FormDefinition = {
  version: 1,
  fields: [
    dogOwnerName(),
    dogOwnerIdNumber(),
    dogOwnerPhone(),
    dogPicker('要年检的犬只', `犬证到期前 ${cfg.annualReview.opensDaysBeforeExpiry} 天内可以办理年检`),
    ...vaccinationFields('annual-review'),
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
    vaccinationCertificate('annual-review'),
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
