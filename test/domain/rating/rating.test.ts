import {
  RATING_LEVELS,
  followUpDueDate,
  formatSatisfactionRate,
  needsFollowUp,
  satisfactionRate,
  validateRating,
  type RatingLevelId,
} from '@/domain/rating/rating'

describe('RATING_LEVELS', () => {
  it('has the five 好差评 levels, scored 5 to 1', () => {
    expect(RATING_LEVELS.map((l) => [l.label, l.score])).toEqual([
      ['非常满意', 5],
      ['满意', 4],
      ['基本满意', 3],
      ['不满意', 2],
      ['非常不满意', 1],
    ])
    expect(new Set(RATING_LEVELS.map((l) => l.id)).size).toBe(5)
  })
})

describe('validateRating', () => {
  it('requires a level', () => {
    expect(validateRating({})).toEqual({ valid: false, errors: { level: '请选择评价等级' } })
    expect(validateRating({ level: 'great' }).errors.level).toBeDefined()
  })

  it.each<RatingLevelId>(['dissatisfied', 'very-dissatisfied'])(
    'requires a reason of 5+ characters for %s',
    (level) => {
      expect(validateRating({ level }).errors.reason).toMatch(/原因/)
      expect(validateRating({ level, reason: '   ' }).errors.reason).toBeDefined()
      expect(validateRating({ level, reason: '等太久了' }).errors.reason).toMatch(/至少写5个字/)
      expect(validateRating({ level, reason: '等了太久了' })).toEqual({ valid: true, errors: {} })
    },
  )

  it.each<RatingLevelId>(['very-satisfied', 'satisfied', 'basically-satisfied'])(
    'takes %s without a reason',
    (level) => {
      expect(validateRating({ level })).toEqual({ valid: true, errors: {} })
    },
  )

  it('caps the reason length', () => {
    expect(validateRating({ level: 'satisfied', reason: '好'.repeat(300) }).valid).toBe(true)
    expect(validateRating({ level: 'satisfied', reason: '好'.repeat(301) }).errors.reason).toMatch(/300/)
  })
})

describe('needsFollowUp', () => {
  it('is true for exactly the bottom two levels', () => {
    expect(RATING_LEVELS.filter((l) => needsFollowUp(l.id)).map((l) => l.label)).toEqual(['不满意', '非常不满意'])
  })
})

describe('followUpDueDate', () => {
  // 2025: 10/1–10/8 off, 10/11 (Sat) works; 10/13 is a Monday.
  it('defaults to 5 working days: 9/30 → 10/9, 10/10, 10/11, 10/13, 10/14', () => {
    expect(followUpDueDate('2025-09-30T18:00:00+08:00')).toEqual({ dueDate: '2025-10-14', provisional: false })
  })

  it('takes the local deadline: 15 working days from 9/30 is 10/28', () => {
    expect(followUpDueDate('2025-09-30T18:00:00+08:00', 15).dueDate).toBe('2025-10-28')
  })
})

describe('satisfactionRate', () => {
  const r = (...levels: RatingLevelId[]) => levels.map((level) => ({ level }))

  it('is (非常满意 + 满意) / all ratings', () => {
    expect(satisfactionRate(r('very-satisfied', 'satisfied', 'basically-satisfied', 'dissatisfied'))).toBe(0.5)
    expect(satisfactionRate(r('very-satisfied', 'satisfied', 'satisfied'))).toBe(1)
    expect(satisfactionRate(r('basically-satisfied'))).toBe(0)
    expect(satisfactionRate(r('very-dissatisfied', 'dissatisfied', 'satisfied'))).toBeCloseTo(1 / 3, 12)
  })

  it('is null, not NaN, without ratings', () => {
    expect(satisfactionRate([])).toBeNull()
  })

  it('formats for display', () => {
    expect(formatSatisfactionRate(null)).toBe('暂无评价')
    expect(formatSatisfactionRate(0.9634)).toBe('96.3%')
    expect(formatSatisfactionRate(1)).toBe('100.0%')
  })
})
