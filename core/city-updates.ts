/**
 * What the city's own system (Open311 GeoReport v2) says about a complaint we forwarded to it:
 * one public `city-update` line in the case's timeline per change of the city's status or
 * notes. Our status stays ours — the city closing its request does not close the resident's
 * complaint; staff read the line and act (办结, 转派…). The text comes from outside: control
 * characters are removed and it is clipped, so it is shown as the plain text it is.
 */
import { applyAction } from '@/domain/cases/state-machine'
import type { Ctx } from './context'
import type { CaseRecord } from './storage'
import { cleanText } from './validate'

export const CITY_ACTOR = { id: 'system-city-platform', role: 'admin' as const, name: '市级平台' }

export interface CityUpdate {
  caseId: string
  /** the city's service_request_id */
  serviceRequestId: string
  /** Open311 status: open | closed (anything else is shown as given) */
  status: string
  notes: string | null
}

const STATUS_WORDS: Record<string, string> = { open: '处理中', closed: '已办结' }
const MAX_NOTES = 300

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const plain = (s: string) => cleanText(s.replace(/[\u0000-\u001f\u007f]+/g, ' ')).slice(0, MAX_NOTES)

export function cityUpdateNote(u: Pick<CityUpdate, 'serviceRequestId' | 'status' | 'notes'>): string {
  const status = STATUS_WORDS[u.status.toLowerCase()] ?? (plain(u.status) || '状态更新')
  const notes = u.notes ? plain(u.notes) : ''
  return `工单 ${plain(u.serviceRequestId)}：${status}${notes ? `（${notes}）` : ''}`
}

/** Appends the line; false when the case is gone or not a complaint (nothing written). */
export function recordCityUpdate(ctx: Ctx, u: CityUpdate): boolean {
  const c = ctx.state.cases.get(u.caseId)
  if (!c || c.kind !== 'complaint') return false
  const result = applyAction(
    c,
    'city-update',
    { note: cityUpdateNote(u), ...(c.departmentRef ? {} : { departmentRef: plain(u.serviceRequestId) }) },
    { actor: CITY_ACTOR, at: ctx.nowIso() },
  )
  if (!result.ok) return false
  ctx.state.cases.set(c.id, result.state as CaseRecord)
  ctx.audit(CITY_ACTOR.id, 'system', 'city-update', c.id, u.status)
  return true
}
