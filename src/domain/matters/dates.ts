/**
 * Calendar-day helpers on YYYY-MM-DD strings (no time zones involved: a form date is a day).
 * Working-day arithmetic lives with the case deadlines, not here.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isValidDate(s: unknown): s is string {
  if (typeof s !== 'string') return false
  const m = DATE_RE.exec(s)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function toUtc(s: string): number {
  const [y, m, d] = s.split('-').map(Number)
  return Date.UTC(y, m - 1, d)
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10)
}

export function addDays(s: string, days: number): string {
  return fromUtc(toUtc(s) + days * 86_400_000)
}

/** Adds calendar months; the 31st lands on the month's last day (01-31 + 1 month = 02-28/29). */
export function addMonths(s: string, months: number): string {
  const [y, m, d] = s.split('-').map(Number)
  const total = y * 12 + (m - 1) + months
  const ny = Math.floor(total / 12)
  const nm = (total % 12) + 1
  const nd = Math.min(d, daysInMonth(ny, nm))
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`
}

/** b − a in calendar days. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000)
}

/** 2027-03-01 → 2027年3月1日: easier to read than the ISO form for older residents. */
export function formatDateCn(s: string): string {
  if (!isValidDate(s)) return s
  const [y, m, d] = s.split('-').map(Number)
  return `${y}年${m}月${d}日`
}
