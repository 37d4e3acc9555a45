/** Worker console endpoints. Every one checks role and scope on the server; residents get 403. */
import { slaState } from '@/domain/cases/sla'
import { statusDef } from '@/domain/cases/statuses'
import { findMatter } from '@/domain/matters/catalog'
import { formOfMatter } from '@/domain/bundles'
import { complaintCategory } from '@/domain/complaints/categories'
import { maskName } from '@/domain/identity/name'
import { needsFollowUp } from '@/domain/rating/rating'
import { computeStats as computeStatsPure, type StatsCase } from '@/domain/stats/compute-stats'
import type { ActionId } from '@/domain/cases/transitions'
import type { Ctx } from '../context'
import { bodyOf, fail, Reply, str, type Router } from '../http'
import { normaliseIdNumber } from '../normalise'
import { REVEALABLE } from '../schemas'
import type { CaseRecord, WorkerRecord } from '../storage'
import { caseDetail, caseSummary, dueOf, nameOf } from '../views'
import { act, pageOf } from './cases-common'
import { createCase } from '@/domain/cases/state-machine'
import { validateComplaintDraft } from '@/domain/complaints/validation'
import { complaintRecord } from '../complaint-record'
import { nextId } from '../storage'
import { issueCertificate } from './certificates'

export const GRID_LABELS: Record<string, string> = { 'g-1': '网格一', 'g-2': '网格二' }

export function canStaffSee(w: WorkerRecord, c: CaseRecord): boolean {
  switch (w.role) {
    case 'admin':
      return true
    case 'clerk':
      return w.gridIds.includes(c.gridId)
    case 'grid-worker':
      return c.kind === 'complaint' && w.gridIds.includes(c.gridId)
    case 'reviewer':
      // only while the case is at their department: once returned, approved or closed it has left
      return c.status === 'forwarded' && c.department === w.departmentId
  }
}

function staffCase(ctx: Ctx, w: WorkerRecord, id: string): CaseRecord {
  const c = ctx.state.cases.get(id)
  if (!c) fail('not-found', '没有找到这件办件')
  if (!canStaffSee(w, c)) fail('forbidden', '这件办件不在您的负责范围内')
  return c
}

/** A bad rating whose named 回访 has not been made yet. */
export function followUpOwed(c: CaseRecord): boolean {
  return Boolean(c.rating && needsFollowUp(c.rating.level) && !c.followUp)
}

/**
 * The one value a reveal returns, by an allow-listed field name (never an object lookup by the
 * caller's key: `constructor` or `__proto__` must not reach the record).
 */
function revealValue(ctx: Ctx, c: CaseRecord, field: (typeof REVEALABLE)[number]): string | null {
  const r = ctx.state.residents.get(c.applicantId)
  if (!r) return null
  switch (field) {
    case 'idNumber':
      return r.idNumber
    case 'phone':
      return r.phone
    case 'name':
      return r.name
  }
}

/** 补正 must name real fields or materials of the matter's form definition. */
function checkSupplementItems(c: CaseRecord, input: Record<string, unknown>): void {
  const items = input.supplementItems
  if (!Array.isArray(items) || items.length === 0) return // the state machine says what is missing
  // a 一件事 part whose matter has no form of its own was filled on the bundle's form
  const form = formOfMatter(c.matterId, c.matterId ? findMatter(c.matterId)?.form : undefined)
  if (!form) return
  const known = new Set([...form.fields.map((f) => f.key), ...form.materials.map((m) => m.key)])
  const unknown = items.filter((k) => typeof k !== 'string' || !known.has(k))
  if (unknown.length)
    fail('validation', '需补正的内容不在该事项的表单里', {
      fieldErrors: { supplementItems: '请从表单的字段和材料中选择' },
    })
}

export function registerWorker(r: Router, ctx: Ctx): void {
  r.on('GET', '/v1/worker/queue', (req) => {
    const { worker } = ctx.staff(req)
    // validated: booleans and numbers arrive typed (core/schemas.ts)
    const q = req.query as Record<string, string | number | boolean | undefined>
    const today = ctx.today()
    let items = [...ctx.state.cases.values()].filter((c) => canStaffSee(worker, c))
    if (q.kind) items = items.filter((c) => c.kind === q.kind)
    if (q.followUp === true) items = items.filter(followUpOwed)
    else if (q.status) items = items.filter((c) => c.status === q.status)
    else items = items.filter((c) => statusDef(c.kind, c.status)?.bucket === 'open')
    if (q.level) items = items.filter((c) => c.level === q.level)
    if (q.gridId) items = items.filter((c) => c.gridId === q.gridId)
    if (q.group) items = items.filter((c) => c.matterId === q.group || c.categoryId === q.group)
    if (q.mine === true) items = items.filter((c) => c.assigneeId === worker.id)
    if (q.sla)
      items = items.filter((c) => {
        const due = dueOf(ctx, c)
        return due ? slaState(due.dueDate, today) === q.sla : false
      })
    if (q.q) {
      const needle = String(q.q)
      items = items.filter(
        (c) => c.caseNo.includes(needle) || maskName(nameOf(ctx, c.applicantId)) === needle || c.title.includes(needle),
      )
    }
    const sorted = items
      .map((c) => ({ c, due: dueOf(ctx, c)?.dueDate ?? '9999-12-31' }))
      .sort((a, b) => a.due.localeCompare(b.due) || a.c.caseNo.localeCompare(b.c.caseNo))
    const { offset, limit } = pageOf(q)
    return {
      total: sorted.length,
      today,
      items: sorted
        .slice(offset, offset + limit)
        .map(({ c }) => caseSummary(ctx, c, { kind: 'staff', role: worker.role })),
    }
  })

  r.on('GET', '/v1/worker/cases/:id', (req) => {
    const { worker } = ctx.staff(req)
    return caseDetail(ctx, staffCase(ctx, worker, req.params.id), { kind: 'staff', role: worker.role })
  })

  r.on('POST', '/v1/worker/cases/:id/actions', (req) => {
    const { worker } = ctx.staff(req)
    const c = staffCase(ctx, worker, req.params.id)
    const b = bodyOf(req)
    const input = (typeof b.input === 'object' && b.input ? b.input : {}) as Record<string, unknown>
    if (typeof b.version !== 'number') fail('validation', '缺少办件版本号')
    const action = str(b.action) as ActionId
    if (action === 'request-supplement') checkSupplementItems(c, input)
    if (action === 'merge') {
      const target = ctx.state.cases.get(str(input.targetCaseId))
      if (!target || target.kind !== 'complaint' || target.id === c.id || !canStaffSee(worker, target)) {
        fail('validation', '没有找到要合并到的诉求', {
          fieldErrors: { targetCaseId: '请填写本网格内另一件诉求的编号' },
        })
      }
    }
    let next = act(ctx, c, action, input, { id: worker.id, role: worker.role, name: worker.name }, b.version)
    if (action === 'accept' || action === 'triage') next = { ...next, assigneeId: next.assigneeId ?? worker.id }
    if (action === 'approve') next = issueCertificate(ctx, next)
    if (action === 'merge') {
      const target = ctx.state.cases.get(str(input.targetCaseId))!
      if (target.complaint && c.complaint) {
        const supporterIds = [
          ...new Set([...target.complaint.supporterIds, c.applicantId, ...c.complaint.supporterIds]),
        ].filter((id) => id !== target.applicantId)
        ctx.state.cases.set(target.id, {
          ...target,
          complaint: { ...target.complaint, supporterIds, duplicates: [...target.complaint.duplicates, c.id] },
        })
      }
    }
    ctx.state.cases.set(next.id, next)
    // the result of one's own action is shown once, even when the case just left one's scope
    // (a reviewer handing it back); further reads are refused by canStaffSee
    return caseDetail(ctx, next, { kind: 'staff', role: worker.role })
  })

  r.on('POST', '/v1/worker/cases/:id/reveal', (req) => {
    const { worker } = ctx.staff(req)
    const c = staffCase(ctx, worker, req.params.id)
    const b = bodyOf(req)
    const field = REVEALABLE.find((f) => f === b.field)
    const reason = str(b.reason)
    if (!field) fail('validation', '不能查看该字段', { fieldErrors: { field: '不能查看该字段' } })
    if ([...reason].length < 2) fail('validation', '请填写查看原因', { fieldErrors: { reason: '请填写查看原因' } })
    const value = revealValue(ctx, c, field)
    ctx.audit(worker.id, worker.role, 'reveal-pii', c.id, `${field}: ${reason}`)
    if (value === null) fail('not-found', '档案中没有该信息')
    return { value }
  })

  // newest first, paginated: offset/limit (default 100, at most 200), total in `x-total-count`
  r.on('GET', '/v1/worker/audit', (req) => {
    ctx.staff(req, ['admin'])
    const { caseId, actorId, action } = req.query
    const all = ctx.state.audit
      .filter(
        (e) =>
          (!caseId || e.caseId === caseId) && (!actorId || e.actorId === actorId) && (!action || e.action === action),
      )
      .slice()
      .reverse()
    const { offset, limit } = pageOf(req.query, 100)
    return new Reply(200, all.slice(offset, offset + limit), { 'x-total-count': String(all.length) })
  })

  // 窗口代录: the resident shows their ID card; the case is theirs, the history says who typed it
  r.on('POST', '/v1/worker/walk-in', async (req) => {
    const { worker } = ctx.staff(req, ['clerk', 'grid-worker'])
    const b = bodyOf(req)
    const found = await ctx.population.findByIdNumber(normaliseIdNumber(str(b.idNumber)))
    const resident = found ? ctx.state.residents.get(found.residentId) : undefined
    if (!resident)
      fail('not-found', '没有找到该身份证号对应的居民档案', {
        fieldErrors: { idNumber: '没有找到该居民，请核对身份证号' },
      })
    if (!worker.gridIds.includes(resident.gridId)) fail('forbidden', '该居民不在您负责的网格')
    const address = str(b.address).trim()
    const check = validateComplaintDraft({
      categoryId: str(b.categoryId),
      description: str(b.description),
      photos: [],
      location: null,
      anonymous: false,
    })
    if (!check.valid)
      fail('validation', Object.values(check.errors)[0] ?? '填写的信息有误', {
        fieldErrors: check.errors as Record<string, string>,
      })
    const category = complaintCategory(str(b.categoryId))!
    const id = nextId(ctx.state, 'case')
    const actor = { id: worker.id, role: worker.role, name: worker.name }
    const created = createCase(
      { id, kind: 'complaint', note: `窗口代录：居民到窗口反映，由${worker.name}（工号 ${worker.staffNo}）录入` },
      { actor, at: ctx.nowIso() },
    )
    if (!created.ok) fail('forbidden', created.message)
    const record = complaintRecord(ctx, created.state, resident, category, {
      description: address ? `${str(b.description).trim()}（地点：${address}）` : str(b.description).trim(),
      photos: [],
      location: null,
      anonymous: false,
      public: false,
      supporterIds: [],
      extra: { walkIn: worker.id },
    })
    ctx.state.cases.set(id, record)
    ctx.audit(worker.id, worker.role, 'walk-in', id, `${category.name}，为居民代录`)
    return caseDetail(ctx, record, { kind: 'staff', role: worker.role })
  })

  r.on('GET', '/v1/worker/stats', (req) => {
    const { worker } = ctx.staff(req, ['admin', 'clerk'])
    const cases = [...ctx.state.cases.values()].filter((c) => canStaffSee(worker, c))
    return computeStats(ctx, cases)
  })
}

/** Case records → the pure statistics input (src/domain/stats). */
export function statsCase(ctx: Ctx, c: CaseRecord): StatsCase {
  const groupKey = c.matterId ?? c.categoryId ?? 'other'
  const groupLabel = c.matterId
    ? (findMatter(c.matterId)?.name ?? c.title)
    : c.categoryId
      ? (complaintCategory(c.categoryId)?.name ?? c.title)
      : c.title
  const assignee = c.assigneeId ? ctx.state.workers.get(c.assigneeId) : undefined
  return {
    kind: c.kind,
    groupKey,
    groupLabel,
    gridId: c.gridId,
    gridLabel: GRID_LABELS[c.gridId] ?? c.gridId,
    assigneeId: c.assigneeId,
    assigneeLabel: assignee ? `${assignee.name}（${assignee.staffNo}）` : '未分派',
    open: statusDef(c.kind, c.status)?.bucket === 'open',
    submittedAt: c.submittedAt,
    closedAt: c.closedAt ?? null,
    dueDate: dueOf(ctx, c)?.dueDate ?? null,
    ratingLevel: c.rating?.level ?? null,
  }
}

export function computeStats(ctx: Ctx, cases: CaseRecord[]) {
  return computeStatsPure(
    cases.map((c) => statsCase(ctx, c)),
    ctx.today(),
  )
}
