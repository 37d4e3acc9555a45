import { addDays, addMonths, daysBetween, formatDateCn, isValidDate } from '@/domain/matters/dates'

describe('calendar days on YYYY-MM-DD', () => {
  it('knows real dates from look-alikes', () => {
    expect(isValidDate('2024-02-29')).toBe(true)
    expect(isValidDate('2025-02-29')).toBe(false)
    expect(isValidDate('2025-13-01')).toBe(false)
    expect(isValidDate('2025-6-1')).toBe(false)
    expect(isValidDate(20250601)).toBe(false)
  })

  it('adds months, landing on the month’s last day when needed', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2025-06-16', -12)).toBe('2024-06-16')
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28')
  })

  it('adds days across months and years', () => {
    expect(addDays('2027-03-01', -30)).toBe('2027-01-30')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(daysBetween('2025-06-16', '2025-07-26')).toBe(40)
  })

  it('writes dates the way people read them', () => {
    expect(formatDateCn('2027-01-30')).toBe('2027年1月30日')
    expect(formatDateCn('not a date')).toBe('not a date')
  })
})
