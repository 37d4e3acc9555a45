/**
 * 犬只注销: the dog died, was given away or got lost. Few questions, proof optional:
 * nobody should have to chase a paper to report a dead pet.
 */
import type { FormDefinition } from '../types'
import { dogOwnerIdNumber, dogOwnerName, dogOwnerPhone, dogPicker } from './dog-fields'
import { OTHER } from './shared'

export const DEREGISTRATION_REASONS = [
  { value: 'died', label: '死亡' },
  { value: 'rehomed', label: '送养给他人' },
  { value: 'lost', label: '遗失' },
  { value: OTHER, label: '其他' },
]

export const dogDeregistrationForm: FormDefinition = {
  version: 1,
  fields: [
    dogOwnerName(),
    dogOwnerIdNumber(),
    dogOwnerPhone(),
    dogPicker('要注销的犬只'),
    { key: 'reason', label: '注销原因', type: 'picker', required: true, options: DEREGISTRATION_REASONS, typed: false },
    {
      key: 'reasonOther',
      label: '具体原因',
      type: 'text',
      required: true,
      visibleWhen: { field: 'reason', equals: OTHER },
      validate: [{ kind: 'max-length', value: 50 }],
      typed: true,
    },
    {
      key: 'eventDate',
      label: '发生日期',
      type: 'date',
      required: true,
      validate: [{ kind: 'date-not-future' }],
      help: '犬只死亡、送养或遗失的日期，记不清可以选大概的日期',
      typed: false,
    },
    {
      key: 'newOwnerName',
      label: '接收人姓名',
      type: 'name',
      required: true,
      visibleWhen: { field: 'reason', equals: 'rehomed' },
      help: '接收人在限养区内养犬的，需要自己重新办理养犬登记',
      typed: true,
    },
    {
      key: 'newOwnerPhone',
      label: '接收人电话',
      type: 'phone',
      required: true,
      visibleWhen: { field: 'reason', equals: 'rehomed' },
      typed: true,
    },
  ],
  materials: [
    {
      key: 'proofPhoto',
      label: '相关证明',
      kind: 'photo-or-pdf',
      min: 1,
      max: 3,
      required: false,
      help: '可不交。例如宠物医院出具的死亡证明、送养协议、报失记录',
    },
  ],
  rules: ['dog-owned'],
}
