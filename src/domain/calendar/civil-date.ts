/**
 * Calendar dates as `YYYY-MM-DD` strings and as day numbers (days since 1970-01-01),
 * computed arithmetically so results never depend on the device's time zone.
 */

export interface CivilDate {
  year: number
  month: number
  day: number
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInYear(y: number): number {
  return isLeapYear(y) ? 366 : 365
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

/** Parses a real calendar date; throws a clear Error on anything else (2025-02-29, 2025-1-5, ''). */
export function parseDateKey(s: string): CivilDate {
  const m = typeof s === 'string' ? DATE_KEY.exec(s) : null
  if (m) {
    const year = Number(m[1])
    const month = Number(m[2])
    const day = Number(m[3])
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day }
    }
  }
  throw new Error(`日期不正确：${JSON.stringify(s)}，应为 YYYY-MM-DD 格式的真实日期`)
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function toDayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function fromDayNumber(z: number): CivilDate {
  const zz = z + 719468
  const era = Math.floor(zz / 146097)
  const doe = zz - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

export function formatDateKey({ year, month, day }: CivilDate): string {
  return `${year}-${pad2(month)}-${pad2(day)}`
}

export function dayNumberOf(s: string): number {
  return toDayNumber(parseDateKey(s))
}

export function dateKeyOf(dayNumber: number): string {
  return formatDateKey(fromDayNumber(dayNumber))
}
