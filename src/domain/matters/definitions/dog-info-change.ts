/** 犬只信息变更: pick the dog, say what changed; only the new value is asked for. */
import type { FormDefinition } from '../types'
import { dogOwnerIdNumber, dogOwnerName, dogOwnerPhone, dogPicker } from './dog-fields'
import { SOURCES } from './shared'

export const DOG_CHANGE_TYPES = [
  { value: 'address', label: '养犬地址变了（搬家）' },
  { value: 'phone', label: '联系电话变了' },
  { value: 'neutered', label: '犬只做了绝育' },
  { value: 'photo', label: '更新犬只照片' },
]

export const dogInfoChangeForm: FormDefinition = {
  version: 1,
  fields: [
    dogOwnerName(),
    dogOwnerIdNumber(),
    dogPicker('要变更的犬只'),
    { key: 'changeType', label: '变更内容', type: 'picker', required: true, options: DOG_CHANGE_TYPES, typed: false },
    {
      key: 'newAddress',
      label: '新的养犬地址',
      type: 'address',
      required: true,
      visibleWhen: { field: 'changeType', equals: 'address' },
      autofill: { from: 'residenceAddress', locked: false, source: SOURCES.residence },
      help: '搬到限养区以外或外地的，犬证仍然有效，但请记得在新住址遵守当地规定',
      typed: true,
    },
    {
      key: 'newPhone',
      label: '新的联系电话',
      type: 'phone',
      required: true,
      visibleWhen: { field: 'changeType', equals: 'phone' },
      typed: true,
    },
    // ownerPhone last so a phone change does not ask for the same number twice
    { ...dogOwnerPhone(), visibleWhen: { field: 'changeType', notEquals: 'phone' } },
  ],
  materials: [
    {
      key: 'neuterProof',
      label: '犬只绝育证明',
      kind: 'photo-or-pdf',
      min: 1,
      max: 2,
      required: true,
      visibleWhen: { field: 'changeType', equals: 'neutered' },
      help: '宠物医院出具的绝育手术证明；下次年检费用减半',
    },
    {
      key: 'newDogPhoto',
      label: '犬只全身站立照',
      kind: 'photo',
      min: 1,
      max: 2,
      required: true,
      visibleWhen: { field: 'changeType', equals: 'photo' },
      help: '犬只四脚站立的侧面全身照，背景干净',
    },
  ],
  rules: ['dog-owned'],
}
