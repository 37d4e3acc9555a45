import { addCalendarDays, calendarDaysBetween, isIsoDate, toEpochMs, toShanghaiDate } from '@/domain/cases/china-date'

describe('toShanghaiDate', () => {
  it.each([
    ['2026-01-05T23:30:00+08:00', '2026-01-05'], // late evening in Beijing, 15:30 UTC
    ['2026-01-05T07:30:00+08:00', '2026-01-05'], // early morning: still 01-04 in UTC
    ['2026-01-04T23:30:00Z', '2026-01-05'], // the same instant written in UTC
    ['2026-01-05T15:59:59Z', '2026-01-05'],
    ['2026-01-05T16:00:00Z', '2026-01-06'], // midnight in Beijing
    ['2026-01-05T00:30:00-05:00', '2026-01-05'], // 05:30 UTC → 13:30 Beijing
    ['2025-12-31T16:00:00.000Z', '2026-01-01'], // crosses the year
    ['2026-01-05', '2026-01-05'],
    ['2026-01-05T23:30:00', '2026-01-05'], // no offset: China time, whatever the host zone
    ['2026-01-05 08:00', '2026-01-05'],
  ])('%s → %s', (input, date) => {
    expect(toShanghaiDate(input)).toBe(date)
  })

  it.each(['', 'yesterday', '2025-02-29', '2026-13-01', '2026-02-30T10:00:00'])('rejects %p', (input) => {
    expect(() => toShanghaiDate(input)).toThrow(RangeError)
  })
})

describe('toEpochMs', () => {
  it('reads offset-less and date-only values as China time', () => {
    expect(toEpochMs('2026-01-05T08:00:00')).toBe(Date.parse('2026-01-05T00:00:00Z'))
    expect(toEpochMs('2026-01-05')).toBe(Date.parse('2026-01-04T16:00:00Z'))
    expect(toEpochMs('2026-01-05T08:00:00+08:00')).toBe(Date.parse('2026-01-05T00:00:00Z'))
  })
})

describe('calendar arithmetic', () => {
  it('validates real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-1-5')).toBe(false)
  })

  it('adds and counts calendar days across months and years', () => {
    expect(addCalendarDays('2026-03-02', 7)).toBe('2026-03-09')
    expect(addCalendarDays('2025-12-28', 7)).toBe('2026-01-04')
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(calendarDaysBetween('2026-03-01', '2026-03-31')).toBe(30)
    expect(calendarDaysBetween('2026-03-31', '2026-03-01')).toBe(-30)
    expect(calendarDaysBetween('2025-12-31', '2026-01-01')).toBe(1)
  })
})
