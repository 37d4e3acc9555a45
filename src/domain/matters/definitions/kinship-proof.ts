/**
 * 亲属关系证明: only for relatives NOT on the same 户口簿 (for those, the 户口簿 itself is the
 * proof). The relative is typed, since the record cannot offer them as a choice.
 */
import type { FormDefinition } from '../types'
import { PROOF_DELIVERY_OPTIONS, proofPledgeText } from './proof-common'
import { applicantIdNumber, applicantName, applicantPhone, pickerWithOther } from './shared'

export const KINSHIP_RELATIONS = [
  { value: 'spouse', label: '配偶' },
  { value: 'parent', label: '父母' },
  { value: 'child', label: '子女' },
  { value: 'sibling', label: '兄弟姐妹' },
  { value: 'grandparent', label: '祖父母、外祖父母' },
  { value: 'grandchild', label: '孙子女、外孙子女' },
]

export const kinshipProofForm: FormDefinition = {
  version: 1,
  fields: [
    applicantName(),
    applicantIdNumber(),
    applicantPhone(),
    { key: 'relativeName', label: '亲属姓名', type: 'name', required: true, typed: true },
    {
      key: 'relativeIdNumber',
      label: '亲属身份证号码',
      type: 'id-number',
      required: false,
      help: '知道的请填写，方便核实；已去世的亲属可以不填',
      typed: true,
    },
    {
      key: 'relation',
      label: '对方是您的',
      type: 'picker',
      required: true,
      options: KINSHIP_RELATIONS,
      typed: false,
    },
    ...pickerWithOther(
      'purpose',
      '开具用途',
      [
        { value: 'inheritance', label: '办理继承、公证' },
        { value: 'medical', label: '医院探视、手术签字' },
        { value: 'social-insurance', label: '社保医保业务（如代领待遇）' },
        { value: 'bank', label: '银行业务' },
        { value: 'other', label: '其他' },
      ],
      '具体用途',
    ),
    {
      key: 'delivery',
      label: '领取方式',
      type: 'picker',
      required: true,
      options: PROOF_DELIVERY_OPTIONS,
      typed: false,
    },
  ],
  materials: [
    {
      key: 'relationEvidence',
      label: '能说明亲属关系的材料',
      kind: 'photo-or-pdf',
      min: 1,
      max: 6,
      required: true,
      help: '例如结婚证、出生医学证明、老户口簿上的记录页、单位档案记载，有一种就可以',
    },
  ],
  pledge: { title: '开具证明承诺书', text: proofPledgeText('亲属关系证明') },
}
