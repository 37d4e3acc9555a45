/**
 * What the three community proofs (居住证明、困难证明、门牌证明) share: who asks, what for,
 * who receives it, where and since when they live there, and how they get the paper.
 */
import type { FieldDef, FieldOption } from '../types'
import { applicantIdNumber, applicantName, applicantPhone, OTHER, pickerWithOther, SOURCES } from './shared'

export const PROOF_DELIVERY_OPTIONS: FieldOption[] = [
  { value: 'electronic', label: '电子证明（在手机上查看，对方扫码核验）' },
  { value: 'pickup', label: '到社区便民服务窗口领取纸质证明' },
  { value: 'kiosk', label: '到社区自助终端刷脸打印' },
]

export function applicantFields(): FieldDef[] {
  return [applicantName(), applicantIdNumber(), applicantPhone()]
}

/** 开具用途 and 提交单位, each with a typed 「其他」. */
export function purposeAndRecipient(
  purposes: Array<[string, string]>,
  recipients: Array<[string, string]>,
): FieldDef[] {
  const toOptions = (pairs: Array<[string, string]>): FieldOption[] => [
    ...pairs.map(([value, label]) => ({ value, label })),
    { value: OTHER, label: '其他' },
  ]
  return [
    ...pickerWithOther('purpose', '开具用途', toOptions(purposes), '具体用途'),
    ...pickerWithOther('recipient', '证明交给哪个单位', toOptions(recipients), '单位名称'),
  ]
}

export function residenceSinceField(): FieldDef {
  return {
    key: 'residentSince',
    label: '在此居住起始日期',
    type: 'date',
    required: true,
    autofill: { from: 'residentSince', locked: false, source: SOURCES.residence },
    validate: [{ kind: 'date-not-future' }],
    help: '按居住登记的日期自动填好；与实际不符的，工作人员会和您核实',
    typed: false,
  }
}

export function householdMembersField(label = '共同居住的家庭成员'): FieldDef {
  return {
    key: 'householdMembers',
    label,
    type: 'household-member',
    multiple: true,
    required: false,
    autofill: { from: 'householdMembers', locked: false, source: SOURCES.population },
    help: '证明上会列出勾选的人；不需要写上的，取消勾选即可',
    typed: false,
  }
}

export function proofDeliveryField(): FieldDef {
  return {
    key: 'delivery',
    label: '领取方式',
    type: 'picker',
    required: true,
    options: PROOF_DELIVERY_OPTIONS,
    help: '电子证明和纸质证明效力相同，都带有核验码',
    typed: false,
  }
}

export function proofPledgeText(what: string): string {
  return [
    `本人申请开具${what}，承诺：`,
    '一、所填信息和上传的材料真实、完整，没有隐瞒或编造；',
    '二、证明只用于所填用途，不转借他人，不涂改；',
    '三、同意社区工作人员通过电话、上门等方式核实所填情况。',
    '如有不实，本人愿意承担相应法律责任，社区可收回已开具的证明。',
  ].join('\n')
}
