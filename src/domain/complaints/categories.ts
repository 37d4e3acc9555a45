/**
 * Complaint (微诉求 / 随手拍) categories as data. defaultDepartment is where a worker would
 * usually forward it; the worker can always choose another. `snap` = offered in 随手拍, i.e.
 * problems a photo can show.
 */
import type { DepartmentId } from '@/domain/org/departments'

export interface ExtraField {
  key: 'matterId' | 'stuckAt'
  label: string
  /** matter = pick one of the 办事大厅 matters; text = free text with suggestions. */
  input: 'matter' | 'text'
  required: boolean
  suggestions?: readonly string[]
}

export interface ComplaintCategory {
  id: string
  name: string
  description: string
  defaultDepartment: DepartmentId
  icon: string
  snap: boolean
  extraFields?: readonly ExtraField[]
}

/** Where a 办不成事 matter typically got stuck: chips under the free-text field. */
export const STUCK_AT_SUGGESTIONS = [
  '找不到在哪里办',
  '不清楚要什么材料',
  '跑了多次还没办成',
  '超过时限没有结果',
  '被要求提供额外材料',
  '线上提交失败',
] as const

export const COMPLAINT_CATEGORIES = [
  {
    id: 'not-done',
    name: '办不成事',
    description: '有事项没办成、卡住了，告诉我们卡在哪里',
    defaultDepartment: 'community',
    icon: '📋',
    snap: false,
    extraFields: [
      { key: 'matterId', label: '想办的事项', input: 'matter', required: true },
      {
        key: 'stuckAt',
        label: '卡在哪一步',
        input: 'text',
        required: true,
        suggestions: STUCK_AT_SUGGESTIONS,
      },
    ],
  },
  {
    id: 'sanitation',
    name: '环境卫生',
    description: '垃圾堆放、污水、卫生死角等',
    defaultDepartment: 'urban-management',
    icon: '🧹',
    snap: true,
  },
  {
    id: 'noise',
    name: '噪音扰民',
    description: '装修、商铺、广场舞等噪音影响休息',
    // Noise from daily life is a 公安 matter under the public-security law.
    defaultDepartment: 'police',
    icon: '🔊',
    snap: false,
  },
  {
    id: 'property',
    name: '物业纠纷',
    description: '物业服务、收费、维修不到位等',
    defaultDepartment: 'housing',
    icon: '🏢',
    snap: true,
  },
  {
    id: 'public-facilities',
    name: '公共设施',
    description: '路灯、井盖、道路、健身器材损坏等',
    defaultDepartment: 'urban-management',
    icon: '💡',
    snap: true,
  },
  {
    id: 'safety-hazard',
    name: '安全隐患',
    description: '楼道堆物、电动车违规充电、设施松动等',
    // The grid worker looks first; fire or structural risks are forwarded from there.
    defaultDepartment: 'community',
    icon: '⚠️',
    snap: true,
  },
  {
    id: 'neighbour-dispute',
    name: '邻里矛盾',
    description: '邻居之间的纠纷，需要调解',
    // 人民调解 sits with the 司法所.
    defaultDepartment: 'justice',
    icon: '🤝',
    snap: false,
  },
  {
    id: 'policy-question',
    name: '政策咨询',
    description: '对政策、办事规定有疑问',
    defaultDepartment: 'community',
    icon: '❓',
    snap: false,
  },
  {
    id: 'suggestion',
    name: '意见建议',
    description: '对社区工作的意见和建议',
    defaultDepartment: 'community',
    icon: '💬',
    snap: false,
  },
  {
    id: 'other',
    name: '其他',
    description: '以上都不是的问题',
    defaultDepartment: 'community',
    icon: '📝',
    snap: true,
  },
] as const satisfies readonly ComplaintCategory[]

export type ComplaintCategoryId = (typeof COMPLAINT_CATEGORIES)[number]['id']

export function complaintCategory(id: string): ComplaintCategory | undefined {
  return COMPLAINT_CATEGORIES.find((c) => c.id === id)
}

export function isComplaintCategoryId(id: unknown): id is ComplaintCategoryId {
  return typeof id === 'string' && complaintCategory(id) !== undefined
}

/** Categories shown in 随手拍. */
export function snapCategories(): ComplaintCategory[] {
  return COMPLAINT_CATEGORIES.filter((c) => c.snap)
}
