/**
 * Official holiday arrangements (国务院办公厅关于部分节假日安排的通知), as data.
 *
 * An entry here replaces whatever chinese-days carries for that year. To publish a new
 * year, append its entry (every day off in the notice, and every 调休 make-up working day)
 * — no code change: the year becomes 'official' and the year after it 'provisional'.
 * createCalendar() rejects malformed entries (wrong year, make-up day on a weekday, a date
 * in both lists), so a typo fails the tests instead of shifting deadlines.
 */
import { dateKeyOf, dayNumberOf } from '@/domain/time/china-time'

export interface PublishedSchedule {
  year: number
  /** Days off listed in the notice (YYYY-MM-DD); weekend days among them are harmless. */
  holidays: readonly string[]
  /** Weekend days that are working days (调休上班), YYYY-MM-DD. */
  workdays: readonly string[]
  /** Where the arrangement was published. */
  source?: string
}

/** Every date from `from` to `to` inclusive, as the notices write "1月28日至2月4日". */
function range(from: string, to: string): string[] {
  const start = dayNumberOf(from)
  const end = dayNumberOf(to)
  if (end < start) throw new Error(`节假日区间不正确：${from} 至 ${to}`)
  const out: string[] = []
  for (let z = start; z <= end; z++) out.push(dateKeyOf(z))
  return out
}

export const PUBLISHED_SCHEDULES: readonly PublishedSchedule[] = [
  {
    year: 2025,
    source: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    holidays: [
      '2025-01-01',
      ...range('2025-01-28', '2025-02-04'),
      ...range('2025-04-04', '2025-04-06'),
      ...range('2025-05-01', '2025-05-05'),
      ...range('2025-05-31', '2025-06-02'),
      ...range('2025-10-01', '2025-10-08'),
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    source: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    holidays: [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
]
