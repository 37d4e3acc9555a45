/**
 * Statutory public holidays of a year whose official arrangement (调休安排) is not published
 * yet, under the 2025 rules of 《全国年节及纪念日放假办法》. Only the statutory days are
 * known in advance; make-up working days and bridging days are decided each year by the
 * State Council, so they are not guessed here.
 */
import { dateKeyOf, dayNumberOf } from '@/domain/time/china-time'
import { lunarToSolar, qingmingDate } from './chinese-days-source'

export interface StatutoryHoliday {
  /** YYYY-MM-DD */
  date: string
  name: '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节'
}

/** All statutory holiday days of `year`, sorted by date (13 days; fewer dates if two coincide). */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  // 春节 runs from 除夕 (the day before lunar new year, 腊月廿九 or 三十) to 初三.
  const lunarNewYear = dayNumberOf(lunarToSolar(year, 1, 1))
  const days: StatutoryHoliday[] = [
    { date: `${year}-01-01`, name: '元旦' },
    ...[-1, 0, 1, 2].map((offset) => ({ date: dateKeyOf(lunarNewYear + offset), name: '春节' as const })),
    { date: qingmingDate(year), name: '清明节' },
    { date: `${year}-05-01`, name: '劳动节' },
    { date: `${year}-05-02`, name: '劳动节' },
    { date: lunarToSolar(year, 5, 5), name: '端午节' },
    { date: lunarToSolar(year, 8, 15), name: '中秋节' },
    { date: `${year}-10-01`, name: '国庆节' },
    { date: `${year}-10-02`, name: '国庆节' },
    { date: `${year}-10-03`, name: '国庆节' },
  ]
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
