/**
 * Worker-console sample cases: an overdue 居住证明 waiting for the clerk's approval (so 已超期
 * has something in it) and a complaint rated 不满意 whose 回访 is owed. Built through the shared
 * state machine, so their history is what real actions would have written.
 */
import { applyAction, createCase, type ActionInput, type Actor } from '@/domain/cases/state-machine'
import type { ActionId } from '@/domain/cases/transitions'
import { complaintCategory } from '@/domain/complaints/categories'
import { findMatter } from '@/domain/matters/catalog'
import { autofillValues } from '@/domain/matters/engine'
import { isoChina } from '@/domain/time/china-time'
import { complaintRecord } from '@core/complaint-record'
import type { Ctx } from '@core/context'
import { COMMUNITY_CENTRE } from './seed-cases'
import { nextCaseNo } from '@core/routes/cases-common'
import { nextId, type CaseRecord } from '@core/storage'

const DAY = 86_400_000

function step(
  ctx: Ctx,
  record: CaseRecord,
  action: ActionId,
  input: ActionInput,
  actor: Actor,
  at: string,
): CaseRecord {
  const r = applyAction(record, action, input, { actor, at })
  if (!r.ok) throw new Error(`seed-worker: ${action}: ${r.message}`)
  ctx.audit(actor.id, actor.role, action, record.id, `${record.status} → ${r.state.status}`)
  return r.state as CaseRecord
}

export function seedWorkerCases(ctx: Ctx): void {
  const now = ctx.clock.now().getTime()
  const at = (daysAgo: number, hour = 10) => isoChina(new Date(now - daysAgo * DAY - (10 - hour) * 3_600_000))
  const clerk = ctx.state.workers.get('w-clerk')!
  const clerkActor: Actor = { id: clerk.id, role: clerk.role, name: clerk.name }

  // 1. 居住证明 (即办) submitted a week ago and accepted, never approved: overdue in the queue.
  const zhou = ctx.state.residents.get('r-zhou-min')
  const matter = findMatter('residence-proof')
  if (zhou && matter?.form) {
    const id = nextId(ctx.state, 'case')
    const actor: Actor = { id: zhou.residentId, role: 'resident', name: zhou.name }
    const created = createCase({ id, kind: 'application' }, { actor, at: at(7) })
    if (!created.ok) throw new Error(created.message)
    const filled = autofillValues(matter.form, zhou).values
    let record: CaseRecord = {
      ...created.state,
      caseNo: nextCaseNo(ctx, 'application'),
      matterId: matter.id,
      title: matter.name,
      applicantId: zhou.residentId,
      proxyId: null,
      values: { ...filled, purpose: 'school', recipient: 'school', delivery: 'electronic' },
      materials: {},
      limitDays: matter.guide.timeLimitDays,
      gridId: zhou.gridId,
      departmentId: matter.guide.departmentId,
      assigneeId: null,
      certificateCode: null,
      complaint: null,
    }
    record = { ...step(ctx, record, 'accept', {}, clerkActor, at(7, 11)), assigneeId: clerk.id }
    ctx.state.cases.set(id, record)
  }

  // 2. A 随手拍 fixed, confirmed and rated 不满意: the 回访 is owed.
  const sun = ctx.state.residents.get('r-sun-guilan')
  const category = complaintCategory('public-facilities')
  const grid = ctx.state.workers.get('w-grid-1')
  if (sun && category && grid) {
    const id = nextId(ctx.state, 'case')
    const actor: Actor = { id: sun.residentId, role: 'resident', name: sun.name }
    const gridActor: Actor = { id: grid.id, role: grid.role, name: grid.name }
    const created = createCase({ id, kind: 'complaint' }, { actor, at: at(12) })
    if (!created.ok) throw new Error(created.message)
    let record = complaintRecord(ctx, created.state, sun, category, {
      description: '凤凰大道 3 号楼前的健身器材坏了，单杠摇晃，老人不敢用。',
      photos: [],
      location: {
        lat: COMMUNITY_CENTRE.lat - 0.0008,
        lng: COMMUNITY_CENTRE.lng + 0.0005,
        address: '凤凰大道 3 号楼前',
      },
      anonymous: false,
      public: true,
      supporterIds: [],
      extra: {},
    })
    record = step(ctx, record, 'triage', { level: 'yellow' }, gridActor, at(11))
    record = step(ctx, record, 'resolve', { resultText: '已联系厂家上门加固单杠。' }, gridActor, at(9))
    record = step(ctx, record, 'confirm', {}, actor, at(8))
    record = step(
      ctx,
      record,
      'rate',
      { rating: { level: 'dissatisfied', reason: '修了两天又松了，没有根本解决' } },
      actor,
      at(7),
    )
    ctx.state.cases.set(id, { ...record, assigneeId: grid.id })
  }
}
