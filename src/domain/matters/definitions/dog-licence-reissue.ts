/** 犬证补领: the e-licence never gets lost; this reissues the metal tag or the paper licence. */
import { DOG_FIELDS } from '../dog-rules'
import type { FormDefinition } from '../types'
import { DOG_PICKUP_OPTIONS } from './dog-options'
import { applicantIdNumber, applicantName, applicantPhone, SOURCES } from './shared'

export const REISSUE_REASONS = [
  { value: 'tag-lost', label: '犬牌丢了' },
  { value: 'tag-damaged', label: '犬牌损坏、看不清' },
  { value: 'paper-lost', label: '纸质犬证丢了' },
]

export const dogLicenceReissueForm: FormDefinition = {
  version: 1,
  fields: [
    applicantName('养犬人姓名', 'ownerName'),
    applicantIdNumber('ownerIdNumber'),
    applicantPhone('ownerPhone'),
    { key: DOG_FIELDS.dog, label: '要补领犬证的犬只', type: 'dog-picker', required: true, typed: false },
    { key: 'reason', label: '补领原因', type: 'picker', required: true, options: REISSUE_REASONS, typed: false },
    { key: 'pickup', label: '领取方式', type: 'picker', required: true, options: DOG_PICKUP_OPTIONS, typed: false },
    {
      key: 'mailAddress',
      label: '邮寄地址',
      type: 'address',
      required: true,
      visibleWhen: { field: 'pickup', equals: 'mail' },
      autofill: { from: 'residenceAddress', locked: false, source: SOURCES.residence },
      typed: true,
    },
  ],
  materials: [
    {
      key: 'damagedTagPhoto',
      label: '损坏犬牌照片',
      kind: 'photo',
      min: 1,
      max: 2,
      required: false,
      visibleWhen: { field: 'reason', equals: 'tag-damaged' },
      help: '可不交。领新犬牌时请把旧犬牌交回社区',
    },
  ],
  rules: ['dog-owned'],
}
