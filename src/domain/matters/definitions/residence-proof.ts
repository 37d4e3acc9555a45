/**
 * 居住证明: address and period come from the residence registration and the household from
 * the population record, so a verified resident picks a purpose and a recipient and is done.
 */
import type { FormDefinition } from '../types'
import {
  applicantFields,
  householdMembersField,
  proofDeliveryField,
  proofPledgeText,
  purposeAndRecipient,
  residenceSinceField,
} from './proof-common'
import { residenceAddress } from './shared'

export const residenceProofForm: FormDefinition = {
  version: 1,
  fields: [
    ...applicantFields(),
    ...purposeAndRecipient(
      [
        ['school', '子女入学'],
        ['residence-permit', '办理居住证'],
        ['social-insurance', '社保医保'],
        ['bank', '银行业务'],
        ['job', '求职就业'],
      ],
      [
        ['school', '学校或教育部门'],
        ['police', '公安派出所'],
        ['social-insurance', '社保医保经办机构'],
        ['bank', '银行'],
        ['employer', '用人单位'],
      ],
    ),
    residenceAddress('居住地址', 'address', '按居住登记的地址自动填好；地址有变化的可以修改，工作人员会核实'),
    residenceSinceField(),
    householdMembersField(),
    proofDeliveryField(),
  ],
  materials: [],
  pledge: { title: '开具证明承诺书', text: proofPledgeText('居住证明') },
}
