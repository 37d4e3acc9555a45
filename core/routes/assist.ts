/**
 * 帮办 with the resident's consent (docs/one-thing.md): a worker prepares an application for a
 * resident at the window or at home; nothing is submitted until the resident authorises it on
 * their own phone, or — for a resident without a phone — the worker records an in-person
 * authorisation (a photo of the signed form) that a second worker reviews. An authorisation
 * not given in time expires and the draft stays with the worker, who may send it again.
 * Also 上门服务: residents over the configured age or with a disability record book a home visit.
 */
import { HOME_VISIT_MIN_AGE, homeVisitEligibility, homeVisitSlots } from '@/domain/benefits/home-visit'
import type { Actor } from '@/domain/cases/state-machine'
import { findMatter } from '@/domain/matters/catalog'
import { autofillValues, reviewSummary } from '@/domain/matters/engine'
import { checkSubmission } from '@/domain/matters/rules'
import type { FormDefinition, FormValues, MaterialUploads } from '@/domain/matters/types'
import { maskName } from '@/domain/identity/name'
import type { Ctx } from '../context'
import { bodyOf, fail, str, type Router } from '../http'
import { normaliseIdNumber, normaliseValues } from '../normalise'
import type { AssistRecord, AssistStatus } from '../one-thing-records'
import type { ResidentRecord, WorkerRecord } from '../storage'
import { nextId } from '../storage'
import { caseDetail } from '../views'
import { materialsOf } from './applications'
import { actorOfResident, fileApplication } from './one-thing-common'

/** How long a resident has to authorise on their phone. */
export const ASSIST_AUTHORISATION_MS = 72 * 3_600_000

export const ASSIST_STATUS_LABELS: Record<AssistStatus, string> = {
  'awaiting-resident': '等待居民在手机上同意',
  'awaiting-review': '现场授权待第二名工作人员复核',
  submitted: '已授权并提交',
  declined: '居民未同意',
  expired: '授权已过期，草稿仍在',
}

const HELPER_ROLES = ['clerk', 'grid-worker'] as const

function statusOf(ctx: Ctx, a: AssistRecord): AssistStatus {
  return a.status === 'awaiting-resident' && Date.parse(a.expiresAt) <= ctx.nowMs() ? 'expired' : a.status
}

function workerLabel(ctx: Ctx, id: string, staff: boolean): string {
  const w = ctx.state.workers.get(id)
  if (!w) return '工作人员'
  return staff ? w.name : `${w.name.slice(0, 1)}（工号 ${w.staffNo}）`
}

function view(ctx: Ctx, a: AssistRecord, staff: boolean) {
  const matter = findMatter(a.matterId)
  const resident = ctx.state.residents.get(a.residentId)
  const status = statusOf(ctx, a)
  return {
    id: a.id,
    matterId: a.matterId,
    matterName: matter?.name ?? a.matterId,
    residentMasked: maskName(resident?.name ?? '居民'),
    residentHasPhone: Boolean(resident?.phone),
    helper: workerLabel(ctx, a.helperId, staff),
    helperId: staff ? a.helperId : undefined,
    place: a.place,
    createdAt: a.createdAt,
    expiresAt: a.expiresAt,
    status,
    statusLabel: ASSIST_STATUS_LABELS[status],
    // what the resident is asked to agree to: the form's lines, names, ID numbers and phones masked
    summary: matter?.form ? maskedSummary(matter.form, a.values as FormValues, resident ?? null) : [],
    materials: Object.fromEntries(Object.entries(a.materials).map(([k, files]) => [k, files.length])),
    caseId: a.caseId,
    inPerson: a.inPerson ? { at: a.inPerson.at, recordedBy: workerLabel(ctx, a.inPerson.recordedBy, staff) } : null,
  }
}

function maskedSummary(form: FormDefinition, values: FormValues, resident: ResidentRecord | null) {
  const names = new Set(form.fields.filter((f) => f.type === 'name' || f.autofill?.from === 'name').map((f) => f.key))
  return reviewSummary(form, values, { profile: resident }).map((l) => (names.has(l.key) ? { ...l, value: maskName(l.value) } : l))
}

function inScope(w: WorkerRecord, r: ResidentRecord): boolean {
  return w.role === 'admin' || w.gridIds.includes(r.gridId)
}

function staffAssist(ctx: Ctx, w: WorkerRecord, id: string): AssistRecord {
  const a = ctx.state.assists.get(id)
  const r = a ? ctx.state.residents.get(a.residentId) : undefined
  if (!a || !r || !inScope(w, r)) fail('not-found', '没有找到这件帮办')
  return a
}

function residentAssist(ctx: Ctx, residentId: string, id: string): AssistRecord {
  const a = ctx.state.assists.get(id)
  // 404 for "absent" and for "someone else's": never confirm that another resident's exists
  if (!a || a.residentId !== residentId) fail('not-found', '没有找到这件帮办')
  return a
}

function mustAwaitResident(ctx: Ctx, a: AssistRecord): void {
  const s = statusOf(ctx, a)
  if (s === 'expired') {
    a.status = 'expired'
    ctx.state.assists.set(a.id, a)
    fail('conflict', '授权已过期，请联系工作人员重新发送', { details: { status: 'expired' } })
  }
  if (s !== 'awaiting-resident') fail('conflict', s === 'submitted' ? '您已经同意过了，申请已提交' : `这件帮办${ASSIST_STATUS_LABELS[s]}`, { details: { status: s } })
}

function submitAssist(ctx: Ctx, a: AssistRecord, how: 'phone' | 'in-person', actor: Actor): string {
  const matter = findMatter(a.matterId)!
  const applicant = ctx.state.residents.get(a.residentId)!
  const helper = workerLabel(ctx, a.helperId, false)
  const c = fileApplication(ctx, {
    matter,
    applicant,
    proxyId: null,
    actor,
    values: a.values,
    materials: a.materials,
    note: how === 'phone' ? `帮办：${helper}代为填写，居民本人在手机上同意后提交` : `帮办：${helper}代为填写，居民现场签字授权，经复核后提交`,
    extra: {
      assist: { helperId: a.helperId, authorisation: how, authorisedAt: ctx.nowIso(), reviewedBy: a.reviewedBy, place: a.place },
    },
  })
  a.status = 'submitted'
  a.caseId = c.id
  a.decidedAt = ctx.nowIso()
  ctx.state.assists.set(a.id, a)
  ctx.audit(actor.id, actor.role, 'submit', c.id, `帮办：${matter.name}（${how === 'phone' ? '手机授权' : '现场授权'}）`)
  return c.id
}

export function registerAssist(r: Router, ctx: Ctx): void {
  r.on('POST', '/v1/assist', async (req) => {
    const { worker } = ctx.staff(req, HELPER_ROLES)
    const b = bodyOf(req)
    const found = await ctx.population.findByIdNumber(normaliseIdNumber(str(b.idNumber)))
    const resident = found ? ctx.state.residents.get(found.residentId) : undefined
    if (!resident) fail('not-found', '没有找到该身份证号对应的居民档案', { fieldErrors: { idNumber: '没有找到该居民，请核对身份证号' } })
    if (!inScope(worker, resident)) fail('forbidden', '该居民不在您负责的网格')
    const matter = findMatter(str(b.matterId))
    if (!matter?.form || matter.guide.mode === 'guide') fail('validation', '这个事项暂不支持网上帮办', { fieldErrors: { matterId: '请选择可以网上办理的事项' } })
    const fromRecord = autofillValues(matter.form, resident)
    const locked = Object.fromEntries(Object.entries(fromRecord.values).filter(([k]) => fromRecord.sources[k]?.locked))
    const values = normaliseValues(matter.form, { ...((b.values ?? {}) as FormValues), ...locked }, ctx.today())
    const materials = materialsOf(ctx, worker.id, b.materials)
    const uploads: MaterialUploads = Object.fromEntries(Object.entries(materials).map(([k, fs]) => [k, fs.map((f) => ({ id: f.fileId, kind: f.mime === 'application/pdf' ? ('pdf' as const) : ('photo' as const) }))]))
    const householdDogs = [...ctx.state.residents.values()].filter((x) => x.householdId === resident.householdId).flatMap((x) => x.dogs)
    const check = checkSubmission(matter.form, values, uploads, { today: ctx.today(), profile: resident, householdDogs, keyZone: ctx.config.keyZone })
    if (!check.ok) {
      const first = check.formErrors[0] ?? Object.values(check.fieldErrors)[0] ?? Object.values(check.materialErrors)[0]
      fail('validation', first ?? '填写的信息有误', { fieldErrors: { ...check.fieldErrors, ...Object.fromEntries(Object.entries(check.materialErrors).map(([k, v]) => [`materials.${k}`, v])) } })
    }
    const a: AssistRecord = {
      id: nextId(ctx.state, 'assist'),
      matterId: matter.id,
      residentId: resident.residentId,
      helperId: worker.id,
      place: str(b.place) === 'home' ? 'home' : 'window',
      values,
      materials,
      createdAt: ctx.nowIso(),
      expiresAt: new Date(ctx.nowMs() + ASSIST_AUTHORISATION_MS).toISOString(),
      status: 'awaiting-resident',
      inPerson: null,
      reviewedBy: null,
      caseId: null,
      decidedAt: null,
    }
    ctx.state.assists.set(a.id, a)
    ctx.audit(worker.id, worker.role, 'assist-prepare', null, `帮办：${matter.name}（${a.id}）`)
    return view(ctx, a, true)
  })

  r.on('GET', '/v1/assist', (req) => {
    const { worker } = ctx.staff(req, ['clerk', 'grid-worker', 'admin'])
    return [...ctx.state.assists.values()]
      .filter((a) => a.helperId === worker.id || a.reviewedBy === worker.id || (statusOf(ctx, a) === 'awaiting-review' && inScope(worker, ctx.state.residents.get(a.residentId)!)))
      .sort((x, y) => y.createdAt.localeCompare(x.createdAt))
      .map((a) => view(ctx, a, true))
  })

  // a resident without a phone: the worker records the signed authorisation form
  r.on('POST', '/v1/assist/:id/in-person', (req) => {
    const { worker } = ctx.staff(req, HELPER_ROLES)
    const a = staffAssist(ctx, worker, req.params.id)
    if (a.helperId !== worker.id) fail('forbidden', '只有帮办人可以登记现场授权')
    const s = statusOf(ctx, a)
    if (s !== 'awaiting-resident' && s !== 'expired') fail('conflict', `这件帮办${ASSIST_STATUS_LABELS[s]}`)
    const b = bodyOf(req)
    const photo = ctx.state.files.get(str(b.photoFileId))
    if (!photo || photo.ownerId !== worker.id) fail('validation', '请先拍照上传居民签字的授权书', { fieldErrors: { photoFileId: '请先拍照上传居民签字的授权书' } })
    a.inPerson = { recordedBy: worker.id, at: ctx.nowIso(), photoFileId: photo.fileId }
    a.status = 'awaiting-review'
    ctx.state.assists.set(a.id, a)
    ctx.audit(worker.id, worker.role, 'assist-in-person', null, `帮办现场授权待复核（${a.id}）`)
    return view(ctx, a, true)
  })

  // the second worker's review of an in-person authorisation
  r.on('POST', '/v1/assist/:id/review', (req) => {
    const { worker } = ctx.staff(req, ['clerk', 'admin'])
    const a = staffAssist(ctx, worker, req.params.id)
    if (a.status !== 'awaiting-review') fail('conflict', `这件帮办${ASSIST_STATUS_LABELS[statusOf(ctx, a)]}`)
    if (a.helperId === worker.id) fail('forbidden', '现场授权需要由另一名工作人员复核')
    const b = bodyOf(req)
    if (b.approve !== true) {
      a.status = 'awaiting-resident'
      a.inPerson = null
      a.expiresAt = new Date(ctx.nowMs() + ASSIST_AUTHORISATION_MS).toISOString()
      ctx.state.assists.set(a.id, a)
      ctx.audit(worker.id, worker.role, 'assist-review-refused', null, `${str(b.reason) || '授权书不清楚'}（${a.id}）`)
      return view(ctx, a, true)
    }
    a.reviewedBy = worker.id
    const helper = ctx.state.workers.get(a.helperId)!
    submitAssist(ctx, a, 'in-person', { id: helper.id, role: helper.role === 'grid-worker' ? 'grid-worker' : 'clerk', name: helper.name })
    return view(ctx, a, true)
  })

  // an expired or declined authorisation: the draft is still the worker's to send again
  r.on('POST', '/v1/assist/:id/resend', (req) => {
    const { worker } = ctx.staff(req, HELPER_ROLES)
    const a = staffAssist(ctx, worker, req.params.id)
    if (a.helperId !== worker.id) fail('forbidden', '只有帮办人可以重新发送')
    const s = statusOf(ctx, a)
    if (s !== 'expired' && s !== 'declined') fail('conflict', `这件帮办${ASSIST_STATUS_LABELS[s]}`)
    a.status = 'awaiting-resident'
    a.expiresAt = new Date(ctx.nowMs() + ASSIST_AUTHORISATION_MS).toISOString()
    ctx.state.assists.set(a.id, a)
    ctx.audit(worker.id, worker.role, 'assist-resend', null, a.id)
    return view(ctx, a, true)
  })

  r.on('GET', '/v1/me/assist-requests', (req) => {
    const { resident } = ctx.verifiedResident(req)
    return [...ctx.state.assists.values()]
      .filter((a) => a.residentId === resident.residentId && statusOf(ctx, a) !== 'expired')
      .sort((x, y) => y.createdAt.localeCompare(x.createdAt))
      .map((a) => view(ctx, a, false))
  })

  r.on('POST', '/v1/me/assist-requests/:id/authorise', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const a = residentAssist(ctx, resident.residentId, req.params.id)
    mustAwaitResident(ctx, a)
    const caseId = submitAssist(ctx, a, 'phone', actorOfResident(resident))
    return caseDetail(ctx, ctx.state.cases.get(caseId)!, { kind: 'resident', userId: resident.residentId })
  })

  r.on('POST', '/v1/me/assist-requests/:id/decline', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const a = residentAssist(ctx, resident.residentId, req.params.id)
    mustAwaitResident(ctx, a)
    a.status = 'declined'
    a.decidedAt = ctx.nowIso()
    ctx.state.assists.set(a.id, a)
    ctx.audit(resident.residentId, 'resident', 'assist-declined', null, a.id)
    return view(ctx, a, false)
  })

  // 上门服务: who may ask, and the slots on offer
  r.on('GET', '/v1/home-visits/slots', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const e = homeVisitEligibility(resident, ctx.today())
    return { eligible: e.eligible, reason: e.reason, minAge: HOME_VISIT_MIN_AGE, slots: e.eligible ? homeVisitSlots(ctx.today()) : [] }
  })

  r.on('POST', '/v1/home-visits', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const e = homeVisitEligibility(resident, ctx.today())
    if (!e.eligible) fail('forbidden', e.reason)
    const b = bodyOf(req)
    const matter = findMatter(str(b.matterId))
    if (!matter) fail('validation', '没有这个事项', { fieldErrors: { matterId: '请选择事项' } })
    const slot = homeVisitSlots(ctx.today()).find((s) => s.value === str(b.slot))
    if (!slot) fail('validation', '请选择上门时间', { fieldErrors: { slot: '这个时间已不可预约，请重新选择' } })
    const c = fileApplication(ctx, {
      matter: { ...matter, name: `上门服务：${matter.name}`, guide: { ...matter.guide, departmentId: 'community', timeLimitDays: 5 } },
      applicant: resident,
      proxyId: null,
      actor: actorOfResident(resident),
      values: { homeVisitSlot: slot.label, homeVisitReason: e.reason },
      materials: {},
      note: `上门服务预约：${slot.label}`,
    })
    ctx.audit(resident.residentId, 'resident', 'submit', c.id, `上门服务：${matter.name}`)
    return caseDetail(ctx, c, { kind: 'resident', userId: resident.residentId })
  })
}
