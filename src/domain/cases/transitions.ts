/**
 * Who may move a case from which status to which, as data.
 *
 * An action may have several rows: each row grants its roles the action from its `from`
 * statuses. That is how a clerk 驳回s an accepted application while the department reviewer
 * 驳回s a forwarded one, without letting the clerk overrule a case sitting at the department.
 * For one kind, status and role, at most one row of an action applies (tested).
 *
 * `to` is a status, or:
 *  - 'same': no status change (notes, ratings, 回访); the case's version still goes up;
 *  - 'previous': back to where the case was when 补正 was requested (state.supplement.returnTo),
 *    so a supplement asked for by the department reviewer goes back to the reviewer.
 *
 * Extra rules that are not about (role, status) live in the state machine as guards:
 * the 7-day reopen window, one rating per case, 回访 only after a bad rating.
 */
import type { Role } from '@/domain/org/departments'
import type { CaseKind, StatusId } from './statuses'
import { APPLICATION_STATUSES, COMPLAINT_STATUSES } from './statuses'

export type ActionId =
  | 'submit'
  | 'withdraw'
  | 'accept'
  | 'accept-with-missing'
  | 'supply-missing-material'
  | 'request-supplement'
  | 'resubmit-supplement'
  | 'approve'
  | 'reject'
  | 'forward'
  | 'return-from-department'
  | 'triage'
  | 'start-handling'
  | 'resolve'
  | 'reopen'
  | 'confirm'
  | 'auto-confirm'
  | 'merge'
  | 'close-unresolved'
  | 'add-note'
  | 'rate'
  | 'follow-up'
  | 'grant-by-rule'
  | 'city-update'

export type InputField =
  | 'reason'
  | 'reasonCode'
  | 'supplementItems'
  | 'department'
  | 'promisedDate'
  | 'resultText'
  | 'note'
  | 'level'
  | 'targetCaseId'
  | 'missingMaterial'
  | 'rating'

export type TargetStatus = StatusId | 'same' | 'previous'

export interface TransitionDef {
  action: ActionId
  /** Button / history label. */
  label: string
  from: readonly StatusId[]
  to: TargetStatus
  roles: readonly Role[]
  kind: CaseKind | 'both'
  requires: readonly InputField[]
  /** Accepted and recorded when given; `note` is always optional unless required. */
  optional?: readonly InputField[]
  /** Minimum length (code points) of `reason` when required; default 1 (non-empty). */
  minReasonLength?: number
  /** The note goes to staff only (e.g. instructions to a department), not to the resident. */
  internalNote?: boolean
  /** Run by the backend on a timer, never offered as a button. */
  system?: boolean
}

/** The field names as the user reads them in error messages. */
export const FIELD_LABELS: Record<InputField, string> = {
  reason: '理由',
  reasonCode: '理由类型',
  supplementItems: '需补正的材料或内容',
  department: '转派部门',
  promisedDate: '承诺补交日期',
  resultText: '办理结果',
  note: '说明',
  level: '红黄蓝分级',
  targetCaseId: '合并到的诉求',
  missingMaterial: '容缺的材料',
  rating: '评价',
}

/** Rejections are short and final: 5 characters at least, so "不行" is never the whole answer. */
export const MIN_REJECTION_REASON_LENGTH = 5
/** 件件有回复: "已处理" alone is not an answer a resident can act on. */
export const MIN_RESULT_TEXT_LENGTH = 5
/** Calendar days after 办结 during which the resident may reopen a complaint. */
export const REOPEN_WINDOW_DAYS = 7

export const REJECTION_REASONS = [
  { code: 'incomplete-materials', label: '材料不齐全且无法补正', kinds: ['application'] },
  { code: 'ineligible', label: '不符合申请条件', kinds: ['application'] },
  { code: 'out-of-jurisdiction', label: '非本社区辖区', kinds: ['application', 'complaint'] },
  { code: 'duplicate', label: '重复申请', kinds: ['application', 'complaint'] },
  { code: 'false-information', label: '信息不实', kinds: ['application', 'complaint'] },
  { code: 'other', label: '其他', kinds: ['application', 'complaint'] },
] as const satisfies ReadonlyArray<{ code: string; label: string; kinds: readonly CaseKind[] }>

export type RejectionReasonCode = (typeof REJECTION_REASONS)[number]['code']

export function rejectionReasonsFor(kind: CaseKind): ReadonlyArray<(typeof REJECTION_REASONS)[number]> {
  return REJECTION_REASONS.filter((r) => (r.kinds as readonly CaseKind[]).includes(kind))
}

export function rejectionReasonLabel(code: string): string | undefined {
  return REJECTION_REASONS.find((r) => r.code === code)?.label
}

const ALL_STATUSES: readonly StatusId[] = Array.from(
  new Set<StatusId>([...APPLICATION_STATUSES, ...COMPLAINT_STATUSES].map((s) => s.id)),
)
const STAFF: readonly Role[] = ['clerk', 'grid-worker', 'reviewer', 'admin']
const ALL_ROLES: readonly Role[] = ['resident', ...STAFF]
/** Endings a resident can rate (好差评: one rating per case, after it ends). */
const RATEABLE: readonly StatusId[] = ['approved', 'rejected', 'confirmed', 'closed-unresolved']

export const TRANSITIONS: readonly TransitionDef[] = [
  // Creation. applyAction refuses it (no `from`); createCase runs it. Staff may file for a
  // resident at the counter or on a home visit (帮办代办).
  {
    action: 'submit',
    label: '提交',
    from: [],
    to: 'submitted',
    roles: ['resident', 'clerk', 'grid-worker'],
    kind: 'both',
    requires: [],
  },
  // Withdrawing is allowed until a worker has taken the case on; a resident asked to 补正
  // before acceptance may also give up rather than supply.
  {
    action: 'withdraw',
    label: '撤回',
    from: ['submitted', 'needs-supplement'],
    to: 'withdrawn',
    roles: ['resident'],
    kind: 'both',
    requires: [],
  },

  // ---- applications ----
  {
    action: 'accept',
    label: '受理',
    from: ['submitted'],
    to: 'accepted',
    roles: ['clerk'],
    kind: 'application',
    requires: [],
  },
  {
    action: 'accept-with-missing',
    label: '容缺受理',
    from: ['submitted'],
    to: 'accepted-pending-material',
    roles: ['clerk'],
    kind: 'application',
    requires: ['missingMaterial', 'promisedDate'],
  },
  // Forwarding and approval wait for the missing material (see approve/forward `from`).
  {
    action: 'supply-missing-material',
    label: '补齐容缺材料',
    from: ['accepted-pending-material'],
    to: 'accepted',
    roles: ['resident', 'clerk'],
    kind: 'application',
    requires: [],
  },
  {
    action: 'request-supplement',
    label: '要求补正',
    from: ['submitted', 'accepted', 'accepted-pending-material'],
    to: 'needs-supplement',
    roles: ['clerk'],
    kind: 'application',
    requires: ['supplementItems', 'reason'],
  },
  {
    action: 'request-supplement',
    label: '要求补正',
    from: ['forwarded'],
    to: 'needs-supplement',
    roles: ['reviewer'],
    kind: 'application',
    requires: ['supplementItems', 'reason'],
  },
  // The clerk may enter it for a resident who brings the papers to the counter.
  {
    action: 'resubmit-supplement',
    label: '提交补正材料',
    from: ['needs-supplement'],
    to: 'previous',
    roles: ['resident', 'clerk'],
    kind: 'application',
    requires: [],
  },
  {
    action: 'approve',
    label: '审核通过',
    from: ['accepted'],
    to: 'approved',
    roles: ['clerk'],
    kind: 'application',
    requires: [],
    optional: ['resultText'],
  },
  {
    action: 'approve',
    label: '审核通过',
    from: ['forwarded'],
    to: 'approved',
    roles: ['reviewer'],
    kind: 'application',
    requires: [],
    optional: ['resultText'],
  },
  {
    action: 'reject',
    label: '不予受理',
    from: ['submitted'],
    to: 'rejected',
    roles: ['clerk'],
    kind: 'application',
    requires: ['reasonCode', 'reason'],
    minReasonLength: MIN_REJECTION_REASON_LENGTH,
  },
  {
    action: 'reject',
    label: '驳回',
    from: ['accepted', 'accepted-pending-material'],
    to: 'rejected',
    roles: ['clerk'],
    kind: 'application',
    requires: ['reasonCode', 'reason'],
    minReasonLength: MIN_REJECTION_REASON_LENGTH,
  },
  {
    action: 'reject',
    label: '驳回',
    from: ['forwarded'],
    to: 'rejected',
    roles: ['reviewer'],
    kind: 'application',
    requires: ['reasonCode', 'reason'],
    minReasonLength: MIN_REJECTION_REASON_LENGTH,
  },
  {
    action: 'forward',
    label: '转派',
    from: ['accepted'],
    to: 'forwarded',
    roles: ['clerk', 'admin'],
    kind: 'application',
    requires: ['department', 'note'],
    internalNote: true,
  },
  {
    action: 'return-from-department',
    label: '部门退回',
    from: ['forwarded'],
    to: 'accepted',
    roles: ['reviewer'],
    kind: 'application',
    requires: ['note'],
    internalNote: true,
  },

  // 免申即享: the resident confirmed a benefit the backend's rule found them eligible for
  // (src/domain/benefits); the rule approves it, never a button.
  {
    action: 'grant-by-rule',
    label: '按规则核准（免申即享）',
    from: ['submitted'],
    to: 'approved',
    roles: ['admin'],
    kind: 'application',
    requires: ['note'],
    system: true,
  },

  // ---- complaints ----
  {
    action: 'reject',
    label: '不予受理',
    from: ['submitted'],
    to: 'rejected',
    roles: ['clerk', 'grid-worker', 'admin'],
    kind: 'complaint',
    requires: ['reasonCode', 'reason'],
    minReasonLength: MIN_REJECTION_REASON_LENGTH,
  },
  // Triage is the complaint's 受理; a reopened complaint is graded again (it may now be 红).
  {
    action: 'triage',
    label: '分级受理',
    from: ['submitted', 'reopened'],
    to: 'triaged',
    roles: ['grid-worker', 'clerk', 'admin'],
    kind: 'complaint',
    requires: ['level'],
  },
  {
    action: 'start-handling',
    label: '开始处理',
    from: ['triaged', 'reopened'],
    to: 'in-progress',
    roles: ['grid-worker', 'clerk', 'admin'],
    kind: 'complaint',
    requires: [],
  },
  {
    action: 'forward',
    label: '转派',
    from: ['triaged', 'in-progress', 'reopened'],
    to: 'forwarded',
    roles: ['clerk', 'grid-worker', 'admin'],
    kind: 'complaint',
    requires: ['department', 'note'],
    internalNote: true,
  },
  // The department either resolves the complaint itself (resolve) or hands it back.
  {
    action: 'return-from-department',
    label: '部门退回',
    from: ['forwarded'],
    to: 'in-progress',
    roles: ['reviewer'],
    kind: 'complaint',
    requires: ['note'],
    internalNote: true,
  },
  {
    action: 'resolve',
    label: '办结',
    from: ['triaged', 'in-progress', 'reopened'],
    to: 'resolved',
    roles: ['grid-worker', 'clerk'],
    kind: 'complaint',
    requires: ['resultText'],
  },
  {
    action: 'resolve',
    label: '办结',
    from: ['forwarded'],
    to: 'resolved',
    roles: ['reviewer'],
    kind: 'complaint',
    requires: ['resultText'],
  },
  {
    action: 'reopen',
    label: '问题未解决，重新打开',
    from: ['resolved'],
    to: 'reopened',
    roles: ['resident'],
    kind: 'complaint',
    requires: ['reason'],
  },
  {
    action: 'confirm',
    label: '确认办结',
    from: ['resolved'],
    to: 'confirmed',
    roles: ['resident'],
    kind: 'complaint',
    requires: [],
  },
  // Silence is consent once the reopen window has passed; the backend runs it as an admin actor.
  {
    action: 'auto-confirm',
    label: '逾期自动确认',
    from: ['resolved'],
    to: 'confirmed',
    roles: ['admin'],
    kind: 'complaint',
    requires: [],
    system: true,
  },
  {
    action: 'merge',
    label: '合并到同一问题',
    from: ['submitted', 'triaged', 'in-progress', 'reopened'],
    to: 'merged',
    roles: ['grid-worker', 'admin'],
    kind: 'complaint',
    requires: ['targetCaseId'],
  },
  // "Closed but not fixed", said out loud: beyond the community's power, explained to the resident.
  {
    action: 'close-unresolved',
    label: '无法解决，关闭',
    from: ['triaged', 'forwarded', 'in-progress', 'reopened'],
    to: 'closed-unresolved',
    roles: ['admin'],
    kind: 'complaint',
    requires: ['reason'],
    minReasonLength: MIN_REJECTION_REASON_LENGTH,
  },

  // ---- no status change ----
  // The city's own system (Open311) reported a status of the request a complaint was forwarded
  // to: a public line in the timeline; our status stays ours (staff decide what it means here).
  {
    action: 'city-update',
    label: '市级平台反馈',
    from: COMPLAINT_STATUSES.map((x) => x.id),
    to: 'same',
    roles: ['admin'],
    kind: 'complaint',
    requires: ['note'],
    system: true,
  },
  // Residents' notes are always public; staff choose, internal by default.
  {
    action: 'add-note',
    label: '添加备注',
    from: ALL_STATUSES,
    to: 'same',
    roles: ALL_ROLES,
    kind: 'both',
    requires: ['note'],
  },
  {
    action: 'rate',
    label: '评价',
    from: RATEABLE,
    to: 'same',
    roles: ['resident'],
    kind: 'both',
    requires: ['rating'],
  },
  // 回访 after a bad rating: recorded on the case (state.followUp) without reopening it; a new
  // problem found on the call becomes a new complaint. Only once, only after 不满意/非常不满意.
  {
    action: 'follow-up',
    label: '回访',
    from: RATEABLE,
    to: 'same',
    roles: ['clerk', 'grid-worker', 'admin'],
    kind: 'both',
    requires: ['note'],
  },
]

function kindMatches(row: TransitionDef, kind: CaseKind): boolean {
  return row.kind === 'both' || row.kind === kind
}

/** All rows of an action for a kind. */
export function transitionRows(action: ActionId, kind: CaseKind): TransitionDef[] {
  return TRANSITIONS.filter((t) => t.action === action && kindMatches(t, kind))
}

/** The row that lets `role` take `action` on a `kind` case in `status`, if any. */
export function findTransition(
  kind: CaseKind,
  status: StatusId,
  role: Role,
  action: ActionId,
): TransitionDef | undefined {
  return transitionRows(action, kind).find((t) => t.roles.includes(role) && t.from.includes(status))
}

/** Every row usable from this status by this role (before guards). */
export function transitionsFrom(kind: CaseKind, status: StatusId, role: Role): TransitionDef[] {
  return TRANSITIONS.filter((t) => kindMatches(t, kind) && t.roles.includes(role) && t.from.includes(status))
}
