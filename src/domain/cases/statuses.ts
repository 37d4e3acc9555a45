/**
 * Case statuses as data, for applications (办件) and complaints (诉求).
 *
 * bucket: 'open' = still moving; 'done' = finished with the resident's goal met (certificate
 * issued, problem fixed and confirmed); 'closed' = finished WITHOUT it (rejected, withdrawn,
 * merged, closed unresolved). Keeping closed apart from done is what lets the app say
 * "closed but not fixed" honestly instead of showing every ending as 已办结.
 *
 * waitingOn says whose move it is, so queues and the resident's list can say "轮到您了".
 */

export type CaseKind = 'application' | 'complaint'
export type StatusBucket = 'open' | 'closed' | 'done'
export type WaitingOn = 'staff' | 'resident' | 'nobody'

export interface StatusDef {
  id: string
  /** What staff see. */
  label: string
  /** What the resident sees: plainer words, no internal jargon. */
  residentLabel: string
  bucket: StatusBucket
  waitingOn: WaitingOn
}

export const APPLICATION_STATUSES = [
  {
    id: 'submitted',
    label: '已提交·待受理',
    residentLabel: '已提交，等待受理',
    bucket: 'open',
    waitingOn: 'staff',
  },
  {
    id: 'accepted',
    label: '已受理·审核中',
    residentLabel: '已受理，审核中',
    bucket: 'open',
    waitingOn: 'staff',
  },
  {
    id: 'accepted-pending-material',
    label: '容缺受理',
    residentLabel: '已受理，请按约定补交材料',
    bucket: 'open',
    // Staff keep reviewing; the resident still owes one material by the promised date.
    waitingOn: 'staff',
  },
  {
    id: 'needs-supplement',
    label: '待补正',
    residentLabel: '需要您补充材料',
    bucket: 'open',
    waitingOn: 'resident',
  },
  {
    id: 'forwarded',
    label: '已转派·部门审核中',
    residentLabel: '已转相关部门审核',
    bucket: 'open',
    waitingOn: 'staff',
  },
  {
    id: 'approved',
    label: '已办结·审核通过',
    residentLabel: '审核通过，已办结',
    bucket: 'done',
    waitingOn: 'nobody',
  },
  {
    id: 'rejected',
    label: '不予受理/驳回',
    residentLabel: '未通过',
    bucket: 'closed',
    waitingOn: 'nobody',
  },
  {
    id: 'withdrawn',
    label: '已撤回',
    residentLabel: '您已撤回',
    bucket: 'closed',
    waitingOn: 'nobody',
  },
] as const satisfies readonly StatusDef[]

export const COMPLAINT_STATUSES = [
  {
    id: 'submitted',
    label: '待受理',
    residentLabel: '已提交，等待受理',
    bucket: 'open',
    waitingOn: 'staff',
  },
  {
    id: 'triaged',
    label: '已分级·待处理',
    residentLabel: '已受理，处理中',
    bucket: 'open',
    waitingOn: 'staff',
  },
  {
    id: 'forwarded',
    label: '已转派至部门',
    residentLabel: '已转相关部门处理',
    bucket: 'open',
    waitingOn: 'staff',
  },
  {
    id: 'in-progress',
    label: '处理中',
    residentLabel: '处理中',
    bucket: 'open',
    waitingOn: 'staff',
  },
  {
    id: 'resolved',
    label: '已办结·待居民确认',
    residentLabel: '已办结，请您确认',
    // Not done until the resident confirms (or the 7-day window lapses): they may reopen.
    bucket: 'open',
    waitingOn: 'resident',
  },
  {
    id: 'reopened',
    label: '已重新打开',
    residentLabel: '已重新打开，处理中',
    bucket: 'open',
    waitingOn: 'staff',
  },
  {
    id: 'confirmed',
    label: '已确认办结',
    residentLabel: '已办结',
    bucket: 'done',
    waitingOn: 'nobody',
  },
  {
    id: 'closed-unresolved',
    label: '已关闭·未解决',
    residentLabel: '已关闭（问题未能解决）',
    bucket: 'closed',
    waitingOn: 'nobody',
  },
  {
    id: 'merged',
    label: '已合并',
    residentLabel: '已并入同一问题的诉求',
    bucket: 'closed',
    waitingOn: 'nobody',
  },
  {
    id: 'rejected',
    label: '不予受理',
    residentLabel: '未予受理',
    bucket: 'closed',
    waitingOn: 'nobody',
  },
  {
    id: 'withdrawn',
    label: '已撤回',
    residentLabel: '您已撤回',
    bucket: 'closed',
    waitingOn: 'nobody',
  },
] as const satisfies readonly StatusDef[]

export type ApplicationStatusId = (typeof APPLICATION_STATUSES)[number]['id']
export type ComplaintStatusId = (typeof COMPLAINT_STATUSES)[number]['id']
export type StatusId = ApplicationStatusId | ComplaintStatusId

export function statusesOf(kind: CaseKind): ReadonlyArray<StatusDef & { id: StatusId }> {
  return kind === 'application' ? APPLICATION_STATUSES : COMPLAINT_STATUSES
}

export function isStatusOf(kind: CaseKind, id: string): id is StatusId {
  return statusesOf(kind).some((s) => s.id === id)
}

/** The definition of a status of that kind, or undefined when the kind has no such status. */
export function statusDef(kind: CaseKind, id: string): (StatusDef & { id: StatusId }) | undefined {
  return statusesOf(kind).find((s) => s.id === id)
}

export function statusBucket(kind: CaseKind, id: StatusId): StatusBucket {
  const def = statusDef(kind, id)
  if (!def) throw new RangeError(`unknown ${kind} status ${id}`)
  return def.bucket
}

/** Label for the viewer: residents get the plain wording. */
export function statusLabel(kind: CaseKind, id: StatusId, audience: 'staff' | 'resident'): string {
  const def = statusDef(kind, id)
  if (!def) return id
  return audience === 'resident' ? def.residentLabel : def.label
}
