/** Case records → what a given viewer may see. Masking happens here, on the server. */
import { visibleHistory } from '@/domain/cases/state-machine'
import { caseDueDate } from '@/domain/cases/sla'
import { allowedActions } from '@/domain/cases/state-machine'
import { statusDef } from '@/domain/cases/statuses'
import { maskIdNumber } from '@/domain/identity/id-number'
import { maskName } from '@/domain/identity/name'
import { maskPhone } from '@/domain/identity/phone'
import { findMatter } from '@/domain/matters/catalog'
import type { Role } from '@/domain/org/departments'
import type { CaseDetail, CaseSummary, HistoryEntry } from '@/api/contract/types'
import type { Ctx } from './context'
import { normaliseIdNumber, normalisePhone } from './normalise'
import type { CaseRecord } from './storage'
import { bundleFieldsOf, oneThingFacts } from './one-thing-facts'

export type Audience = { kind: 'resident'; userId: string } | { kind: 'staff'; role: Role } | { kind: 'public' }

export function nameOf(ctx: Ctx, residentId: string): string {
  return ctx.state.residents.get(residentId)?.name ?? '未知'
}

export function caseSummary(ctx: Ctx, c: CaseRecord, audience: Audience): CaseSummary {
  const def = statusDef(c.kind, c.status)
  const due = dueOf(ctx, c)
  const anonymousToPublic = audience.kind === 'public' && c.complaint?.anonymous
  return {
    id: c.id,
    caseNo: c.caseNo,
    kind: c.kind,
    title: c.title,
    status: c.status,
    statusLabel: audience.kind === 'staff' ? def?.label ?? c.status : def?.residentLabel ?? c.status,
    bucket: def?.bucket ?? 'open',
    submittedAt: c.submittedAt,
    dueDate: due?.dueDate ?? null,
    dueProvisional: due?.provisional ?? false,
    applicantMasked: anonymousToPublic ? '匿名居民' : maskName(nameOf(ctx, c.applicantId)),
    level: c.level ?? null,
    version: c.version,
    // 一件事: the resident's list shows a bundle once, with its parts underneath
    ...(c.bundleCaseId ? { bundleCaseId: c.bundleCaseId } : {}),
  }
}

export function dueOf(ctx: Ctx, c: CaseRecord): { dueDate: string; provisional: boolean } | null {
  if (c.kind === 'complaint' && !c.level) return null
  try {
    return caseDueDate(c, c.kind === 'complaint' ? c.triagedAt ?? c.submittedAt : c.submittedAt, c.limitDays, ctx.today())
  } catch {
    // beyond the provisional calendar year: no due date rather than a guess
    return null
  }
}

const PII_KEYS = /idNumber|id_number|idCard|phone|mobile|tel|身份证|手机|电话/i

/**
 * A personal value leaves the server masked whatever its spelling: it is normalised first
 * (spaces, dashes, +86, lower-case x) and masked by its type; a value that still matches no
 * pattern is masked as a whole rather than shown.
 */
export function maskPersonal(kind: 'phone' | 'id-number', v: string): string {
  if (kind === 'phone') {
    const n = normalisePhone(v)
    return /^1\d{10}$/.test(n) ? maskPhone(n) : maskOpaque(n)
  }
  const n = normaliseIdNumber(v)
  return /^\d{17}[\dX]$/.test(n) || /^\d{15}$/.test(n) ? maskIdNumber(n) : maskOpaque(n)
}

function maskOpaque(v: string): string {
  const chars = [...v.replace(/\s+/g, '')]
  if (chars.length <= 2) return '*'.repeat(chars.length)
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}

function maskValue(key: string, v: unknown, type?: string): unknown {
  if (typeof v === 'string') {
    if (type === 'phone' || type === 'id-number') return maskPersonal(type, v)
    if (PII_KEYS.test(key)) return maskPersonal(/phone|mobile|tel|手机|电话/i.test(key) ? 'phone' : 'id-number', v)
    return v
  }
  // nested values (lists of relatives, grouped fields): every personal key inside is masked too
  if (Array.isArray(v)) return v.map((x) => maskValue(key, x, type))
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, maskValue(k, x)]))
  }
  return v
}

export function caseDetail(ctx: Ctx, c: CaseRecord, audience: Audience): CaseDetail {
  const staff = audience.kind === 'staff'
  const role: Role = staff ? audience.role : 'resident'
  const history = visibleHistory(c.history, staff ? 'staff' : 'resident').map((e) => ({
    ...e,
    actor: { id: e.actor.id, role: isSystemActor(e.actor.id) ? 'system' : e.actor.role, name: actorName(ctx, e.actor, staff) },
  })) as unknown as HistoryEntry[]
  const cert = c.certificateCode ? ctx.state.certificates.get(c.certificateCode) ?? null : null
  return {
    ...caseSummary(ctx, c, audience),
    matterId: c.matterId,
    categoryId: c.categoryId,
    values: maskValues(c),
    materials: c.materials,
    history,
    allowedActions: audience.kind === 'public' ? [] : allowedActions(c, role, ctx.nowIso()).map((t) => t.action),
    supplement: c.supplement ? { items: c.supplement.items, reason: c.supplement.reason } : null,
    certificate: cert ? { code: cert.code, kind: cert.kind, serialNo: cert.serialNo, title: cert.title, issuedAt: cert.issuedAt, validUntil: cert.validUntil, holderMasked: cert.holderMasked, facts: cert.facts } : null,
    rating: c.rating ? { level: c.rating.level, reason: c.rating.reason, at: c.rating.at } : null,
    proxy: c.proxyId ? { residentId: c.proxyId, nameMasked: maskName(nameOf(ctx, c.proxyId)) } : null,
    applicant: { residentId: c.applicantId, nameMasked: maskName(nameOf(ctx, c.applicantId)) },
    // 一件事 (the bundle this case is a part of) and 帮办 (who prepared it, how it was authorised)
    ...oneThingFacts(ctx, c, audience),
    complaint: c.complaint
      ? {
          description: c.complaint.description,
          photos: c.complaint.photos,
          location: c.complaint.location,
          anonymous: c.complaint.anonymous,
          public: c.complaint.public,
          supporters: c.complaint.supporterIds.length,
          duplicates: c.complaint.duplicates,
        }
      : null,
  }
}

/**
 * Residents see staff as surname + 工号; a resident is masked in every timeline (their own
 * included, matching 反映人/申请人 on the same screen; a full name is revealed to staff only
 * through the logged reveal endpoint).
 */
function actorName(ctx: Ctx, actor: { id: string; role: string; name: string }, staffAudience: boolean): string {
  if (actor.role === 'resident') return maskName(actor.name)
  // the backend's own actors (benefit rules, the city's platform) are named, not a staff member
  if (isSystemActor(actor.id)) return actor.name
  return staffAudience ? actor.name : staffLabel(ctx, actor.id)
}

/** ID numbers, phones and person names in submitted values leave the server masked. */
function maskValues(c: CaseRecord): Record<string, unknown> {
  const fields = [...(c.matterId ? (findMatter(c.matterId)?.form?.fields ?? []) : []), ...bundleFieldsOf(c)]
  const nameKeys = new Set(fields.filter((f) => f.type === 'name' || f.autofill?.from === 'name').map((f) => f.key))
  const types = new Map(fields.map((f) => [f.key, f.type as string]))
  return Object.fromEntries(
    Object.entries(c.values).map(([k, v]) => [k, nameKeys.has(k) && typeof v === 'string' ? maskName(v) : maskValue(k, v, types.get(k))]),
  )
}

/** actors the backend acts as (ids `system-…`), e.g. the benefit rules and the city's platform */
export const isSystemActor = (id: string) => id.startsWith('system-')

export function staffLabel(ctx: Ctx, workerId: string): string {
  const w = ctx.state.workers.get(workerId)
  return w ? `${w.name.slice(0, 1)}（工号 ${w.staffNo}）` : '工作人员'
}
