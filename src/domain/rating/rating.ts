/**
 * 好差评 (national government-service rating scheme): one rating per case, five levels.
 * The bottom two are 差评: they need a reason and a named follow-up (回访) within a deadline.
 */
import { computeDueDate, type DueDate } from '@/domain/cases/sla'

export const RATING_LEVELS = [
  { id: 'very-satisfied', label: '非常满意', score: 5, bad: false },
  { id: 'satisfied', label: '满意', score: 4, bad: false },
  { id: 'basically-satisfied', label: '基本满意', score: 3, bad: false },
  { id: 'dissatisfied', label: '不满意', score: 2, bad: true },
  { id: 'very-dissatisfied', label: '非常不满意', score: 1, bad: true },
] as const satisfies ReadonlyArray<{ id: string; label: string; score: number; bad: boolean }>

export type RatingLevelId = (typeof RATING_LEVELS)[number]['id']
export type RatingLevel = (typeof RATING_LEVELS)[number]

/** Levels that count as satisfied in satisfactionRate: 基本满意 is a pass, not a 满意. */
export const SATISFIED_LEVELS: readonly RatingLevelId[] = ['very-satisfied', 'satisfied']

/** Reason length (code points) required for a bad rating: enough to act on in the 回访. */
export const MIN_BAD_RATING_REASON_LENGTH = 5
export const MAX_RATING_REASON_LENGTH = 300
/** Working days to call the resident back after a 差评 (local: 5–15; config overrides). */
export const FOLLOW_UP_WORKING_DAYS = 5

export function ratingLevel(id: string): RatingLevel | undefined {
  return RATING_LEVELS.find((l) => l.id === id)
}

export function isRatingLevelId(id: unknown): id is RatingLevelId {
  return typeof id === 'string' && ratingLevel(id) !== undefined
}

export interface RatingDraft {
  level?: string | null
  reason?: string | null
}

export type RatingField = 'level' | 'reason'

export interface RatingValidation {
  valid: boolean
  errors: Partial<Record<RatingField, string>>
}

const codePoints = (s: string): number => [...s].length

export function validateRating(draft: RatingDraft): RatingValidation {
  const errors: Partial<Record<RatingField, string>> = {}
  const level = draft.level ? ratingLevel(draft.level) : undefined
  const reason = (draft.reason ?? '').trim()
  if (!level) {
    errors.level = '请选择评价等级'
  } else if (level.bad && codePoints(reason) < MIN_BAD_RATING_REASON_LENGTH) {
    errors.reason =
      reason === '' ? `请说明${level.label}的原因，我们会回访处理` : `原因请至少写${MIN_BAD_RATING_REASON_LENGTH}个字`
  }
  if (codePoints(reason) > MAX_RATING_REASON_LENGTH) {
    errors.reason = `原因不能超过${MAX_RATING_REASON_LENGTH}字`
  }
  return { valid: Object.keys(errors).length === 0, errors }
}

/** Every 差评 gets a named follow-up call. */
export function needsFollowUp(level: RatingLevelId): boolean {
  return ratingLevel(level)?.bad ?? false
}

/** The follow-up is due `days` working days after the rating (China-time date of ratedAt). */
export function followUpDueDate(ratedAt: string, days: number = FOLLOW_UP_WORKING_DAYS): DueDate {
  return computeDueDate(ratedAt, days)
}

/**
 * Satisfaction rate = (非常满意 + 满意) / all ratings, as a fraction 0..1.
 * 基本满意 and the two bad levels count in the denominator only. No ratings → null (not NaN, not
 * 0): "no data" must not read as "nobody satisfied" or as 100%.
 */
export function satisfactionRate(ratings: ReadonlyArray<{ level: RatingLevelId }>): number | null {
  if (ratings.length === 0) return null
  const satisfied = ratings.filter((r) => SATISFIED_LEVELS.includes(r.level)).length
  return satisfied / ratings.length
}

/** "96.3%", or 暂无评价 for null. */
export function formatSatisfactionRate(rate: number | null): string {
  return rate === null ? '暂无评价' : `${(rate * 100).toFixed(1)}%`
}
