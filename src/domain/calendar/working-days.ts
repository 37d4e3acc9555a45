/**
 * Working days (工作日) for deadlines: 即收即转即办, "3 个工作日内答复", 好差评整改时限…
 * All dates are `YYYY-MM-DD`; an invalid date, or a year without a known or provisional
 * schedule, throws an Error with a Chinese message.
 */
import { createCalendar } from './working-calendar'
import type { ScheduleStatus } from './working-calendar'

export { createCalendar }

const defaultCalendar = createCalendar()

/** Whether `date` is a working day: Mon–Fri except public holidays, plus 调休 make-up weekend days. */
export function isWorkingDay(date: string): boolean {
  return defaultCalendar.isWorkingDay(date)
}

/**
 * The n-th working day strictly after `start` (a deadline "n 个工作日内").
 * n = 0 means "today if it is a working day, otherwise the next working day".
 * n must be a non-negative integer, otherwise it throws.
 */
export function addWorkingDays(start: string, n: number): string {
  return defaultCalendar.addWorkingDays(start, n)
}

/**
 * Number of working days in the half-open range (a, b]: the day `a` itself does not count,
 * `b` does. Returns 0 when b <= a (never negative: "how many working days have passed").
 */
export function workingDaysBetween(a: string, b: string): number {
  return defaultCalendar.workingDaysBetween(a, b)
}

/**
 * 'official' when the year's arrangement is published, 'provisional' for the year after the
 * last published one (statutory holidays only, no 调休: show deadlines as 预计).
 */
export function scheduleStatus(date: string): ScheduleStatus {
  return defaultCalendar.scheduleStatus(date)
}
