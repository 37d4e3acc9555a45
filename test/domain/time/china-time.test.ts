import {
  addDays,
  addMonths,
  chinaDateOf,
  daysBetween,
  formatDate,
  formatDateCn,
  formatDateTime,
  formatDateTimeCn,
  formatMonthDayTime,
  isIsoDate,
  isoChina,
  todayInChina,
  toEpochMs,
} from '@/domain/time/china-time'

describe('chinaDateOf', () => {
  it.each([
    ['2026-01-05T23:30:00+08:00', '2026-01-05'], // late evening in Beijing, 15:30 UTC
    ['2026-01-05T07:30:00+08:00', '2026-01-05'], // early morning: still 01-04 in UTC
    ['2026-01-04T23:30:00Z', '2026-01-05'], // the same instant written in UTC
    ['2026-01-05T15:59:59Z', '2026-01-05'],
    ['2026-01-05T16:00:00Z', '2026-01-06'], // midnight in Beijing
    ['2026-01-05T17:00:00Z', '2026-01-06'], // a server sending Z times: 01:00 the next day in China
    ['2026-01-05T00:30:00-05:00', '2026-01-05'], // 05:30 UTC → 13:30 Beijing
    ['2025-12-31T16:00:00.000Z', '2026-01-01'], // crosses the year
    ['2026-01-05', '2026-01-05'],
    ['2026-01-05T23:30:00', '2026-01-05'], // no offset: China time, whatever the host zone
    ['2026-01-05 08:00', '2026-01-05'],
  ])('%s → %s', (input, date) => {
    expect(chinaDateOf(input)).toBe(date)
  })

  it.each(['', 'yesterday', '2025-02-29', '2026-13-01', '2026-02-30T10:00:00', '2026-02-30T10:00:00Z'])('rejects %p', (input) => {
    expect(() => chinaDateOf(input)).toThrow(RangeError)
  })
})

describe('toEpochMs', () => {
  it('reads offset-less and date-only values as China time', () => {
    expect(toEpochMs('2026-01-05T08:00:00')).toBe(Date.parse('2026-01-05T00:00:00Z'))
    expect(toEpochMs('2026-01-05')).toBe(Date.parse('2026-01-04T16:00:00Z'))
    expect(toEpochMs('2026-01-05T08:00:00+08:00')).toBe(Date.parse('2026-01-05T00:00:00Z'))
    expect(toEpochMs('soon')).toBeNaN()
  })
})

describe('today in China (injected clock)', () => {
  it('turns over at midnight China time, not at UTC midnight', () => {
    expect(todayInChina(Date.parse('2026-11-23T15:59:59.999Z'))).toBe('2026-11-23') // 23:59:59 in China
    expect(todayInChina(Date.parse('2026-11-23T16:00:00Z'))).toBe('2026-11-24') // 00:00 in China, still the 23rd in UTC
    expect(todayInChina(new Date('2026-12-31T23:59:00-05:00'))).toBe('2027-01-01') // a device in New York on New Year's Eve
  })

  it('records instants as +08:00 timestamps', () => {
    expect(isoChina(Date.parse('2026-11-23T02:00:00Z'))).toBe('2026-11-23T10:00:00.000+08:00')
    expect(isoChina(new Date('2026-11-23T16:30:00.250Z'))).toBe('2026-11-24T00:30:00.250+08:00')
  })
})

describe('calendar arithmetic', () => {
  it('knows real dates from look-alikes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-13-01')).toBe(false)
    expect(isIsoDate('2025-1-5')).toBe(false)
    expect(isIsoDate(20250601)).toBe(false)
  })

  it('adds and counts calendar days across months and years', () => {
    expect(addDays('2026-03-02', 7)).toBe('2026-03-09')
    expect(addDays('2025-12-28', 7)).toBe('2026-01-04')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(addDays('2027-03-01', -30)).toBe('2027-01-30')
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30)
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30)
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1)
    expect(daysBetween('2025-06-16', '2025-07-26')).toBe(40)
    expect(() => addDays('2025-02-29', 1)).toThrow(RangeError)
  })

  it('adds months, landing on the month’s last day when needed', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2025-06-16', -12)).toBe('2024-06-16')
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28')
  })
})

describe('display', () => {
  it('writes dates the way people read them', () => {
    expect(formatDateCn('2027-01-30')).toBe('2027年1月30日')
    expect(formatDateCn('not a date')).toBe('not a date')
  })

  it('shows a UTC timestamp on the China calendar and clock', () => {
    const z = '2026-11-23T17:00:00Z' // 01:00 on the 24th in China
    expect(formatDateCn(z)).toBe('2026年11月24日')
    expect(formatDate(z)).toBe('2026-11-24')
    expect(formatDateTime(z)).toBe('2026-11-24 01:00')
    expect(formatDateTimeCn(z)).toBe('2026年11月24日 01:00')
    expect(formatMonthDayTime(z)).toBe('11月24日 01:00')
  })

  it('shows +08:00 timestamps as written', () => {
    const t = '2026-11-23T10:05:00+08:00'
    expect(formatDateTime(t)).toBe('2026-11-23 10:05')
    expect(formatDateTimeCn(t)).toBe('2026年11月23日 10:05')
    expect(formatMonthDayTime(t)).toBe('11月23日 10:05')
  })
})
