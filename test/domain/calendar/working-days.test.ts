import {
  addWorkingDays,
  createCalendar,
  isWorkingDay,
  scheduleStatus,
  workingDaysBetween,
} from '@/domain/calendar/working-days'
import { statutoryHolidays } from '@/domain/calendar/provisional-holidays'
import { chineseDaysYearFlags, chineseDaysYears } from '@/domain/calendar/chinese-days-source'
import { PUBLISHED_SCHEDULES, type PublishedSchedule } from '@/domain/calendar/published-schedules'

/** Every date of a year, built without Date so the test does not share the code's assumptions. */
function datesOf(year: number): string[] {
  const out: string[] = []
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  lengths.forEach((n, m) => {
    for (let d = 1; d <= n; d++) out.push(`${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  })
  return out
}

describe('official schedule 2025', () => {
  it('skips the National Day + Mid-autumn holiday: one working day after 9/30 is 10/9', () => {
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09')
  })

  it.each([
    ['2025-01-26', true], // Sun, 调休上班 for 春节
    ['2025-02-08', true], // Sat, 调休上班
    ['2025-04-27', true], // Sun, 调休上班 for 劳动节
    ['2025-09-28', true], // Sun, 调休上班 for 国庆
    ['2025-10-11', true], // Sat, 调休上班
    ['2025-01-01', false], // Wed, 元旦
    ['2025-01-28', false], // Tue, 除夕
    ['2025-02-04', false], // Tue, last day of 春节
    ['2025-04-04', false], // Fri, 清明
    ['2025-05-05', false], // Mon, 劳动节
    ['2025-06-02', false], // Mon, 端午
    ['2025-10-06', false], // Mon, 中秋
    ['2025-10-08', false], // Wed, last day of 国庆
    ['2025-03-01', false], // an ordinary Saturday
    ['2025-03-03', true], // an ordinary Monday
    ['2025-10-09', true], // Thu, back to work
  ])('%s working day: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })

  it('has 248 working days', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248)
  })
})

describe('official schedule 2026', () => {
  it.each([
    ['2026-01-02', false], // Fri, 元旦
    ['2026-01-04', true], // Sun, 调休上班
    ['2026-02-14', true], // Sat, 调休上班 before 春节
    ['2026-02-16', false], // Mon, 除夕
    ['2026-02-23', false], // Mon, last day of 春节
    ['2026-02-24', true],
    ['2026-02-28', true], // Sat, 调休上班 after 春节
    ['2026-04-06', false], // Mon, 清明
    ['2026-05-05', false], // Tue, 劳动节
    ['2026-05-09', true], // Sat, 调休上班
    ['2026-06-19', false], // Fri, 端午
    ['2026-09-20', true], // Sun, 调休上班
    ['2026-09-25', false], // Fri, 中秋
    ['2026-10-07', false], // Wed, 国庆
    ['2026-10-10', true], // Sat, 调休上班
    ['2026-12-31', true], // Thu
  ])('%s working day: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })

  it.each([
    ['2026-02-13', 1, '2026-02-14'], // Fri → the make-up Saturday
    ['2026-02-14', 1, '2026-02-24'], // over the 9-day Spring Festival
    ['2026-09-30', 3, '2026-10-10'], // 10/8, 10/9, then the make-up Saturday
    ['2026-04-30', 5, '2026-05-11'], // over 劳动节, counting the make-up 5/9
  ])('addWorkingDays(%s, %d) = %s', (start, n, expected) => {
    expect(addWorkingDays(start, n)).toBe(expected)
    expect(scheduleStatus(expected)).toBe('official')
  })

  it('has 248 working days', () => {
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248)
  })
})

describe('published data agrees with chinese-days (two independent transcriptions)', () => {
  const packageYears = new Set(chineseDaysYears())
  const bothKnow = PUBLISHED_SCHEDULES.map((s) => s.year).filter((y) => packageYears.has(y))

  it('covers the current years', () => {
    expect(bothKnow).toEqual(expect.arrayContaining([2025, 2026]))
  })

  it.each(bothKnow)('%d, every day', (year) => {
    const fromPackage = chineseDaysYearFlags(year)
    const disagreements = datesOf(year).filter((d, i) => isWorkingDay(d) !== (fromPackage[i] === 1))
    expect(disagreements).toEqual([])
  })

  it('uses chinese-days for earlier years (2024 Spring Festival make-up Sunday 2/4, 2/18)', () => {
    expect(isWorkingDay('2024-02-04')).toBe(true)
    expect(isWorkingDay('2024-02-12')).toBe(false)
    expect(isWorkingDay('2024-02-18')).toBe(true)
    expect(scheduleStatus('2024-06-01')).toBe('official')
  })
})

describe('addWorkingDays rules', () => {
  it.each([
    ['2025-10-01', 0, '2025-10-09'], // holiday: the next working day
    ['2025-10-09', 0, '2025-10-09'], // working day: itself
    ['2025-09-28', 0, '2025-09-28'], // make-up Sunday is a working day
    ['2025-03-08', 0, '2025-03-10'], // Saturday → Monday
    ['2025-03-07', 1, '2025-03-10'], // Friday + 1 → Monday
    ['2025-03-03', 5, '2025-03-10'],
    ['2025-03-08', 1, '2025-03-10'], // counting starts after a weekend day too
  ])('addWorkingDays(%s, %d) = %s', (start, n, expected) => {
    expect(addWorkingDays(start, n)).toBe(expected)
  })

  it('is the inverse of workingDaysBetween and always lands on a working day', () => {
    const starts = ['2025-01-20', '2025-09-26', '2025-12-29', '2026-02-10', '2026-09-18', '2026-12-20', '2027-02-01']
    for (const start of starts) {
      for (let n = 1; n <= 15; n++) {
        const due = addWorkingDays(start, n)
        expect({ start, n, between: workingDaysBetween(start, due), working: isWorkingDay(due) }).toEqual({
          start,
          n,
          between: n,
          working: true,
        })
      }
    }
  })

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws for n = %p', (n) => {
    expect(() => addWorkingDays('2025-03-03', n)).toThrow('工作日天数应为不小于 0 的整数')
  })
})

describe('workingDaysBetween (a, b]', () => {
  it.each([
    ['2026-02-13', '2026-02-24', 2], // 春节 2026: make-up Sat 2/14 and Tue 2/24
    ['2025-01-24', '2025-02-05', 3], // 春节 2025: make-up Sun 1/26, Mon 1/27, Wed 2/5
    ['2025-03-07', '2025-03-10', 1], // Fri → Mon across a weekend
    ['2025-03-07', '2025-03-09', 0], // only the weekend
    ['2025-03-03', '2025-03-07', 4], // Mon excluded, Fri included
    ['2025-03-03', '2025-03-03', 0],
    ['2025-03-10', '2025-03-03', 0], // b before a: 0, never negative
    ['2026-12-31', '2027-01-04', 1], // into the provisional year: 元旦 and a weekend skipped
  ])('(%s, %s] = %d', (a, b, expected) => {
    expect(workingDaysBetween(a, b)).toBe(expected)
  })
})

describe('provisional 2027 (no official arrangement yet)', () => {
  it('addWorkingDays(2026-12-25, 10) skips 元旦 and is provisional', () => {
    // Dec 28–31 (4), Jan 1 off, weekend, Jan 4–8 (5), Jan 11 (10th)
    expect(addWorkingDays('2026-12-25', 10)).toBe('2027-01-11')
    expect(scheduleStatus('2027-01-11')).toBe('provisional')
    expect(isWorkingDay('2027-01-01')).toBe(false)
  })

  it('computes the lunar holidays and 清明 for 2027', () => {
    const days = statutoryHolidays(2027)
    expect(days.filter((d) => d.name === '春节').map((d) => d.date)).toEqual([
      '2027-02-05', // 除夕 (腊月廿九)
      '2027-02-06', // 春节
      '2027-02-07',
      '2027-02-08',
    ])
    expect(days.find((d) => d.name === '清明节')?.date).toBe('2027-04-05')
    expect(days.find((d) => d.name === '端午节')?.date).toBe('2027-06-09')
    expect(days.find((d) => d.name === '中秋节')?.date).toBe('2027-09-15')
    expect(days.filter((d) => d.name === '劳动节').map((d) => d.date)).toEqual(['2027-05-01', '2027-05-02'])
    expect(days.filter((d) => d.name === '国庆节').map((d) => d.date)).toEqual(['2027-10-01', '2027-10-02', '2027-10-03'])
    expect(days).toHaveLength(13)
  })

  it.each([
    ['2027-02-05', false], // Fri, 除夕
    ['2027-02-08', false], // Mon, 初三
    ['2027-02-09', true], // Tue, no extended break without an official arrangement
    ['2027-04-05', false], // Mon, 清明
    ['2027-06-09', false], // Wed, 端午
    ['2027-09-15', false], // Wed, 中秋
    ['2027-10-01', false], // Fri, 国庆
    ['2027-10-04', true], // Mon: only the statutory 3 days
    ['2027-05-03', true], // Mon: 劳动节 is 5/1–5/2, both on the weekend
  ])('%s working day: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
    expect(scheduleStatus(date)).toBe('provisional')
  })

  it('has no make-up working days: every weekend day of 2027 is off', () => {
    const workingWeekendDays = datesOf(2027).filter((d) => {
      const [y, m, day] = d.split('-').map(Number)
      const weekday = new Date(Date.UTC(y, m - 1, day)).getUTCDay()
      return (weekday === 0 || weekday === 6) && isWorkingDay(d)
    })
    expect(workingWeekendDays).toEqual([])
    expect(workingDaysBetween('2026-12-31', '2027-12-31')).toBe(254) // 365 − 104 weekend − 7 weekday holidays
  })
})

describe('years without data throw instead of guessing', () => {
  it.each([
    ['2028-01-03', '2028 年的节假日安排尚未发布，无法计算工作日'],
    ['2030-06-03', '2030 年的节假日安排尚未发布，无法计算工作日'],
    ['2003-06-02', '2003 年早于已收录的节假日安排（2004 年起），无法计算工作日'],
  ])('%s', (date, message) => {
    expect(() => isWorkingDay(date)).toThrow(message)
    expect(() => scheduleStatus(date)).toThrow(message)
    expect(() => addWorkingDays(date, 0)).toThrow(message)
  })

  it('stops when a count runs past the provisional year', () => {
    expect(() => addWorkingDays('2027-12-24', 10)).toThrow('2028 年的节假日安排尚未发布')
    expect(() => workingDaysBetween('2027-12-01', '2028-01-10')).toThrow('2028 年的节假日安排尚未发布')
  })

  it('reports the coverage derived from the data', () => {
    expect(createCalendar().coverage()).toEqual({ firstOfficialYear: 2004, lastOfficialYear: 2026, provisionalYear: 2027 })
  })
})

describe('invalid dates throw a clear error', () => {
  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025/10/01', '20251001', '2025-1-5', ' 2025-10-01', '', 'today'])(
    '%j',
    (bad) => {
      const message = `日期不正确：${JSON.stringify(bad)}，应为 YYYY-MM-DD 格式的真实日期`
      expect(() => isWorkingDay(bad)).toThrow(message)
      expect(() => addWorkingDays(bad, 1)).toThrow(message)
      expect(() => workingDaysBetween(bad, '2025-10-10')).toThrow(message)
      expect(() => workingDaysBetween('2025-10-10', bad)).toThrow(message)
      expect(() => scheduleStatus(bad)).toThrow(message)
    },
  )

  it('accepts 2024-02-29 (leap year)', () => {
    expect(isWorkingDay('2024-02-29')).toBe(true)
  })
})

describe('publishing a new year is a data change', () => {
  // A fictional 2027 arrangement, as the State Council might publish it.
  const fake2027: PublishedSchedule = {
    year: 2027,
    holidays: ['2027-01-01', '2027-01-02', '2027-01-03', ...['05', '06', '07', '08', '09', '10', '11'].map((d) => `2027-02-${d}`)],
    workdays: ['2027-02-20'],
  }

  it('makes 2027 official and 2028 provisional', () => {
    const calendar = createCalendar([fake2027])
    expect(calendar.coverage()).toEqual({ firstOfficialYear: 2004, lastOfficialYear: 2027, provisionalYear: 2028 })
    expect(calendar.scheduleStatus('2027-01-11')).toBe('official')
    expect(calendar.scheduleStatus('2028-03-01')).toBe('provisional')
    expect(() => calendar.scheduleStatus('2029-01-02')).toThrow('2029 年的节假日安排尚未发布，无法计算工作日')

    // the published data wins over the provisional rules
    expect(calendar.isWorkingDay('2027-02-10')).toBe(false)
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true) // make-up Saturday
    // 2028 provisional: 除夕 Tue 1/25, 清明 Tue 4/4, 端午 Sun 5/28 (ordinary 5th month, 2028 has a leap 5th),
    // 中秋 Tue 10/3 coinciding with 国庆
    expect(calendar.isWorkingDay('2028-01-25')).toBe(false)
    expect(calendar.isWorkingDay('2028-04-04')).toBe(false)
    expect(calendar.isWorkingDay('2028-10-03')).toBe(false)
    expect(calendar.isWorkingDay('2028-10-04')).toBe(true)
    // Fri 12/31, then Mon 1/3: 元旦 falls on Saturday and provisional years add no 补假
    expect(calendar.addWorkingDays('2027-12-30', 2)).toBe('2028-01-03')
  })

  it('leaves the default calendar alone', () => {
    createCalendar([fake2027])
    expect(scheduleStatus('2027-01-11')).toBe('provisional')
    expect(isWorkingDay('2027-02-10')).toBe(true)
  })

  it('computes 2028 holidays from the lunar calendar', () => {
    const days = statutoryHolidays(2028)
    expect(days.find((d) => d.name === '端午节')?.date).toBe('2028-05-28')
    expect(days.filter((d) => d.name === '春节').map((d) => d.date)).toEqual(['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'])
    expect(days.filter((d) => d.date === '2028-10-03').map((d) => d.name).sort()).toEqual(['中秋节', '国庆节'].sort())
  })

  it.each<[string, PublishedSchedule, string]>([
    [
      'a make-up day on a weekday',
      { year: 2027, holidays: [], workdays: ['2027-02-22'] },
      '2027 年的调休上班日 2027-02-22 不是周六或周日',
    ],
    [
      'a date of another year',
      { year: 2027, holidays: ['2028-01-01'], workdays: [] },
      '2027 年的节假日安排中出现了其他年份的日期 2028-01-01',
    ],
    ['an impossible date', { year: 2027, holidays: ['2027-02-30'], workdays: [] }, '日期不正确："2027-02-30"'],
    [
      'a day both off and on',
      { year: 2027, holidays: ['2027-02-20'], workdays: ['2027-02-20'] },
      '2027 年的节假日安排中 2027-02-20 既是放假日又是上班日',
    ],
  ])('rejects an entry with %s', (_label, entry, message) => {
    expect(() => createCalendar([entry])).toThrow(message)
  })

  it('rejects the same year twice', () => {
    expect(() => createCalendar([fake2027, fake2027])).toThrow('2027 年的节假日安排重复')
  })
})
