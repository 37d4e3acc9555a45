/** What the 一件事 routes share: filing one application case outside POST /v1/applications, and the applicant check. */
import { createCase, type Actor } from '@/domain/cases/state-machine'
import type { Matter } from '@/domain/matters/types'
import type { FileRef } from '@/api/contract/types'
import type { Ctx } from '../context'
import { fail } from '../http'
import type { CaseRecord, ResidentRecord } from '../storage'
import { nextId } from '../storage'
import { nextCaseNo } from './cases-common'
import { isAllowedProxy } from './family'

/** 代办: the applicant may be a member of the resident's household or a confirmed relative. */
export function applicantOf(ctx: Ctx, resident: ResidentRecord, onBehalfOf: unknown): ResidentRecord {
  if (onBehalfOf === undefined || onBehalfOf === null || onBehalfOf === '' || onBehalfOf === resident.residentId) return resident
  const id = String(onBehalfOf)
  const record = isAllowedProxy(ctx, resident.residentId, id) ? ctx.state.residents.get(id) : undefined
  if (!record) fail('forbidden', '只能为家庭成员或已添加的亲属代办', { fieldErrors: { onBehalfOf: '只能为家庭成员或已添加的亲属代办' } })
  return record
}

export interface NewApplication {
  matter: Matter
  applicant: ResidentRecord
  proxyId: string | null
  actor: Actor
  values: Record<string, unknown>
  materials: Record<string, FileRef[]>
  note?: string
  extra?: Partial<Pick<CaseRecord, 'bundleCaseId' | 'assist'>>
}

/** Creates and stores one application case (status 已提交), routed to the matter's department. */
export function fileApplication(ctx: Ctx, a: NewApplication): CaseRecord {
  const id = nextId(ctx.state, 'case')
  const created = createCase({ id, kind: 'application', note: a.note }, { actor: a.actor, at: ctx.nowIso() })
  if (!created.ok) fail('forbidden', created.message)
  const record: CaseRecord = {
    ...created.state,
    caseNo: nextCaseNo(ctx, 'application'),
    matterId: a.matter.id,
    title: a.matter.name,
    applicantId: a.applicant.residentId,
    proxyId: a.proxyId,
    values: a.values,
    materials: a.materials,
    limitDays: a.matter.guide.timeLimitDays,
    gridId: a.applicant.gridId,
    departmentId: a.matter.guide.departmentId,
    assigneeId: null,
    certificateCode: null,
    complaint: null,
    ...a.extra,
  }
  ctx.state.cases.set(id, record)
  return record
}

export function actorOfResident(r: ResidentRecord): Actor {
  return { id: r.residentId, role: 'resident', name: r.name }
}
