/** Shared steps of every case-changing route: load with access check, apply a transition, store. */
import { applyAction, type ActionInput } from '@/domain/cases/state-machine'
import type { ActionId } from '@/domain/cases/transitions'
import type { Role } from '@/domain/org/departments'
import type { Ctx } from '../context'
import { fail } from '../http'
import type { CaseRecord } from '../storage'

/** A resident may see cases they filed, were filed for (代办), or support (me-too). */
export function residentCase(ctx: Ctx, residentId: string, caseId: string): CaseRecord {
  const c = ctx.state.cases.get(caseId)
  // 404 for both "absent" and "not yours": never confirm that someone else's case exists
  if (!c || !canResidentSee(c, residentId)) fail('not-found', '没有找到这件办件')
  return c
}

export function canResidentSee(c: CaseRecord, residentId: string): boolean {
  return c.applicantId === residentId || c.proxyId === residentId || (c.complaint?.supporterIds.includes(residentId) ?? false)
}

export function act(
  ctx: Ctx,
  c: CaseRecord,
  action: ActionId,
  input: ActionInput,
  actor: { id: string; role: Role; name: string },
  expectedVersion?: number,
): CaseRecord {
  if (expectedVersion !== undefined && expectedVersion !== c.version) {
    const last = c.history[c.history.length - 1]
    fail('conflict', `这件办件已被${last?.actor.name ?? '他人'}更新（${last?.action ?? ''}），已为您刷新`, {
      details: { currentVersion: c.version, changedBy: last?.actor.name, changedAt: last?.at, action: last?.action },
    })
  }
  const result = applyAction(c, action, input, { actor, at: ctx.nowIso() })
  if (!result.ok) {
    if (result.code === 'forbidden') fail('forbidden', result.message)
    if (result.code === 'missing-field') fail('validation', result.message, { fieldErrors: { [result.field ?? 'input']: result.message } })
    fail('conflict', result.message, { details: { reason: result.code } })
  }
  const next = result.state as CaseRecord
  ctx.state.cases.set(next.id, next)
  ctx.audit(actor.id, actor.role, action, next.id, `${c.status} → ${next.status}`)
  return next
}

export function nextCaseNo(ctx: Ctx, kind: 'application' | 'complaint'): string {
  const n = Object.keys(ctx.state.seq).includes(`no-${kind}`) ? ctx.state.seq[`no-${kind}`] + 1 : 1
  ctx.state.seq[`no-${kind}`] = n
  const ymd = ctx.today().replace(/-/g, '')
  return `${kind === 'application' ? 'BJ' : 'SQ'}${ymd}${String(n).padStart(4, '0')}`
}

/** offset/limit from a validated query (limit default 50, at most 200 by the schema). */
export function pageOf(query: Record<string, unknown>, defaultLimit = 50): { offset: number; limit: number } {
  const offset = typeof query.offset === 'number' ? query.offset : 0
  const limit = typeof query.limit === 'number' ? query.limit : defaultLimit
  return { offset, limit }
}
