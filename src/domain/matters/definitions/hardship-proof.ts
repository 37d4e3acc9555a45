/**
 * 困难证明: like 居住证明, plus what kind of hardship and a few words about it. Proofs of the
 * hardship are 承诺制: the family's signed statement stands in for them, and the worker checks.
 */
import type { FormDefinition } from '../types'
import {
  applicantFields,
  householdMembersField,
  proofDeliveryField,
  purposeAndRecipient,
  residenceSinceField,
} from './proof-common'
import { residenceAddress, OTHER } from './shared'

export const HARDSHIP_TYPES = [
  { value: 'dibao', label: '低保家庭' },
  { value: 'extreme-poverty', label: '特困供养人员' },
  { value: 'near-dibao', label: '低保边缘家庭' },
  { value: 'illness', label: '家人重病，医疗负担重' },
  { value: 'disability', label: '家中有残疾人' },
  { value: 'disaster', label: '遭遇火灾、事故等意外' },
  { value: 'unemployment', label: '家庭主要劳动力失业' },
  { value: OTHER, label: '其他' },
]

export const HARDSHIP_PLEDGE_TEXT = [
  '本人申请开具困难证明，承诺：',
  '一、所填家庭困难情况和上传的材料真实、完整，没有隐瞒家庭收入和财产；',
  '二、没有上传的困难情况材料，以本承诺代替，同意社区工作人员通过入户走访、邻里了解、部门信息核对等方式核实；',
  '三、证明只用于所填用途，不转借他人，不涂改。',
  '如有不实，本人愿意承担相应法律责任，社区可收回已开具的证明，并记入个人诚信记录。',
].join('\n')

export const hardshipProofForm: FormDefinition = {
  version: 1,
  fields: [
    ...applicantFields(),
    ...purposeAndRecipient(
      [
        ['school-aid', '子女入学资助、学费减免'],
        ['student-loan', '申请助学贷款'],
        ['medical-aid', '医疗救助、减免医疗费'],
        ['legal-aid', '申请法律援助'],
        ['social-assistance', '申请社会救助'],
      ],
      [
        ['school', '学校或教育部门'],
        ['hospital', '医院或医保经办机构'],
        ['legal-aid', '法律援助机构'],
        ['civil-affairs', '民政部门'],
        ['bank', '银行'],
      ],
    ),
    { key: 'hardshipType', label: '困难类型', type: 'picker', required: true, options: HARDSHIP_TYPES, typed: false },
    {
      key: 'hardshipDescription',
      label: '困难情况说明',
      type: 'textarea',
      required: true,
      placeholder: '例如：丈夫去年查出尿毒症，每周透析三次，家里只有我打零工有收入',
      help: '用几句话说清楚家里哪里困难就可以，不用写得很长',
      validate: [
        { kind: 'min-length', value: 10, message: '请再多写几句，至少 10 个字，说清楚家里的困难' },
        { kind: 'max-length', value: 300 },
      ],
      typed: true,
    },
    residenceAddress('居住地址', 'address'),
    residenceSinceField(),
    householdMembersField('家庭成员'),
    proofDeliveryField(),
  ],
  materials: [
    {
      key: 'hardshipEvidence',
      label: '困难情况相关材料',
      kind: 'photo-or-pdf',
      min: 1,
      max: 6,
      required: true,
      tolerance: '承诺制',
      help: '例如诊断证明、住院发票、低保证、残疾人证、失业证明。没有的可以不交，以《家庭经济状况承诺书》代替（承诺制：签了承诺书，可以少交证明材料）',
    },
  ],
  pledge: { title: '家庭经济状况承诺书', text: HARDSHIP_PLEDGE_TEXT },
}
