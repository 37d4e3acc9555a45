/**
 * Dates and times in China time (UTC+8, no daylight saving), the one place the app, the
 * contract core, the fake backend and the server read, compute and print them.
 *
 * - A calendar date is a `YYYY-MM-DD` string (a form date, a due date, a validity end): it
 *   names a day, not an instant, and its arithmetic never depends on the device's zone.
 * - A timestamp is an ISO datetime. Whatever offset it carries (+08:00 from the offices, `Z`
 *   from another system), it is shown and counted on the China calendar: 2026-01-05T17:00Z
 *   is 2026-01-06 01:00 in China. A datetime without an offset is read as China time.
 *
 * Instants go through dayjs with `utcOffset(480)` (its utc plugin) rather than the timezone
 * plugin, which needs Intl time-zone data that WeChat's JS engine may lack.
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

const CHINA_OFFSET_MINUTES = 8 * 60
const DAY_MS = 86_400_000
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const LEADING_DATE_RE = /^(\d{4}-\d{2}-\d{2})/
// a datetime with no Z/offset: China time (what the offices mean), not the host's zone
const LOCAL_DATETIME_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/

// ---------------------------------------------------------------- calendar dates

export interface CivilDate {
  year: number
  month: number
  day: number
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInYear(y: number): number {
  return isLeapYear(y) ? 366 : 365
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

function civilOf(s: unknown): CivilDate | null {
  const m = typeof s === 'string' ? DATE_RE.exec(s) : null
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/** True for a real calendar date written YYYY-MM-DD (2025-02-29 and 2025-1-5 are false). */
export function isIsoDate(value: unknown): value is string {
  return civilOf(value) !== null
}

/** Parses a real calendar date; throws a clear Error on anything else (2025-02-29, 2025-1-5, ''). */
export function parseDateKey(s: string): CivilDate {
  const c = civilOf(s)
  if (!c) throw new Error(`日期不正确：${JSON.stringify(s)}，应为 YYYY-MM-DD 格式的真实日期`)
  return c
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))

export function formatDateKey({ year, month, day }: CivilDate): string {
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/** Days since 1970-01-01 (UTC arithmetic: the same in every zone). */
export function toDayNumber({ year, month, day }: CivilDate): number {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  return Math.round(d.getTime() / DAY_MS)
}

export function fromDayNumber(n: number): CivilDate {
  const d = new Date(n * DAY_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7
}

export function dayNumberOf(s: string): number {
  return toDayNumber(parseDateKey(s))
}

export function dateKeyOf(dayNumber: number): string {
  return formatDateKey(fromDayNumber(dayNumber))
}

function checkedDate(s: string): string {
  if (!isIsoDate(s)) throw new RangeError(`无效日期：${s}`)
  return s
}

/** date + n calendar days (n may be negative). */
export function addDays(date: string, n: number): string {
  return dateKeyOf(dayNumberOf(checkedDate(date)) + n)
}

/** Adds calendar months; the 31st lands on the month's last day (01-31 + 1 month = 02-28/29). */
export function addMonths(date: string, months: number): string {
  return dayjs.utc(checkedDate(date)).add(months, 'month').format('YYYY-MM-DD')
}

/** b − a in calendar days; negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return dayNumberOf(checkedDate(b)) - dayNumberOf(checkedDate(a))
}

// ---------------------------------------------------------------- instants

/** Milliseconds since the epoch; a date is its China midnight, an offset-less datetime is China time. NaN when unreadable. */
export function toEpochMs(value: string): number {
  const v = value.trim()
  const lead = LEADING_DATE_RE.exec(v)
  if (!lead || !isIsoDate(lead[1])) return NaN
  if (DATE_RE.test(v)) return Date.parse(`${v}T00:00:00+08:00`)
  if (LOCAL_DATETIME_RE.test(v)) return Date.parse(`${v.replace(' ', 'T')}+08:00`)
  return Date.parse(v)
}

/** An instant on the China clock; throws RangeError on anything unreadable (a silently wrong day is worse). */
function inChina(value: string | number | Date): Dayjs {
  const ms = typeof value === 'number' ? value : value instanceof Date ? value.getTime() : toEpochMs(value)
  if (Number.isNaN(ms)) throw new RangeError(`无效时间：${String(value)}`)
  return dayjs(ms).utcOffset(CHINA_OFFSET_MINUTES)
}

/** The China calendar date (YYYY-MM-DD) of a timestamp, an epoch-ms number or a date (returned as is). */
export function chinaDateOf(value: string | number | Date): string {
  if (typeof value === 'string' && DATE_RE.test(value.trim())) return checkedDate(value.trim())
  return inChina(value).format('YYYY-MM-DD')
}

/** Today's date in China at `now` (epoch ms or a Date; the device's clock when left out). */
export function todayInChina(now: number | Date = Date.now()): string {
  return chinaDateOf(now)
}

/** An ISO timestamp in +08:00 (2026-11-23T10:00:00.000+08:00), how the backend records times. */
export function isoChina(at: number | Date): string {
  return inChina(at).format('YYYY-MM-DDTHH:mm:ss.SSSZ')
}

// ---------------------------------------------------------------- display

type Shown = string | number | Date

function display(value: Shown, pattern: string): string {
  try {
    return inChina(value).format(pattern)
  } catch {
    return String(value)
  }
}

/**
 * 2027-03-01 → 2027年3月1日 (easier to read than the ISO form for older residents); a timestamp
 * shows its China date. Anything unreadable is shown as it came.
 */
export function formatDateCn(value: Shown): string {
  return display(value, 'YYYY年M月D日')
}

/** 2026-11-23T02:05:00Z → 2026年11月23日 10:05 */
export function formatDateTimeCn(value: Shown): string {
  return display(value, 'YYYY年M月D日 HH:mm')
}

/** 2026-11-23T10:00:00+08:00 → 11月23日 10:00 */
export function formatMonthDayTime(value: Shown): string {
  return display(value, 'M月D日 HH:mm')
}

/** 2026-11-23T10:05:00+08:00 → 2026-11-23 10:05 */
export function formatDateTime(value: Shown): string {
  return display(value, 'YYYY-MM-DD HH:mm')
}

/** 2026-11-23T10:05:00+08:00 → 2026-11-23 (the China date, for lists that show the ISO form) */
export function formatDate(value: Shown): string {
  return display(value, 'YYYY-MM-DD')
}
