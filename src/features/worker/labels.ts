/** Small display helpers shared by the worker screens. */
import { SLA_STATE_LABELS, slaState, type SlaState } from '@/domain/cases/sla'
import { triageLevel } from '@/domain/complaints/triage'
import { formatMonthDayTime } from '@/domain/time/china-time'
import type { StatusTone } from '@/ui'

export function slaOf(dueDate: string | null, today: string | undefined): SlaState | null {
  if (!dueDate || !today) return null
  return slaState(dueDate, today)
}

export const SLA_TONES: Record<SlaState, StatusTone> = {
  overdue: 'danger',
  'due-today': 'warning',
  'due-soon': 'warning',
  'on-track': 'success',
}

export function slaLabel(s: SlaState): string {
  return SLA_STATE_LABELS[s]
}

export function levelTag(level: string | null | undefined): { label: string; tone: StatusTone } | null {
  if (!level) return null
  const l = triageLevel(level)
  const tone: StatusTone = level === 'red' ? 'red' : level === 'yellow' ? 'yellow' : 'blue'
  return { label: l?.label ?? level, tone }
}

export function kindLabel(kind: string): string {
  return kind === 'application' ? '办件' : '诉求'
}

/** 2026-11-23T10:00:00+08:00 (or 02:00:00Z) → 11月23日 10:00 */
export const shortTime = formatMonthDayTime
