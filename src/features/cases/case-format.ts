/** Plain-words presentation of cases for residents: tones, 轮到您了, due dates, history, field labels, values. */
import type { CaseDetail, CaseSummary, HistoryEntry } from '@/api'
import { statusDef } from '@/domain/cases/statuses'
import { TRANSITIONS } from '@/domain/cases/transitions'
import { maskIdNumber } from '@/domain/identity/id-number'
import { maskName } from '@/domain/identity/name'
import { maskPhone } from '@/domain/identity/phone'
import { findMatter } from '@/domain/matters/catalog'
import { formOfMatter } from '@/domain/bundles'
import { ONE_THING_VALUE_LABELS } from '@/domain/benefits/case-values'
import { formatDateCn, formatDateTimeCn } from '@/domain/time/china-time'
import type { FieldDef, MaterialSlot } from '@/domain/matters/types'
import { ratingLevel } from '@/domain/rating/rating'
import type { StatusTone } from '@/ui'

export type BucketFilter = 'all' | 'open' | 'done' | 'closed'

export const BUCKET_FILTERS: ReadonlyArray<{ id: BucketFilter; label: string }> = [
  { id: 'all', label: '全部' },
  { id: 'open', label: '办理中' },
  { id: 'done', label: '已办结' },
  { id: 'closed', label: '未通过' },
]

/** The resident has to do something: 补正, or confirm a complaint that staff marked as solved. */
export function isResidentsTurn(c: Pick<CaseSummary, 'kind' | 'status'>): boolean {
  if (c.status === 'needs-supplement' || (c.kind === 'complaint' && c.status === 'resolved')) return true
  return statusDef(c.kind, c.status)?.waitingOn === 'resident'
}

export function statusTone(c: Pick<CaseSummary, 'kind' | 'status' | 'bucket'>): StatusTone {
  if (isResidentsTurn(c)) return 'warning'
  if (c.bucket === 'done') return 'success'
  if (c.bucket === 'closed') return c.status === 'rejected' || c.status === 'closed-unresolved' ? 'danger' : 'neutral'
  return 'info'
}

/** 预计 2026年12月1日前办结 (provisional: next year's holidays are not published yet). */
export function dueLabel(c: Pick<CaseSummary, 'bucket' | 'dueDate' | 'dueProvisional'>): string | null {
  if (c.bucket !== 'open' || !c.dueDate) return null
  return `${c.dueProvisional ? '预计' : ''}${formatDateCn(c.dueDate)}前办结`
}

/** a timestamp's China date: 2026-11-23T10:05:00+08:00 → 2026年11月23日 */
export const shortDate = formatDateCn

/** a timestamp on the China calendar and clock: 2026-11-23T02:05:00Z → 2026年11月23日 10:05 */
export const dateTime = formatDateTimeCn

const ACTION_WORDS: Record<string, string> = {
  submit: '提交了申请',
  accept: '受理了申请',
  'accept-with-missing': '容缺受理，请按约定补交材料',
  'request-supplement': '请您补充材料',
  'resubmit-supplement': '提交了补正材料',
  'supply-missing-material': '补齐了容缺材料',
  forward: '转相关部门审核',
  approve: '审核通过',
  reject: '没有通过',
  withdraw: '撤回了申请',
  rate: '作出了评价',
}

export function historyText(e: HistoryEntry): string {
  return ACTION_WORDS[e.action] ?? TRANSITIONS.find((t) => t.action === e.action)?.label ?? e.action
}

/** who did it: staff arrive as surname + 工号 from the server; residents are masked here too. */
export function historyActor(e: HistoryEntry): string {
  if (e.actor.role === 'resident') return maskName(e.actor.name)
  if (e.actor.role === 'system') return e.actor.name || '系统'
  return `工作人员 ${e.actor.name}`
}

export function fieldsOf(matterId: string | undefined): { fields: FieldDef[]; materials: MaterialSlot[] } {
  const form = formOfMatter(matterId, matterId ? findMatter(matterId)?.form : undefined)
  return { fields: form?.fields ?? [], materials: form?.materials ?? [] }
}

/** Label of a form field or material slot, for 补正 items and the summary. */
export function itemLabel(matterId: string | undefined, key: string): string {
  const { fields, materials } = fieldsOf(matterId)
  return fields.find((f) => f.key === key)?.label ?? materials.find((m) => m.key === key)?.label ?? key
}

function maskPii(s: string): string {
  if (/^\d{17}[\dXx]$/.test(s)) return maskIdNumber(s)
  if (/^1[3-9]\d{9}$/.test(s)) return maskPhone(s)
  return s
}

export function formatValue(field: FieldDef | undefined, v: unknown): string {
  if (v === null || v === undefined || v === '') return '未填写'
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (typeof v === 'number') return `${v}${field?.unit ?? ''}`
  if (typeof v === 'string') {
    const option = field?.options?.find((o) => o.value === v)
    if (option) return option.label
    if (field?.type === 'date') return formatDateCn(v)
    return maskPii(v) + (field?.unit ?? '')
  }
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string')) return v.length ? `${v.length} 项` : '无'
    return `${v.length} 项`
  }
  if (typeof v === 'object') {
    const a = v as Record<string, unknown>
    const parts = [a.region, a.community, a.detail].filter((x) => typeof x === 'string' && x)
    if (parts.length) return parts.join('')
  }
  return '已填写'
}

/** The submitted values in form order, labelled and masked. */
export function valueSummary(
  c: Pick<CaseDetail, 'matterId' | 'values'>,
): Array<{ key: string; label: string; value: string }> {
  const { fields } = fieldsOf(c.matterId)
  const known = fields.filter((f) => f.key in c.values)
  // 免申即享 and 上门服务 cases carry a few values of their own (no form)
  const extra = Object.keys(ONE_THING_VALUE_LABELS).filter((k) => k in c.values && !fields.some((f) => f.key === k))
  return [
    ...known.map((f) => ({ key: f.key, label: f.label, value: formatValue(f, c.values[f.key]) })),
    ...extra.map((k) => ({ key: k, label: ONE_THING_VALUE_LABELS[k], value: formatValue(undefined, c.values[k]) })),
  ]
}

export function ratingLabel(level: string): string {
  return ratingLevel(level)?.label ?? level
}
