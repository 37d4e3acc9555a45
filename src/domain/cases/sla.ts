/**
 * Service-level deadlines in working days. Due dates and SLA states are computed from the
 * case's timestamps every time they are shown, never stored: a holiday-schedule correction
 * or a resumed 补正 then moves every due date at once.
 *
 * Counting rule (as in 受理之日起N个工作日): the day of receipt is not counted; the due date is
 * the N-th working day after it. Limit 0 (即办) is due the same day if that is a working day,
 * else the next working day. Days are China-time calendar days (see chinaDateOf).
 */
import { addWorkingDays, isWorkingDay, scheduleStatus, workingDaysBetween } from '@/domain/calendar/working-days'
import { chinaDateOf } from '@/domain/time/china-time'

export interface DueDate {
  /** YYYY-MM-DD, China time. */
  dueDate: string
  /** The holiday schedule for that year is not published yet: show as 预计. */
  provisional: boolean
}

export type SlaState = 'overdue' | 'due-today' | 'due-soon' | 'on-track'

/** Colour is never the only signal: each state has words. */
export const SLA_STATE_LABELS: Record<SlaState, string> = {
  overdue: '已超期',
  'due-today': '今日到期',
  'due-soon': '即将到期',
  'on-track': '按期办理中',
}

function assertLimit(limitDays: number): void {
  if (!Number.isInteger(limitDays) || limitDays < 0) {
    throw new RangeError(`时限必须是非负整数个工作日：${limitDays}`)
  }
}

/** Due date for a time limit of `limitDays` working days from `startAt` (ISO datetime or date). */
export function computeDueDate(startAt: string, limitDays: number): DueDate {
  assertLimit(limitDays)
  const start = chinaDateOf(startAt)
  let dueDate: string
  if (limitDays === 0) dueDate = isWorkingDay(start) ? start : addWorkingDays(start, 1)
  else dueDate = addWorkingDays(start, limitDays)
  // Every day up to the due date is earlier than it, so the due date's year decides.
  return { dueDate, provisional: scheduleStatus(dueDate) === 'provisional' }
}

/**
 * Where a case stands against its due date on `today` (ISO datetime or date).
 * due-soon = due on the next working day (a Friday with a Monday deadline is due-soon).
 */
export function slaState(dueDate: string, today: string): SlaState {
  const day = chinaDateOf(today)
  const due = chinaDateOf(dueDate)
  if (day > due) return 'overdue'
  if (day === due) return 'due-today'
  return workingDaysBetween(day, due) <= 1 ? 'due-soon' : 'on-track'
}

/** Finished on or before the due date (China-time date of closedAt). */
export function isOnTime(dueDate: string, closedAt: string): boolean {
  return chinaDateOf(closedAt) <= chinaDateOf(dueDate)
}

interface PauseEntry {
  at: string
  from: string | null
  to: string
}

/** Status during which the clock stops: the resident holds the case for 补正. */
export const CLOCK_PAUSED_STATUS = 'needs-supplement'

/**
 * Working days the clock stood still while the case waited for the resident's 补正:
 * for each stay in needs-supplement, the working days in (entered, left]; a stay still going on
 * counts up to `today`.
 */
export function pausedWorkingDays(history: readonly PauseEntry[], today: string): number {
  let total = 0
  let pausedSince: string | null = null
  for (const e of history) {
    if (e.to === e.from) continue
    if (e.to === CLOCK_PAUSED_STATUS && pausedSince === null) pausedSince = chinaDateOf(e.at)
    else if (e.from === CLOCK_PAUSED_STATUS && pausedSince !== null) {
      total += Math.max(0, workingDaysBetween(pausedSince, chinaDateOf(e.at)))
      pausedSince = null
    }
  }
  if (pausedSince !== null) total += Math.max(0, workingDaysBetween(pausedSince, chinaDateOf(today)))
  return total
}

export interface CaseDueDate extends DueDate {
  /** The clock is stopped right now (waiting for 补正); show 计时暂停 instead of a countdown. */
  paused: boolean
  pausedDays: number
}

/**
 * A case's due date with 补正 pauses added: the plain due date pushed back by the working days
 * spent waiting for the resident. While still paused the date keeps moving day by day.
 */
export function caseDueDate(
  c: { status: string; history: readonly PauseEntry[] },
  startAt: string,
  limitDays: number,
  today: string,
): CaseDueDate {
  const base = computeDueDate(startAt, limitDays)
  const pausedDays = pausedWorkingDays(c.history, today)
  const dueDate = pausedDays > 0 ? addWorkingDays(base.dueDate, pausedDays) : base.dueDate
  return {
    dueDate,
    provisional: scheduleStatus(dueDate) === 'provisional',
    paused: c.status === CLOCK_PAUSED_STATUS,
    pausedDays,
  }
}
