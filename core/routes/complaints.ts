/** 微诉求 / 随手拍: file (idempotent), duplicates nearby, me-too, confirm / reopen, public board. */
import { createCase } from '@/domain/cases/state-machine'
import { complaintCategory } from '@/domain/complaints/categories'
import { findDuplicateCandidates, validateComplaintDraft } from '@/domain/complaints/validation'
import type { Ctx } from '../context'
import { bodyOf, fail, Reply, str, type Router } from '../http'
import type { CaseRecord } from '../storage'
import { nextId } from '../storage'
import { caseDetail } from '../views'
import { actorOf, materialsOf, num } from './applications'
import { act, pageOf, residentCase } from './cases-common'
import { complaintRecord, forOtherResident, publicComplaintSummary } from '../complaint-record'

export function registerComplaints(r: Router, ctx: Ctx): void {
  const openComplaints = () =>
    [...ctx.state.cases.values()]
      .filter((c): c is CaseRecord & { categoryId: string } => c.kind === 'complaint' && Boolean(c.categoryId))
      .map((c) => ({ ...c, categoryId: c.categoryId, location: c.complaint?.location ?? null }))

  r.on('POST', '/v1/complaints', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const b = bodyOf(req)
    const photos = materialsOf(ctx, resident.residentId, { photos: Array.isArray(b.photos) ? b.photos : [] }).photos ?? []
    const extra = (typeof b.extra === 'object' && b.extra ? b.extra : {}) as Record<string, string>
    const location = parseLocation(b.location)
    const check = validateComplaintDraft({
      categoryId: str(b.categoryId),
      description: typeof b.description === 'string' ? b.description : '',
      photos: photos.map((p) => ({ path: p.name, mimeType: p.mime, size: p.size })),
      location,
      matterId: extra.matterId ?? null,
      stuckAt: extra.stuckAt ?? null,
      anonymous: b.anonymous === true,
    })
    if (!check.valid) fail('validation', Object.values(check.errors)[0] ?? '填写的信息有误', { fieldErrors: check.errors as Record<string, string> })
    const category = complaintCategory(str(b.categoryId))!

    const id = nextId(ctx.state, 'case')
    const created = createCase({ id, kind: 'complaint' }, { actor: actorOf(resident), at: ctx.nowIso() })
    if (!created.ok) fail('forbidden', created.message)
    const record = complaintRecord(ctx, created.state, resident, category, {
      description: String(b.description).trim(),
      photos,
      location: location ? { lat: location.lat, lng: location.lng, address: location.address ?? '' } : null,
      anonymous: b.anonymous === true,
      public: b.public !== false,
      supporterIds: [],
      extra,
    })
    ctx.state.cases.set(id, record)
    ctx.audit(resident.residentId, 'resident', 'submit', id, category.name)
    return caseDetail(ctx, record, { kind: 'resident', userId: resident.residentId })
  })

  r.on('GET', '/v1/complaints/duplicates', (req) => {
    ctx.resident(req)
    const lat = Number(req.query.lat)
    const lng = Number(req.query.lng)
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) fail('validation', '位置不正确')
    const found = findDuplicateCandidates({ categoryId: str(req.query.categoryId), location: { lat, lng } }, openComplaints(), { today: ctx.nowIso() })
    return found
      .map((f) => ({ c: ctx.state.cases.get(f.report.id)!, d: f.distanceMeters }))
      .filter(({ c }) => c.complaint?.public)
      .map(({ c, d }) => publicComplaintSummary(ctx, c, d))
  })

  r.on('POST', '/v1/complaints/:id/support', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const c = ctx.state.cases.get(req.params.id)
    if (!c || c.kind !== 'complaint' || !c.complaint || !c.complaint.public) fail('not-found', '没有找到这条诉求')
    if (c.applicantId !== resident.residentId && !c.complaint.supporterIds.includes(resident.residentId)) {
      const next = { ...c, complaint: { ...c.complaint, supporterIds: [...c.complaint.supporterIds, resident.residentId] } }
      ctx.state.cases.set(c.id, next)
      ctx.audit(resident.residentId, 'resident', 'support', c.id, 'me-too')
      return supporterView(next, resident.residentId)
    }
    return supporterView(c, resident.residentId)
  })

  for (const [path, action] of [
    ['reopen', 'reopen'],
    ['confirm', 'confirm'],
  ] as const) {
    r.on('POST', `/v1/complaints/:id/${path}`, (req) => {
      const { resident } = ctx.verifiedResident(req)
      const c = residentCase(ctx, resident.residentId, req.params.id)
      if (c.applicantId !== resident.residentId) fail('forbidden', '只有反映人可以确认或重新打开')
      const b = bodyOf(req)
      const next = act(ctx, c, action, { reason: str(b.reason) }, actorOf(resident), num(b.version))
      return caseDetail(ctx, next, { kind: 'resident', userId: resident.residentId })
    })
  }

  // paginated like every list: offset/limit (default 50, at most 200), total in `x-total-count`
  r.on('GET', '/v1/board', (req) => {
    const all = [...ctx.state.cases.values()]
      .filter((c) => c.kind === 'complaint' && c.complaint?.public)
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
    const { offset, limit } = pageOf(req.query)
    return new Reply(
      200,
      all.slice(offset, offset + limit).map((c) => publicComplaintSummary(ctx, c)),
      { 'x-total-count': String(all.length) },
    )
  })

  /** The reporter sees their own case; a supporter never sees who reported it (anonymous or not). */
  function supporterView(c: CaseRecord, residentId: string) {
    const detail = caseDetail(ctx, c, { kind: 'resident', userId: residentId })
    return c.applicantId === residentId ? detail : forOtherResident(ctx, c, detail)
  }
}

function parseLocation(v: unknown): { lat: number; lng: number; address?: string } | null {
  if (!v || typeof v !== 'object') return null
  const o = v as Record<string, unknown>
  if (typeof o.lat !== 'number' || typeof o.lng !== 'number') return null
  return { lat: o.lat, lng: o.lng, address: typeof o.address === 'string' ? o.address : '' }
}
