/** Resident side of 办件: catalog, submit (idempotent, validated by the shared domain rules), my cases, 补正, withdraw, rate. */
import { createCase } from '@/domain/cases/state-machine'
import { statusDef } from '@/domain/cases/statuses'
import { MATTERS, findMatter } from '@/domain/matters/catalog'
import { autofillValues } from '@/domain/matters/engine'
import { checkSubmission } from '@/domain/matters/rules'
import type { FormValues, MaterialUploads } from '@/domain/matters/types'
import { THEMES } from '@/domain/matters/matter-index'
import type { FileRef } from '@/api/contract/types'
import type { Ctx } from '../context'
import { bodyOf, fail, Reply, str, type Router } from '../http'
import { normaliseValues } from '../normalise'
import type { CaseRecord, ResidentRecord } from '../storage'
import { nextId } from '../storage'
import { caseDetail, caseSummary } from '../views'
import { forOtherResident } from '../complaint-record'
import { isAllowedProxy } from './family'
import { act, canResidentSee, nextCaseNo, pageOf, residentCase } from './cases-common'

const themeName = (id: string) => THEMES.find((t) => t.id === id)?.name ?? id

export function registerApplications(r: Router, ctx: Ctx): void {
  r.on('GET', '/v1/matters', () =>
    MATTERS.map((m) => ({
      id: m.id,
      name: m.name,
      theme: m.theme,
      themeName: themeName(m.theme),
      summary: m.summary,
      mode: m.guide.mode,
      timeLimitDays: m.guide.timeLimitDays,
      online: Boolean(m.form) && m.guide.mode !== 'guide',
    })),
  )

  r.on('GET', '/v1/matters/:id', (req) => {
    const m = MATTERS.find((x) => x.id === req.params.id)
    if (!m) fail('not-found', '没有这个事项')
    return { id: m.id, name: m.name, theme: m.theme, summary: m.summary, guide: m.guide, form: m.form ?? null }
  })

  r.on('POST', '/v1/applications', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const b = bodyOf(req)
    const matter = findMatter(str(b.matterId))
    if (!matter) fail('validation', '没有这个事项', { fieldErrors: { matterId: '请选择事项' } })
    if (!matter.form || matter.guide.mode === 'guide') fail('validation', `「${matter.name}」暂不支持网上申请，请查看办事指南`)

    const applicant = applicantFor(ctx, resident, b.onBehalfOf)
    const raw = (typeof b.values === 'object' && b.values ? b.values : {}) as FormValues
    // government facts come from the record, whatever the client sent
    const fromRecord = autofillValues(matter.form, applicant)
    const locked = Object.fromEntries(Object.entries(fromRecord.values).filter(([k]) => fromRecord.sources[k]?.locked))
    const values: FormValues = normaliseValues(matter.form, { ...raw, ...locked }, ctx.today())
    const materials = materialsOf(ctx, resident.residentId, b.materials)
    const uploads: MaterialUploads = Object.fromEntries(
      Object.entries(materials).map(([k, files]) => [k, files.map((f) => ({ id: f.fileId, kind: f.mime === 'application/pdf' ? 'pdf' : 'photo' }))]),
    )
    const check = checkSubmission(matter.form, values, uploads, {
      today: ctx.today(),
      profile: applicant,
      householdDogs: householdDogs(ctx, applicant),
      keyZone: ctx.config.keyZone,
    })
    if (!check.ok) {
      const first = check.formErrors[0] ?? Object.values(check.fieldErrors)[0] ?? Object.values(check.materialErrors)[0]
      fail('validation', first ?? '填写的信息有误', {
        fieldErrors: { ...check.fieldErrors, ...prefixed(check.materialErrors) },
        details: { formErrors: check.formErrors, suggestedMatters: check.suggestedMatters },
      })
    }

    const id = nextId(ctx.state, 'case')
    const actor = { id: resident.residentId, role: 'resident' as const, name: resident.name }
    const created = createCase({ id, kind: 'application', note: applicant === resident ? undefined : `由${resident.name}代办` }, { actor, at: ctx.nowIso() })
    if (!created.ok) fail('forbidden', created.message)
    const record: CaseRecord = {
      ...created.state,
      caseNo: nextCaseNo(ctx, 'application'),
      matterId: matter.id,
      title: matter.name,
      applicantId: applicant.residentId,
      proxyId: applicant === resident ? null : resident.residentId,
      values,
      materials,
      limitDays: matter.guide.timeLimitDays,
      gridId: applicant.gridId,
      departmentId: matter.guide.departmentId,
      assigneeId: null,
      certificateCode: null,
      complaint: null,
    }
    ctx.state.cases.set(id, record)
    ctx.audit(resident.residentId, 'resident', 'submit', id, matter.name)
    return caseDetail(ctx, record, { kind: 'resident', userId: resident.residentId })
  })

  // paginated: offset/limit (default 50, at most 200); the total is in `x-total-count`
  r.on('GET', '/v1/cases', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const kind = req.query.kind
    const bucket = req.query.bucket
    const all = [...ctx.state.cases.values()]
      .filter((c) => canResidentSee(c, resident.residentId))
      .filter((c) => !kind || c.kind === kind)
      .filter((c) => !bucket || statusDef(c.kind, c.status)?.bucket === bucket)
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
    const { offset, limit } = pageOf(req.query)
    return new Reply(
      200,
      all.slice(offset, offset + limit).map((c) => caseSummary(ctx, c, { kind: 'resident', userId: resident.residentId })),
      { 'x-total-count': String(all.length) },
    )
  })

  r.on('GET', '/v1/cases/:id', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const c = residentCase(ctx, resident.residentId, req.params.id)
    const detail = caseDetail(ctx, c, { kind: 'resident', userId: resident.residentId })
    // a supporter (我也遇到) sees the report, never who filed it when it is anonymous
    const involved = c.applicantId === resident.residentId || c.proxyId === resident.residentId
    return involved ? detail : forOtherResident(ctx, c, detail)
  })

  r.on('POST', '/v1/cases/:id/supplement', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const c = residentCase(ctx, resident.residentId, req.params.id)
    const b = bodyOf(req)
    const items = c.supplement?.items ?? []
    const raw = (typeof b.values === 'object' && b.values ? b.values : {}) as Record<string, unknown>
    const newMaterials = materialsOf(ctx, resident.residentId, b.materials)
    // only what the worker flagged may change
    const values = { ...c.values }
    for (const [k, v] of Object.entries(raw)) if (items.includes(k)) values[k] = v
    const materials = { ...c.materials }
    for (const [k, files] of Object.entries(newMaterials)) if (items.includes(k)) materials[k] = files
    const missing = items.filter((k) => !(k in raw) && !(k in newMaterials))
    if (c.status === 'needs-supplement' && missing.length) {
      fail('validation', '请补充工作人员指出的全部内容', { fieldErrors: Object.fromEntries(missing.map((k) => [k, '请补充此项'])) })
    }
    const form = c.matterId ? findMatter(c.matterId)?.form : undefined
    const next = act(ctx, { ...c, values: form ? normaliseValues(form, values as FormValues, ctx.today()) : values, materials }, 'resubmit-supplement', {}, actorOf(resident), num(b.version))
    return caseDetail(ctx, next, { kind: 'resident', userId: resident.residentId })
  })

  r.on('POST', '/v1/cases/:id/withdraw', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const c = residentCase(ctx, resident.residentId, req.params.id)
    const b = bodyOf(req)
    const next = act(ctx, c, 'withdraw', { reason: str(b.reason) }, actorOf(resident), num(b.version))
    return caseDetail(ctx, next, { kind: 'resident', userId: resident.residentId })
  })

  r.on('POST', '/v1/cases/:id/rating', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const c = residentCase(ctx, resident.residentId, req.params.id)
    if (c.applicantId !== resident.residentId && c.proxyId !== resident.residentId) fail('forbidden', '只有办事人可以评价')
    const b = bodyOf(req)
    const next = act(ctx, c, 'rate', { rating: { level: str(b.level), reason: str(b.reason) || undefined } }, actorOf(resident))
    return caseDetail(ctx, next, { kind: 'resident', userId: resident.residentId })
  })
}

export function actorOf(r: ResidentRecord) {
  return { id: r.residentId, role: 'resident' as const, name: r.name }
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined
}

function prefixed(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`materials.${k}`, v]))
}

/** 代办: the applicant may be a member of the resident's household. */
function applicantFor(ctx: Ctx, resident: ResidentRecord, onBehalfOf: unknown): ResidentRecord {
  if (onBehalfOf === undefined || onBehalfOf === null || onBehalfOf === '' || onBehalfOf === resident.residentId) return resident
  const id = String(onBehalfOf)
  const record = isAllowedProxy(ctx, resident.residentId, id) ? ctx.state.residents.get(id) : undefined
  // household members, and relatives added under 亲情账号 who confirmed it on their own account
  if (!record) fail('forbidden', '只能为家庭成员或已添加的亲属代办', { fieldErrors: { onBehalfOf: '只能为家庭成员或已添加的亲属代办' } })
  return record
}

function householdDogs(ctx: Ctx, r: ResidentRecord) {
  return [...ctx.state.residents.values()].filter((x) => x.householdId === r.householdId).flatMap((x) => x.dogs)
}

export function materialsOf(ctx: Ctx, ownerId: string, raw: unknown): Record<string, FileRef[]> {
  if (raw === undefined || raw === null) return {}
  if (typeof raw !== 'object' || Array.isArray(raw)) fail('validation', '材料格式不正确')
  const out: Record<string, FileRef[]> = {}
  for (const [slot, ids] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(ids)) fail('validation', '材料格式不正确', { fieldErrors: { [`materials.${slot}`]: '材料格式不正确' } })
    out[slot] = ids.map((id) => {
      const f = ctx.state.files.get(String(id))
      if (!f || f.ownerId !== ownerId) fail('validation', '有材料没有上传成功，请重新上传', { fieldErrors: { [`materials.${slot}`]: '请重新上传' } })
      const { ownerId: _o, ...ref } = f
      return ref
    })
  }
  return out
}
