/** The 一件事 and 帮办 facts on a case detail (views.ts adds them), as a given viewer may see them. */
import { statusDef } from '@/domain/cases/statuses'
import { BUNDLES, findBundle } from '@/domain/bundles'
import type { FieldDef } from '@/domain/matters/types'
import type { Ctx } from './context'
import type { CaseRecord } from './storage'

type Viewer = { kind: 'resident'; userId: string } | { kind: 'staff' } | { kind: 'public' }

/** Residents see staff as surname + 工号 (as in case timelines). */
function workerLabel(ctx: Ctx, id: string, staff: boolean): string {
  const w = ctx.state.workers.get(id)
  if (!w) return '工作人员'
  return staff ? w.name : `${w.name.slice(0, 1)}（工号 ${w.staffNo}）`
}

/** What a case says about the bundle it belongs to and its 帮办 (null when neither). */
export function oneThingFacts(ctx: Ctx, c: CaseRecord, audience: Viewer) {
  const b = c.bundleCaseId ? ctx.state.bundleCases.get(c.bundleCaseId) : undefined
  const staff = audience.kind === 'staff'
  const bundle = b
    ? {
        id: b.id,
        name: findBundle(b.bundleId)?.name ?? b.bundleId,
        parts: b.partCaseIds
          .filter((id) => id !== c.id)
          .map((id) => ctx.state.cases.get(id))
          .filter((x): x is CaseRecord => Boolean(x))
          .map((x) => ({ caseId: x.id, caseNo: x.caseNo, matterName: x.title, statusLabel: statusDef('application', x.status)?.[staff ? 'label' : 'residentLabel'] ?? x.status })),
      }
    : null
  const a = c.assist
  const assist = a
    ? {
        helper: workerLabel(ctx, a.helperId, staff),
        authorisation: a.authorisation,
        authorisationLabel: a.authorisation === 'phone' ? '居民本人在手机上同意' : '居民现场签字授权，经第二名工作人员复核',
        authorisedAt: a.authorisedAt,
        reviewer: a.reviewedBy ? workerLabel(ctx, a.reviewedBy, staff) : null,
        place: a.place,
      }
    : null
  return { bundle, assist }
}


/** A bundle part's fields are the bundle form's: masking reads their types (names, ID numbers, phones). */
export function bundleFieldsOf(c: Pick<CaseRecord, 'bundleCaseId' | 'matterId'>): FieldDef[] {
  if (!c.bundleCaseId || !c.matterId) return []
  return BUNDLES.filter((b) => b.parts.some((p) => p.matterId === c.matterId)).flatMap((b) => b.form.fields)
}
