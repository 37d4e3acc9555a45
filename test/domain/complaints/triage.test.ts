import { TRIAGE_LEVELS, complaintDueDates, triageLevel, type TriageLevelId } from '@/domain/complaints/triage'

// 2025 schedule: 国庆+中秋 10/1–10/8 off; 10/11 (Saturday) is a make-up working day; 10/13 is a Monday.
describe('complaintDueDates', () => {
  it.each<[string, TriageLevelId, string, string]>([
    // Tue 9/30 + 3: 10/9, 10/10, 10/11 (make-up Saturday).
    ['2025-09-30T10:00:00+08:00', 'yellow', '2025-10-11', '2025-10-11'],
    // + 5: …10/11, 10/13, 10/14. + 10: 10/15, 10/16, 10/17, 10/20, 10/21.
    ['2025-09-30T10:00:00+08:00', 'red', '2025-10-14', '2025-10-21'],
    // 即办 during the holiday: the first working day after it.
    ['2025-10-03T09:00:00+08:00', 'blue', '2025-10-09', '2025-10-09'],
    // 07:00 on the make-up Saturday is still Friday 10/10 in UTC: the China date counts.
    ['2025-10-11T07:00:00+08:00', 'blue', '2025-10-11', '2025-10-11'],
    // Mon 2026-01-05 + 3: 1/6, 1/7, 1/8.
    ['2026-01-05T23:30:00+08:00', 'yellow', '2026-01-08', '2026-01-08'],
  ])('triaged %s as %s → reply by %s, resolve by %s', (at, level, replyBy, resolveBy) => {
    expect(complaintDueDates(at, level)).toEqual({ replyBy, resolveBy, provisional: false })
  })

  it('is provisional when either date falls in an unpublished year', () => {
    // Thu 2026-12-24: reply (+5) 12/31 is official, resolve (+10) lands in 2027.
    const d = complaintDueDates('2026-12-24', 'red')
    expect(d.replyBy).toBe('2026-12-31')
    expect(d.resolveBy.startsWith('2027-')).toBe(true)
    expect(d.provisional).toBe(true)
  })

  it('refuses an unknown level', () => {
    expect(() => complaintDueDates('2026-01-05', 'green' as TriageLevelId)).toThrow()
  })
})

describe('TRIAGE_LEVELS', () => {
  it('never relies on colour alone: every level has its own text label', () => {
    expect(TRIAGE_LEVELS.map((l) => l.label)).toEqual(['蓝·即办', '黄·3个工作日', '红·复杂'])
    for (const l of TRIAGE_LEVELS) {
      expect(l.label.startsWith(l.colour)).toBe(true)
      expect(l.label.length).toBeGreaterThan(l.colour.length + 1)
      expect(l.description).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('carries the configured limits', () => {
    expect(triageLevel('blue')).toMatchObject({ replyDays: 0, resolveDays: 0 })
    expect(triageLevel('yellow')).toMatchObject({ replyDays: 3 })
    expect(triageLevel('red')).toMatchObject({ replyDays: 5, resolveDays: 10 })
    for (const l of TRIAGE_LEVELS) expect(l.resolveDays).toBeGreaterThanOrEqual(l.replyDays)
  })
})
