/** Worker console endpoints. Every one checks role and scope on the server; residents get 403. */
import { slaState } from '@/domain/cases/sla'
import { statusDef } from '@/domain/cases/statuses'
import { isOnTime } from '@/domain/cases/sla'
import { workingDaysBetween } from '@/domain/calendar/working-days'
import { toShanghaiDate } from '@/domain/cases/china-date'
import { maskName } from '@/domain/identity/name'
import { satisfactionRate } from '@/domain/rating/rating'
import type { ActionId } from '@/domain/cases/transitions'
import type { Ctx } from '../context'
import { bodyOf, fail, str, type Router } from '../http'
import type { CaseRecord, WorkerRecord } from '../state'
import { caseDetail, caseSummary, dueOf, nameOf } from '../views'
import { act, idempotency } from './cases-common'
import { issueCertificate } from './certificates'

export function canStaffSee(w: WorkerRecord, c: CaseRecord): boolean {
  switch (w.role) {
    case 'admin':
      return true
    case 'clerk':
      return w.gridIds.includes(c.gridId)
    case 'grid-worker':
      return c.kind === 'complaint' && w.gridIds.includes(c.gridId)
    case 'reviewer':
      return c.department === w.departmentId
  }
}

function staffCase(ctx: Ctx, w: WorkerRecord, id: string): CaseRecord {
  const c = ctx.state.cases.get(id)
  if (!c) fail('not-found', '没有找到这件办件')
  if (!canStaffSee(w, c)) fail('forbidden', '这件办件不在您的负责范围内')
  return c
}

const PII_FIELDS: Record<string, (c: CaseRecord, ctx: Ctx) => string | null> = {
  idNumber: (c, ctx) => ctx.state.residents.get(c.applicantId)?.idNumber ?? null,
  phone: (c, ctx) => ctx.state.residents.get(c.applicantId)?.phone ?? null,
  name: (c, ctx) => ctx.state.residents.get(c.applicantId)?.name ?? null,
}

export function registerWorker(r: Router, ctx: Ctx): void {
  r.on('GET', '/v1/worker/queue', (req) => {
    const { worker } = ctx.staff(req)
    const q = req.query
    const today = ctx.today()
    let items = [...ctx.state.cases.values()].filter((c) => canStaffSee(worker, c))
    if (q.kind) items = items.filter((c) => c.kind === q.kind)
    if (q.status) items = items.filter((c) => c.status === q.status)
    else items = items.filter((c) => statusDef(c.kind, c.status)?.bucket === 'open')
    if (q.level) items = items.filter((c) => c.level === q.level)
    if (q.mine === 'true') items = items.filter((c) => c.assigneeId === worker.id)
    if (q.sla) items = items.filter((c) => {
      const due = dueOf(ctx, c)
      return due ? slaState(due.dueDate, today) === q.sla : false
    })
    if (q.q) {
      const needle = q.q.trim()
      items = items.filter((c) => c.caseNo.includes(needle) || maskName(nameOf(ctx, c.applicantId)) === needle || c.title.includes(needle))
    }
    const sorted = items
      .map((c) => ({ c, due: dueOf(ctx, c)?.dueDate ?? '9999-12-31' }))
      .sort((a, b) => a.due.localeCompare(b.due) || a.c.caseNo.localeCompare(b.c.caseNo))
    const offset = Math.max(0, Number(q.offset) || 0)
    const limit = Math.min(200, Math.max(1, Number(q.limit) || 50))
    return {
      total: sorted.length,
      items: sorted.slice(offset, offset + limit).map(({ c }) => caseSummary(ctx, c, { kind: 'staff', role: worker.role })),
    }
  })

  r.on('GET', '/v1/worker/cases/:id', (req) => {
    const { worker } = ctx.staff(req)
    return caseDetail(ctx, staffCase(ctx, worker, req.params.id), { kind: 'staff', role: worker.role })
  })

  r.on('POST', '/v1/worker/cases/:id/actions', (req) => {
    const { worker } = ctx.staff(req)
    const once = idempotency(ctx, worker.id, req.headers, false)
    if (once.seen) return caseDetail(ctx, once.seen, { kind: 'staff', role: worker.role })
    const c = staffCase(ctx, worker, req.params.id)
    const b = bodyOf(req)
    const input = (typeof b.input === 'object' && b.input ? b.input : {}) as Record<string, unknown>
    if (typeof b.version !== 'number') fail('validation', '缺少办件版本号')
    const action = str(b.action) as ActionId
    let next = act(ctx, c, action, input, { id: worker.id, role: worker.role, name: worker.name }, b.version)
    if (action === 'accept' || action === 'triage') next = { ...next, assigneeId: next.assigneeId ?? worker.id }
    if (action === 'approve') next = issueCertificate(ctx, next)
    ctx.state.cases.set(next.id, next)
    once.remember(next.id)
    return caseDetail(ctx, next, { kind: 'staff', role: worker.role })
  })

  r.on('POST', '/v1/worker/cases/:id/reveal', (req) => {
    const { worker } = ctx.staff(req)
    const c = staffCase(ctx, worker, req.params.id)
    const b = bodyOf(req)
    const field = str(b.field)
    const reason = str(b.reason)
    if (!PII_FIELDS[field]) fail('validation', '不能查看该字段', { fieldErrors: { field: '不能查看该字段' } })
    if ([...reason].length < 2) fail('validation', '请填写查看原因', { fieldErrors: { reason: '请填写查看原因' } })
    const value = PII_FIELDS[field](c, ctx)
    ctx.audit(worker.id, worker.role, 'reveal-pii', c.id, `${field}: ${reason}`)
    if (value === null) fail('not-found', '档案中没有该信息')
    return { value }
  })

  r.on('GET', '/v1/worker/audit', (req) => {
    ctx.staff(req, ['admin'])
    const { caseId, actorId } = req.query
    return ctx.state.audit.filter((e) => (!caseId || e.caseId === caseId) && (!actorId || e.actorId === actorId)).slice().reverse()
  })

  r.on('GET', '/v1/worker/stats', (req) => {
    const { worker } = ctx.staff(req, ['admin', 'clerk'])
    const cases = [...ctx.state.cases.values()].filter((c) => canStaffSee(worker, c))
    return computeStats(ctx, cases)
  })
}

export function computeStats(ctx: Ctx, cases: CaseRecord[]) {
  const today = ctx.today()
  const closed = cases.filter((c) => c.closedAt)
  const withDue = closed.map((c) => ({ c, due: dueOf(ctx, c) })).filter((x) => x.due)
  const onTime = withDue.filter((x) => isOnTime(x.due!.dueDate, x.c.closedAt!)).length
  const handling = closed.map((c) => workingDaysBetween(toShanghaiDate(c.submittedAt), toShanghaiDate(c.closedAt!)))
  const open = cases.filter((c) => statusDef(c.kind, c.status)?.bucket === 'open')
  const overdue = open.filter((c) => {
    const due = dueOf(ctx, c)
    return due ? slaState(due.dueDate, today) === 'overdue' : false
  })
  const groups = new Map<string, { key: string; label: string; open: number; overdue: number }>()
  for (const c of open) {
    const key = c.matterId ?? c.categoryId ?? 'other'
    const g = groups.get(key) ?? { key, label: c.title, open: 0, overdue: 0 }
    g.open++
    if (overdue.includes(c)) g.overdue++
    groups.set(key, g)
  }
  const ratings = cases.flatMap((c) => (c.rating ? [{ level: c.rating.level }] : []))
  return {
    onTimeRate: withDue.length ? onTime / withDue.length : null,
    avgHandlingDays: handling.length ? handling.reduce((a, b) => a + b, 0) / handling.length : null,
    satisfactionRate: satisfactionRate(ratings as never),
    open: open.length,
    overdue: overdue.length,
    byMatter: [...groups.values()].sort((a, b) => b.open - a.open),
  }
}
