/**
 * Working-day calendar following the official 调休 schedule.
 *
 * - official years: chinese-days data, overridden year by year by PUBLISHED_SCHEDULES and
 *   any extra schedules given to createCalendar;
 * - the one year after the last official year is 'provisional': weekends and statutory
 *   holidays only (see provisional-holidays.ts);
 * - any other year throws: a deadline computed from a guessed calendar is worse than none.
 *
 * Each year is turned once into a flag array (1 = working day) and cached, so the loops
 * below cost a few array reads per day.
 */
import { dayNumberOf, dateKeyOf, fromDayNumber, parseDateKey, toDayNumber, daysInYear, weekdayOf } from '@/domain/time/china-time'
import { chineseDaysYearFlags, chineseDaysYears } from './chinese-days-source'
import { PUBLISHED_SCHEDULES, type PublishedSchedule } from './published-schedules'
import { statutoryHolidays } from './provisional-holidays'

export type ScheduleStatus = 'official' | 'provisional'

export interface CalendarCoverage {
  firstOfficialYear: number
  lastOfficialYear: number
  /** lastOfficialYear + 1 */
  provisionalYear: number
}

export interface WorkingDayCalendar {
  isWorkingDay(date: string): boolean
  addWorkingDays(start: string, n: number): string
  workingDaysBetween(a: string, b: string): number
  scheduleStatus(date: string): ScheduleStatus
  coverage(): CalendarCoverage
}

function isWeekend(dayNumber: number): boolean {
  const w = weekdayOf(dayNumber)
  return w === 0 || w === 6
}

function checkSchedule(s: PublishedSchedule): void {
  if (!Number.isInteger(s.year)) throw new Error(`节假日安排的年份不正确：${String(s.year)}`)
  const offDays = new Set<string>()
  for (const d of s.holidays) {
    if (parseDateKey(d).year !== s.year) throw new Error(`${s.year} 年的节假日安排中出现了其他年份的日期 ${d}`)
    offDays.add(d)
  }
  for (const d of s.workdays) {
    if (parseDateKey(d).year !== s.year) throw new Error(`${s.year} 年的节假日安排中出现了其他年份的日期 ${d}`)
    if (!isWeekend(dayNumberOf(d))) throw new Error(`${s.year} 年的调休上班日 ${d} 不是周六或周日`)
    if (offDays.has(d)) throw new Error(`${s.year} 年的节假日安排中 ${d} 既是放假日又是上班日`)
  }
}

function flagsFromRules(year: number, offDays: Iterable<string>, workdays: Iterable<string>): Uint8Array {
  const first = toDayNumber({ year, month: 1, day: 1 })
  const flags = new Uint8Array(daysInYear(year))
  for (let i = 0; i < flags.length; i++) flags[i] = isWeekend(first + i) ? 0 : 1
  for (const d of offDays) flags[dayNumberOf(d) - first] = 0
  for (const d of workdays) flags[dayNumberOf(d) - first] = 1
  return flags
}

/**
 * A calendar built from chinese-days plus PUBLISHED_SCHEDULES plus `extraSchedules`.
 * An extra entry for a year replaces the published/chinese-days data for that year; adding
 * the entry for the provisional year makes it official and the next year provisional.
 */
export function createCalendar(extraSchedules: readonly PublishedSchedule[] = []): WorkingDayCalendar {
  const schedules = new Map<number, PublishedSchedule>()
  for (const s of PUBLISHED_SCHEDULES) {
    checkSchedule(s)
    schedules.set(s.year, s)
  }
  const extraYears = new Set<number>()
  for (const s of extraSchedules) {
    checkSchedule(s)
    if (extraYears.has(s.year)) throw new Error(`${s.year} 年的节假日安排重复`)
    extraYears.add(s.year)
    schedules.set(s.year, s)
  }

  // Probing chinese-days costs a few hundred lookups: do it on first use, not at import.
  let officialYears: Set<number> | null = null
  let coverageCache: CalendarCoverage | null = null
  function getCoverage(): CalendarCoverage {
    if (!coverageCache) {
      officialYears = new Set([...chineseDaysYears(), ...schedules.keys()])
      const years = [...officialYears]
      const last = Math.max(...years)
      coverageCache = { firstOfficialYear: Math.min(...years), lastOfficialYear: last, provisionalYear: last + 1 }
    }
    return coverageCache
  }

  function statusOfYear(year: number): ScheduleStatus {
    const c = getCoverage()
    if (officialYears?.has(year)) return 'official'
    if (year === c.provisionalYear) return 'provisional'
    if (year > c.provisionalYear) throw new Error(`${year} 年的节假日安排尚未发布，无法计算工作日`)
    if (year < c.firstOfficialYear) {
      throw new Error(`${year} 年早于已收录的节假日安排（${c.firstOfficialYear} 年起），无法计算工作日`)
    }
    throw new Error(`缺少 ${year} 年的节假日安排，无法计算工作日`)
  }

  const flagsByYear = new Map<number, Uint8Array>()
  function yearFlags(year: number): Uint8Array {
    let flags = flagsByYear.get(year)
    if (!flags) {
      const status = statusOfYear(year)
      const published = schedules.get(year)
      if (published) flags = flagsFromRules(year, published.holidays, published.workdays)
      else if (status === 'official') flags = chineseDaysYearFlags(year)
      else flags = flagsFromRules(year, statutoryHolidays(year).map((h) => h.date), [])
      flagsByYear.set(year, flags)
    }
    return flags
  }

  // Cursor over the year last looked at: consecutive days rarely change year.
  let cursorStart = 0
  let cursorEnd = 0
  let cursorFlags: Uint8Array = new Uint8Array(0)
  function isWorkingDayNumber(z: number): boolean {
    if (z < cursorStart || z >= cursorEnd) {
      const { year } = fromDayNumber(z)
      cursorFlags = yearFlags(year)
      cursorStart = toDayNumber({ year, month: 1, day: 1 })
      cursorEnd = cursorStart + cursorFlags.length
    }
    return cursorFlags[z - cursorStart] === 1
  }

  return {
    isWorkingDay(date) {
      return isWorkingDayNumber(dayNumberOf(date))
    },

    addWorkingDays(start, n) {
      const z0 = dayNumberOf(start)
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
        throw new Error(`工作日天数应为不小于 0 的整数，收到 ${String(n)}`)
      }
      if (n === 0 && isWorkingDayNumber(z0)) return start
      let remaining = n === 0 ? 1 : n
      let z = z0
      while (remaining > 0) {
        z++
        if (isWorkingDayNumber(z)) remaining--
      }
      return dateKeyOf(z)
    },

    workingDaysBetween(a, b) {
      const za = dayNumberOf(a)
      const zb = dayNumberOf(b)
      let count = 0
      for (let z = za + 1; z <= zb; z++) if (isWorkingDayNumber(z)) count++
      return count
    },

    scheduleStatus(date) {
      return statusOfYear(parseDateKey(date).year)
    },

    coverage: getCoverage,
  }
}
