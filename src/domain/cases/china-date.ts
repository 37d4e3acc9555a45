/**
 * Calendar dates in China time. Timestamps are ISO datetimes; deadlines are counted on the
 * Asia/Shanghai calendar date (UTC+8, no DST), never on the UTC date: a case filed at
 * 2026-01-05T23:30+08:00 is filed on 2026-01-05 although it is still 01-05 15:30 in UTC.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
// A datetime with no Z/offset: read as China time (what the offices mean), not as the host's zone.
const LOCAL_DATETIME_RE = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** True for a real calendar date written YYYY-MM-DD (2025-02-29 is false). */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === value
}

/**
 * The Asia/Shanghai calendar date (YYYY-MM-DD) of an ISO datetime or date.
 * Throws RangeError on anything unparseable: a silently wrong deadline is worse than a crash.
 */
export function toShanghaiDate(value: string): string {
  const v = value.trim()
  if (DATE_RE.test(v)) {
    if (!isIsoDate(v)) throw new RangeError(`无效日期：${value}`)
    return v
  }
  const local = LOCAL_DATETIME_RE.exec(v)
  if (local) {
    if (!isIsoDate(local[1])) throw new RangeError(`无效日期：${value}`)
    return local[1]
  }
  const ms = Date.parse(v)
  if (Number.isNaN(ms)) throw new RangeError(`无效时间：${value}`)
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** Milliseconds since the epoch; offset-less datetimes are China time (see toShanghaiDate). */
export function toEpochMs(value: string): number {
  const v = value.trim()
  if (DATE_RE.test(v)) return Date.parse(`${v}T00:00:00+08:00`)
  if (LOCAL_DATETIME_RE.test(v)) return Date.parse(`${v.replace(' ', 'T')}+08:00`)
  return Date.parse(v)
}

/** date + n calendar days (n may be negative). */
export function addCalendarDays(date: string, n: number): string {
  if (!isIsoDate(date)) throw new RangeError(`无效日期：${date}`)
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

/** Calendar days from a to b (b − a); negative when b is earlier. */
export function calendarDaysBetween(a: string, b: string): number {
  if (!isIsoDate(a) || !isIsoDate(b)) throw new RangeError(`无效日期：${a} / ${b}`)
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS)
}
