import type { Role } from '@/domain/org/departments'
import type { ActionContext, ActionInput, CaseCore, HistoryEntry } from '@/domain/cases/state-machine'
import type { CaseKind, StatusId } from '@/domain/cases/statuses'
import type { ActionId } from '@/domain/cases/transitions'

export const NOW = '2026-01-05T10:00:00+08:00'

export const ACTORS: Record<Role, ActionContext['actor']> = {
  resident: { id: 'u-1', role: 'resident', name: '张三' },
  clerk: { id: 's-1', role: 'clerk', name: '李窗口' },
  'grid-worker': { id: 's-2', role: 'grid-worker', name: '王网格' },
  reviewer: { id: 's-3', role: 'reviewer', name: '赵审核' },
  admin: { id: 's-4', role: 'admin', name: '钱主任' },
}

export const ctx = (role: Role, at: string = NOW): ActionContext => ({ actor: ACTORS[role], at })

/** A case sitting in `status`, as the backend would hand it over. */
export function caseIn(kind: CaseKind, status: StatusId, extra: Partial<CaseCore> = {}): CaseCore {
  const entry: HistoryEntry = {
    at: '2026-01-02T09:00:00+08:00',
    actor: ACTORS.resident,
    action: 'submit',
    from: null,
    to: 'submitted',
    visibility: 'public',
  }
  return {
    id: 'C-1',
    kind,
    status,
    version: 3,
    submittedAt: '2026-01-02T09:00:00+08:00',
    history: [entry],
    ...extra,
  }
}

/** An input that satisfies every check of `action` when applied at NOW. */
export const VALID_INPUT: Record<ActionId, ActionInput> = {
  submit: {},
  withdraw: {},
  accept: {},
  'accept-with-missing': { missingMaterial: '健康检查证明', promisedDate: '2026-01-20' },
  'supply-missing-material': {},
  'request-supplement': { supplementItems: ['vaccinationCertificate'], reason: '疫苗证明照片模糊' },
  'resubmit-supplement': {},
  approve: {},
  reject: { reasonCode: 'out-of-jurisdiction', reason: '申请人住址不在本社区辖区' },
  forward: { department: 'police', note: '请核实犬只信息' },
  'return-from-department': { note: '户籍信息不符，请窗口核实' },
  triage: { level: 'yellow' },
  'start-handling': {},
  resolve: { resultText: '已清理楼道堆放的杂物' },
  reopen: { reason: '问题仍然存在' },
  confirm: {},
  'auto-confirm': {},
  merge: { targetCaseId: 'C-2' },
  'close-unresolved': { reason: '涉及产权纠纷，需通过诉讼解决' },
  'add-note': { note: '已电话联系居民' },
  rate: { rating: { level: 'satisfied' } },
  'follow-up': { note: '已回访，居民表示理解' },
  'grant-by-rule': { note: '您已年满 80 周岁，居住在西外社区' },
  'city-update': { note: '工单 7：已办结（已修复）' },
}

/**
 * Case fields an action's guards need (so a valid input can succeed), and the time to act at:
 * reopen within the window, auto-confirm after it, follow-up after a bad rating.
 */
export function prepare(action: ActionId, c: CaseCore): { state: CaseCore; at: string } {
  switch (action) {
    case 'reopen':
      return { state: { ...c, resolvedAt: '2026-01-04T16:00:00+08:00' }, at: NOW }
    case 'confirm':
      return { state: { ...c, resolvedAt: '2026-01-04T16:00:00+08:00' }, at: NOW }
    case 'auto-confirm':
      return { state: { ...c, resolvedAt: '2025-12-20T16:00:00+08:00' }, at: NOW }
    case 'follow-up':
      return {
        state: {
          ...c,
          rating: { level: 'dissatisfied', reason: '等了太久才处理', at: '2026-01-04T12:00:00+08:00' },
        },
        at: NOW,
      }
    case 'resubmit-supplement':
      return {
        state: {
          ...c,
          supplement: { items: ['photo'], reason: '照片不清晰', requestedAt: NOW, returnTo: 'accepted' },
        },
        at: NOW,
      }
    default:
      return { state: c, at: NOW }
  }
}

/** Freeze deeply so any in-place write to the old state throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v)
  }
  return value
}

export const CHINESE = /[\u4e00-\u9fff]/
