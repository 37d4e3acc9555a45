/**
 * The only file that talks to `chinese-days`.
 *
 * chinese-days is time-zone sensitive: it turns 'YYYY-M-D' strings into UTC midnight and
 * reads them back with local getters, both when it builds its holiday table at load time
 * and when it parses arguments. West of UTC (a developer laptop in the US, some CI runners,
 * a resident abroad) every key of its table, and every string we would pass, is one day
 * early. So we never ask it "is this a working day?" (it would judge the weekday of the
 * wrong day): we look up only whether a date has an entry in its table, addressing the
 * entry exactly the way the package keyed it, and compute weekdays ourselves.
 */
import { getDayDetail, getSolarDateFromLunar, getSolarTermDate } from 'chinese-days'
import { type CivilDate, daysInYear, formatDateKey, fromDayNumber, parseDateKey, toDayNumber, weekdayOf } from '@/domain/time/china-time'

/** What getDayDetail names a day that is not in its table. */
const PLAIN_DAY_NAMES = new Set(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'])

function localDateKey(d: Date): string {
  return formatDateKey({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() })
}

/**
 * chinese-days' table entry for a date: 'off' (holiday), 'on' (make-up working day) or
 * null when the date is not in the table (an ordinary day, or a year it has no data for).
 */
export function chineseDaysEntry({ year, month, day }: CivilDate): 'off' | 'on' | null {
  // The package keyed this date under the local date of its UTC midnight; a Date at that
  // instant makes it compute the very same key in any time zone.
  const detail = getDayDetail(new Date(Date.UTC(year, month - 1, day)))
  if (PLAIN_DAY_NAMES.has(detail.name)) return null
  return detail.work ? 'on' : 'off'
}

/**
 * Years chinese-days carries an official schedule for. Probed rather than hard-coded so a
 * package upgrade with a new year is picked up: every published schedule has National Day
 * on 10/1, and the package has no entry at all for years it knows nothing about.
 */
export function chineseDaysYears(fromYear = 1990, toYear = 2100): number[] {
  const years: number[] = []
  for (let year = fromYear; year <= toYear; year++) {
    if (chineseDaysEntry({ year, month: 10, day: 1 }) === 'off') years.push(year)
  }
  return years
}

/** Working-day flags (1 = working) for every day of a year chinese-days has data for. */
export function chineseDaysYearFlags(year: number): Uint8Array {
  const first = toDayNumber({ year, month: 1, day: 1 })
  const flags = new Uint8Array(daysInYear(year))
  for (let i = 0; i < flags.length; i++) {
    const entry = chineseDaysEntry(fromDayNumber(first + i))
    const weekday = weekdayOf(first + i)
    flags[i] = entry === 'on' || (entry === null && weekday >= 1 && weekday <= 5) ? 1 : 0
  }
  return flags
}

/**
 * Gregorian date of a lunar date in the lunar year that starts in `lunarYear`, in the
 * ordinary (not leap) month. Only for days 1–28: the package reads the lunar date through a
 * JS Date, which would roll e.g. lunar 2/30 over into March.
 */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number): string {
  if (lunarDay < 1 || lunarDay > 28) throw new Error('lunarToSolar supports lunar days 1–28 only')
  return getSolarDateFromLunar(new Date(lunarYear, lunarMonth - 1, lunarDay)).date
}

/** 清明 (pure brightness) solar-term day of `year`, always in April. */
export function qingmingDate(year: number): string {
  const reported = getSolarTermDate(year, 4, 'pure_brightness')
  const parsed = parseDateKey(reported)
  // The package turned the true date D into local(UTC midnight of D): D itself east of UTC,
  // D − 1 west of it. If reading `reported` back the same way changes it, we are west.
  const roundTrip = localDateKey(new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day)))
  return roundTrip === reported ? reported : formatDateKey(fromDayNumber(toDayNumber(parsed) + 1))
}
