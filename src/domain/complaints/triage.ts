/**
 * 红黄蓝 triage (红黄蓝交办单) as data. Limits are working days after the day of triage
 * (config values; local practice may tighten them). Colour is never the only signal: every
 * level carries a text label, and the UI shows it next to the colour.
 */
import { computeDueDate } from '@/domain/cases/sla'

export const TRIAGE_LEVELS = [
  {
    id: 'blue',
    colour: '蓝',
    label: '蓝·即办',
    description: '简单问题，当场解决，当日办结',
    // 0 = 即办: the same working day.
    replyDays: 0,
    resolveDays: 0,
  },
  {
    id: 'yellow',
    colour: '黄',
    label: '黄·3个工作日',
    description: '一般问题，3个工作日内答复办理',
    replyDays: 3,
    resolveDays: 3,
  },
  {
    id: 'red',
    colour: '红',
    label: '红·复杂',
    description: '复杂或涉及多个部门，5个工作日内答复，10个工作日内办结',
    replyDays: 5,
    resolveDays: 10,
  },
] as const satisfies ReadonlyArray<{
  id: string
  colour: string
  label: string
  description: string
  replyDays: number
  resolveDays: number
}>

export type TriageLevelId = (typeof TRIAGE_LEVELS)[number]['id']
export type TriageLevel = (typeof TRIAGE_LEVELS)[number]

export function triageLevel(id: string): TriageLevel | undefined {
  return TRIAGE_LEVELS.find((l) => l.id === id)
}

export function isTriageLevelId(id: unknown): id is TriageLevelId {
  return typeof id === 'string' && triageLevel(id) !== undefined
}

export interface ComplaintDueDates {
  /** First substantive answer to the resident. */
  replyBy: string
  /** Problem fixed (or explained) and the case 办结. */
  resolveBy: string
  /** Either date falls in a year whose holiday schedule is not official yet: show 预计. */
  provisional: boolean
}

export function complaintDueDates(triagedAt: string, level: TriageLevelId): ComplaintDueDates {
  const def = triageLevel(level)
  if (!def) throw new RangeError(`unknown triage level ${level}`)
  const reply = computeDueDate(triagedAt, def.replyDays)
  const resolve = computeDueDate(triagedAt, def.resolveDays)
  return {
    replyBy: reply.dueDate,
    resolveBy: resolve.dueDate,
    provisional: reply.provisional || resolve.provisional,
  }
}
