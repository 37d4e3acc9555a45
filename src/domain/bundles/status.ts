/**
 * A bundle case has no status of its own: it is derived from its parts, so it can never
 * disagree with them. all done → done; a part rejected → the bundle names it and why (the
 * resident can fix or withdraw just that part); a part waiting for 补正 → the bundle says so.
 */
import { statusDef } from '@/domain/cases/statuses'

export type BundleStatus = 'in-progress' | 'needs-attention' | 'done' | 'withdrawn'

export interface BundlePartState {
  caseId: string
  matterId: string
  matterName: string
  status: string
  /** the latest rejection or 补正 reason, when the part is rejected or waiting for 补正 */
  reason?: string
}

export interface DerivedBundle {
  status: BundleStatus
  /** what the resident reads, e.g. 「新生儿入户」未通过：出生医学证明编号与证明不一致 */
  label: string
  /** the part that needs the resident, when one does */
  attention: { caseId: string; matterId: string; reason: string } | null
}

export const BUNDLE_STATUS_LABELS: Record<BundleStatus, string> = {
  'in-progress': '办理中',
  'needs-attention': '有一项需要您处理',
  done: '全部办结',
  withdrawn: '已撤回',
}

export function deriveBundleStatus(parts: readonly BundlePartState[]): DerivedBundle {
  const bucket = (p: BundlePartState) => statusDef('application', p.status)?.bucket ?? 'open'
  const rejected = parts.find((p) => p.status === 'rejected')
  if (rejected) {
    const reason = rejected.reason ?? '未通过'
    return {
      status: 'needs-attention',
      label: `「${rejected.matterName}」未通过：${reason}`,
      attention: { caseId: rejected.caseId, matterId: rejected.matterId, reason },
    }
  }
  const supplement = parts.find((p) => p.status === 'needs-supplement')
  if (supplement) {
    const reason = supplement.reason ?? '需要补充材料'
    return {
      status: 'needs-attention',
      label: `「${supplement.matterName}」需要您补充材料：${reason}`,
      attention: { caseId: supplement.caseId, matterId: supplement.matterId, reason },
    }
  }
  const live = parts.filter((p) => p.status !== 'withdrawn')
  if (live.length === 0) return { status: 'withdrawn', label: BUNDLE_STATUS_LABELS.withdrawn, attention: null }
  if (live.every((p) => bucket(p) === 'done')) return { status: 'done', label: BUNDLE_STATUS_LABELS.done, attention: null }
  const done = live.filter((p) => bucket(p) === 'done').length
  return { status: 'in-progress', label: `办理中（已办结 ${done}/${live.length} 项）`, attention: null }
}
