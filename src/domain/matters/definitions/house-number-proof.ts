/**
 * 门牌证明: proves the house number of a home — often that an old address and a renumbered
 * one are the same place, so deeds, water and power accounts can be updated.
 */
import type { FormDefinition } from '../types'
import { applicantFields, proofDeliveryField, proofPledgeText, purposeAndRecipient } from './proof-common'
import { residenceAddress } from './shared'

export const HOUSE_NUMBER_PROOF_KINDS = [
  { value: 'current', label: '证明现在的门牌号' },
  { value: 'renamed', label: '证明新旧门牌是同一处（门牌改名或重新编号）' },
]

export const PROPERTY_USES = [
  { value: 'home', label: '住宅' },
  { value: 'shop', label: '商铺' },
  { value: 'office', label: '办公' },
  { value: 'other', label: '其他' },
]

export const PROPERTY_RELATIONS = [
  { value: 'owner', label: '产权人' },
  { value: 'owner-family', label: '产权人的家人' },
  { value: 'tenant', label: '租住' },
  { value: 'other', label: '其他' },
]

export const houseNumberProofForm: FormDefinition = {
  version: 1,
  fields: [
    ...applicantFields(),
    ...purposeAndRecipient(
      [
        ['property-registration', '办理不动产登记（房产证）'],
        ['utilities', '水电气开户或过户'],
        ['address-change', '银行、通信等账户地址变更'],
        ['hukou', '户口登记'],
        ['mail', '邮寄、快递地址证明'],
      ],
      [
        ['property-centre', '不动产登记中心'],
        ['utilities', '水务、电力或燃气公司'],
        ['bank-telecom', '银行或通信公司'],
        ['police', '公安派出所'],
      ],
    ),
    residenceAddress('需要证明的门牌地址', 'address', '默认是您居住登记的地址，要证明其他房屋的可以修改'),
    {
      key: 'proofKind',
      label: '证明内容',
      type: 'picker',
      required: true,
      options: HOUSE_NUMBER_PROOF_KINDS,
      typed: false,
    },
    {
      key: 'formerAddress',
      label: '原来的门牌地址',
      type: 'address',
      required: true,
      visibleWhen: { field: 'proofKind', equals: 'renamed' },
      placeholder: '房产证、老合同上写的旧地址',
      typed: true,
    },
    { key: 'propertyUse', label: '房屋用途', type: 'picker', required: true, options: PROPERTY_USES, typed: false },
    {
      key: 'propertyRelation',
      label: '您与这处房屋的关系',
      type: 'picker',
      required: true,
      options: PROPERTY_RELATIONS,
      typed: false,
    },
    proofDeliveryField(),
  ],
  materials: [
    {
      key: 'propertyDocument',
      label: '房屋产权或租住材料',
      kind: 'photo-or-pdf',
      min: 1,
      max: 4,
      required: true,
      help: '房产证、不动产权证书、购房合同或租房合同，任选一种，拍清地址那一页',
    },
    {
      key: 'doorPlatePhoto',
      label: '门牌照片',
      kind: 'photo',
      min: 1,
      max: 2,
      required: false,
      help: '可不交。拍下门口或楼栋上挂的门牌，方便工作人员核对',
    },
  ],
  pledge: { title: '开具证明承诺书', text: proofPledgeText('门牌证明') },
}
