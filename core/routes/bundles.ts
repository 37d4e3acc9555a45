/**
 * 一件事一次办 (docs/one-thing.md): the bundle catalog, one application fanned out into one
 * case per part (each routed to its own department), the resident's bundle cases, and filing
 * one rejected part again. A bundle case's status is derived from its parts, never stored.
 */
import { BUNDLES, chosenParts, findBundle, partMaterials, partValues, type BundleDef } from '@/domain/bundles'
import { findMatter, getMatter } from '@/domain/matters/catalog'
import { autofillValues } from '@/domain/matters/engine'
import { checkSubmission } from '@/domain/matters/rules'
import type { FormValues, MaterialUploads } from '@/domain/matters/types'
import { departmentName } from '@/domain/org/departments'
import type { FileRef } from '@/api/contract/types'
import type { Ctx } from '../context'
import { bodyOf, fail, type Router } from '../http'
import { normaliseValues } from '../normalise'
import type { BundleCaseRecord } from '../one-thing-records'
import { bundleCaseView } from '../one-thing-views'
import type { ResidentRecord } from '../storage'
import { nextId } from '../storage'
import { materialsOf } from './applications'
import { actorOfResident, applicantOf, fileApplication } from './one-thing-common'

const uploadsOf = (materials: Record<string, FileRef[]>): MaterialUploads =>
  Object.fromEntries(Object.entries(materials).map(([k, files]) => [k, files.map((f) => ({ id: f.fileId, kind: f.mime === 'application/pdf' ? ('pdf' as const) : ('photo' as const) }))]))

const prefixed = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [`materials.${k}`, v]))

/** The bundle form checked by the same engine as every matter form; government facts from the record. */
function checkedValues(ctx: Ctx, bundle: BundleDef, applicant: ResidentRecord, raw: FormValues, materials: Record<string, FileRef[]>): FormValues {
  const fromRecord = autofillValues(bundle.form, applicant)
  const locked = Object.fromEntries(Object.entries(fromRecord.values).filter(([k]) => fromRecord.sources[k]?.locked))
  const values = normaliseValues(bundle.form, { ...raw, ...locked }, ctx.today())
  const householdDogs = [...ctx.state.residents.values()].filter((x) => x.householdId === applicant.householdId).flatMap((x) => x.dogs)
  const check = checkSubmission(bundle.form, values, uploadsOf(materials), { today: ctx.today(), profile: applicant, householdDogs, keyZone: ctx.config.keyZone })
  if (!check.ok) {
    const first = check.formErrors[0] ?? Object.values(check.fieldErrors)[0] ?? Object.values(check.materialErrors)[0]
    fail('validation', first ?? '填写的信息有误', {
      fieldErrors: { ...check.fieldErrors, ...prefixed(check.materialErrors) },
      details: { formErrors: check.formErrors, suggestedMatters: check.suggestedMatters },
    })
  }
  return values
}

function myBundleCase(ctx: Ctx, residentId: string, id: string): BundleCaseRecord {
  const b = ctx.state.bundleCases.get(id)
  if (!b || (b.applicantId !== residentId && b.proxyId !== residentId)) fail('not-found', '没有找到这件一件事办件')
  return b
}

export function registerBundles(r: Router, ctx: Ctx): void {
  r.on('GET', '/v1/bundles', () => BUNDLES.map((b) => ({ id: b.id, name: b.name, summary: b.summary, matterIds: b.parts.map((p) => p.matterId) })))

  r.on('GET', '/v1/bundles/:id', (req) => {
    const b = findBundle(req.params.id)
    if (!b) fail('not-found', '没有这个一件事')
    return {
      id: b.id,
      name: b.name,
      summary: b.summary,
      whoFor: b.whoFor,
      matterIds: b.parts.map((p) => p.matterId),
      parts: b.parts.map((p) => {
        const m = getMatter(p.matterId)
        return { matterId: p.matterId, matterName: m.name, departmentName: departmentName(m.guide.departmentId), timeLimitDays: m.guide.timeLimitDays, optional: Boolean(p.when) }
      }),
      form: b.form,
      fees: Boolean(b.fees),
    }
  })

  r.on('POST', '/v1/bundles/:id/applications', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const bundle = findBundle(req.params.id)
    if (!bundle) fail('not-found', '没有这个一件事')
    const b = bodyOf(req)
    const applicant = applicantOf(ctx, resident, b.onBehalfOf)
    const materials = materialsOf(ctx, resident.residentId, b.materials)
    const values = checkedValues(ctx, bundle, applicant, (b.values ?? {}) as FormValues, materials)

    const record: BundleCaseRecord = {
      id: nextId(ctx.state, 'bundle'),
      bundleId: bundle.id,
      applicantId: applicant.residentId,
      proxyId: applicant === resident ? null : resident.residentId,
      submittedAt: ctx.nowIso(),
      partCaseIds: [],
      replaced: [],
    }
    for (const part of chosenParts(bundle, values)) {
      const c = fileApplication(ctx, {
        matter: getMatter(part.matterId),
        applicant,
        proxyId: record.proxyId,
        actor: actorOfResident(resident),
        values: partValues(part, values),
        materials: partMaterials(part, materials),
        note: `${bundle.name}${applicant === resident ? '' : `，由${resident.name}代办`}`,
        extra: { bundleCaseId: record.id },
      })
      record.partCaseIds.push(c.id)
      ctx.audit(resident.residentId, 'resident', 'submit', c.id, `${bundle.name}：${c.title}`)
    }
    ctx.state.bundleCases.set(record.id, record)
    return bundleCaseView(ctx, record, { kind: 'resident', userId: resident.residentId })
  })

  r.on('GET', '/v1/bundle-cases', (req) => {
    const { resident } = ctx.verifiedResident(req)
    return [...ctx.state.bundleCases.values()]
      .filter((b) => b.applicantId === resident.residentId || b.proxyId === resident.residentId)
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
      .map((b) => bundleCaseView(ctx, b, { kind: 'resident', userId: resident.residentId }))
  })

  r.on('GET', '/v1/bundle-cases/:id', (req) => {
    const { resident } = ctx.verifiedResident(req)
    return bundleCaseView(ctx, myBundleCase(ctx, resident.residentId, req.params.id), { kind: 'resident', userId: resident.residentId })
  })

  // a rejected part, fixed: filed again as a new case of the same matter (the rejected one stays in its history)
  r.on('POST', '/v1/bundle-cases/:id/parts/:caseId/refile', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const record = myBundleCase(ctx, resident.residentId, req.params.id)
    const bundle = findBundle(record.bundleId)
    const old = ctx.state.cases.get(req.params.caseId)
    if (!bundle || !old || old.bundleCaseId !== record.id || !record.partCaseIds.includes(old.id)) fail('not-found', '这一项不在这件一件事里')
    if (old.status !== 'rejected') fail('conflict', '只有未通过的一项可以修改后重新提交')
    const part = bundle.parts.find((p) => p.matterId === old.matterId)
    const matter = findMatter(old.matterId ?? '')
    if (!part || !matter) fail('not-found', '这一项不在这件一件事里')
    const applicant = ctx.state.residents.get(record.applicantId)
    if (!applicant) fail('not-found', '没有找到申请人')
    const b = bodyOf(req)
    // the other parts' answers stand; only this part's fields and materials may change
    const before: FormValues = Object.assign({}, ...record.partCaseIds.map((id) => (ctx.state.cases.get(id)?.values ?? {}) as FormValues))
    const beforeMaterials: Record<string, FileRef[]> = Object.assign({}, ...record.partCaseIds.map((id) => ctx.state.cases.get(id)?.materials ?? {}))
    const raw = (b.values ?? {}) as FormValues
    const changed = Object.fromEntries(Object.entries(raw).filter(([k]) => part.fields.includes(k)))
    const newMaterials = Object.fromEntries(Object.entries(materialsOf(ctx, resident.residentId, b.materials)).filter(([k]) => part.materials.includes(k)))
    const materials = { ...beforeMaterials, ...newMaterials }
    const values = checkedValues(ctx, bundle, applicant, { ...before, ...changed }, materials)
    const c = fileApplication(ctx, {
      matter,
      applicant,
      proxyId: record.proxyId,
      actor: actorOfResident(resident),
      values: partValues(part, values),
      materials: partMaterials(part, materials),
      note: `${bundle.name}：修改后重新提交（原办件 ${old.caseNo}）`,
      extra: { bundleCaseId: record.id },
    })
    record.partCaseIds = record.partCaseIds.map((id) => (id === old.id ? c.id : id))
    record.replaced = [...record.replaced, { matterId: matter.id, caseId: old.id }]
    ctx.state.bundleCases.set(record.id, record)
    ctx.audit(resident.residentId, 'resident', 'submit', c.id, `${bundle.name}：${c.title}（重新提交）`)
    return bundleCaseView(ctx, record, { kind: 'resident', userId: resident.residentId })
  })
}
