/** Bundle cases and the 一件事/帮办 facts on a case, as a given viewer may see them. */
import { statusDef } from '@/domain/cases/statuses'
import { bundleFees, deriveBundleStatus, findBundle, type BundlePartState } from '@/domain/bundles'
import { maskName } from '@/domain/identity/name'
import { findMatter } from '@/domain/matters/catalog'
import { departmentName } from '@/domain/org/departments'
import type { DepartmentId } from '@/domain/org/departments'
import type { FormValues } from '@/domain/matters/types'
import type { Ctx } from './context'
import type { BundleCaseRecord } from './one-thing-records'
import type { CaseRecord } from './storage'
import { nameOf, type Audience } from './views'

/** The latest reason a resident must act on: a rejection's reason, or the open 补正 request. */
function partReason(c: CaseRecord): string | undefined {
  if (c.status === 'needs-supplement') return c.supplement?.reason
  if (c.status !== 'rejected') return undefined
  const last = [...c.history].reverse().find((e) => e.to === 'rejected')
  return last?.reason
}

function partState(ctx: Ctx, caseId: string, audience: Audience) {
  const c = ctx.state.cases.get(caseId)
  if (!c) return null
  const def = statusDef('application', c.status)
  const state: BundlePartState & Record<string, unknown> = {
    caseId: c.id,
    caseNo: c.caseNo,
    matterId: c.matterId ?? '',
    matterName: c.title,
    status: c.status,
    statusLabel: (audience.kind === 'staff' ? def?.label : def?.residentLabel) ?? c.status,
    bucket: def?.bucket ?? 'open',
    departmentName: departmentName(c.departmentId as DepartmentId),
    version: c.version,
  }
  const reason = partReason(c)
  if (reason) state.reason = reason
  return state
}

export function bundleCaseView(ctx: Ctx, b: BundleCaseRecord, audience: Audience) {
  const bundle = findBundle(b.bundleId)
  const parts = b.partCaseIds.map((id) => partState(ctx, id, audience)).filter((p): p is NonNullable<typeof p> => p !== null)
  const derived = deriveBundleStatus(parts)
  const values: FormValues = Object.assign({}, ...b.partCaseIds.map((id) => (ctx.state.cases.get(id)?.values ?? {}) as FormValues))
  const fees = bundle ? bundleFees(bundle, values) : { lines: [], total: 0 }
  return {
    id: b.id,
    bundleId: b.bundleId,
    name: bundle?.name ?? b.bundleId,
    submittedAt: b.submittedAt,
    status: derived.status,
    statusLabel: derived.label,
    attention: derived.attention,
    applicantMasked: maskName(nameOf(ctx, b.applicantId)),
    parts,
    fees: fees.lines.length ? fees : null,
  }
}

export function matterNameOf(id: string): string {
  return findMatter(id)?.name ?? id
}
