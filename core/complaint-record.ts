/** One way to turn a created complaint case into the stored record (routes and seed data share it). */
import type { CaseCore } from '@/domain/cases/state-machine'
import type { ComplaintCategory } from '@/domain/complaints/categories'
import { roughArea } from '@/domain/complaints/community-area'
import { maskName } from '@/domain/identity/name'
import type { CaseDetail, CaseSummary } from '@/api/contract/types'
import type { Ctx } from './context'
import { nextCaseNo } from './routes/cases-common'
import type { CaseRecord, ComplaintFacts, ResidentRecord } from './storage'
import { caseSummary, nameOf } from './views'

export function complaintRecord(
  ctx: Ctx,
  core: CaseCore,
  resident: ResidentRecord,
  category: ComplaintCategory,
  facts: Omit<ComplaintFacts, 'duplicates'> & { duplicates?: string[] },
): CaseRecord {
  return {
    ...core,
    caseNo: nextCaseNo(ctx, 'complaint'),
    categoryId: category.id,
    title: category.name,
    applicantId: resident.residentId,
    proxyId: null,
    // 办不成事's matter and stuck-at, a typed address: what the worker needs beside the text
    values: { ...facts.extra },
    materials: {},
    // until triage sets 红黄蓝, a complaint is answered within 3 working days (黄)
    limitDays: 3,
    gridId: resident.gridId,
    departmentId: category.defaultDepartment,
    assigneeId: null,
    certificateCode: null,
    complaint: { duplicates: [], ...facts },
  }
}

/**
 * A complaint on a public list (社区动态, duplicate suggestions): the summary as the public sees
 * it (an anonymous reporter is 匿名居民) plus the street-level place, supporters and photos.
 */
export function publicComplaintSummary(ctx: Ctx, c: CaseRecord, distanceMeters?: number): CaseSummary {
  const facts = c.complaint
  const photo = facts?.photos[0]?.url ?? null
  return {
    ...caseSummary(ctx, c, { kind: 'public' }),
    board: {
      categoryId: c.categoryId ?? 'other',
      area: roughArea(facts?.location?.address),
      supporters: facts?.supporterIds.length ?? 0,
      photoCount: facts?.photos.length ?? 0,
      photoUrl: photo && /^https?:\/\//.test(photo) ? photo : null,
      // its thumbnail is public (GET /v1/files/{id}?variant=thumb): the report is on the board
      photoFileId: facts?.photos[0]?.fileId ?? null,
      ...(distanceMeters === undefined ? {} : { distanceMeters: Math.round(distanceMeters) }),
    },
  }
}

/**
 * A complaint as a resident who is NOT its reporter sees it (a supporter after 我也遇到): no
 * resident ids, and the reporter's name masked — or 匿名居民 when they asked to stay anonymous —
 * in the applicant field and in every history entry written by a resident — and the place only
 * approximately (about 100 m), with no typed values.
 */
export function forOtherResident(ctx: Ctx, c: CaseRecord, detail: CaseDetail): CaseDetail {
  const anonymous = c.complaint?.anonymous ?? false
  const shown = (residentId: string) => (anonymous && residentId === c.applicantId ? '匿名居民' : maskName(nameOf(ctx, residentId)))
  return {
    ...detail,
    applicantMasked: shown(c.applicantId),
    applicant: { residentId: '', nameMasked: shown(c.applicantId) },
    proxy: null,
    allowedActions: [],
    // the place as the board shows it: about 100 m, never the reporter's exact coordinates or door
    complaint: detail.complaint ? { ...detail.complaint, location: approximateLocation(c.complaint?.location ?? null) } : null,
    values: {},
    history: detail.history.map((e) =>
      e.actor.role === 'resident' ? { ...e, actor: { id: '', role: e.actor.role, name: shown(e.actor.id) } } : e,
    ),
  }
}

/** Coordinates rounded to 0.001° (about 100 m) and the street-level area instead of the typed address. */
export function approximateLocation(loc: { lat: number; lng: number; address: string } | null): { lat: number; lng: number; address: string } | null {
  if (!loc) return null
  const round = (x: number) => Math.round(x * 1000) / 1000
  return { lat: round(loc.lat), lng: round(loc.lng), address: roughArea(loc.address) }
}
