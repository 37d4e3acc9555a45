/**
 * 上门服务: residents at or over HOME_VISIT_MIN_AGE, or with a disability record, may ask for a
 * worker to come to their home from a matter's guide. Slots: the next 5 working days, morning
 * and afternoon.
 */
import { addWorkingDays, isWorkingDay } from '@/domain/calendar'
import { formatDateCn } from '@/domain/time/china-time'
import { ageOn, type DisabilityRecord } from './rules'

/** the configured age (this community's choice) */
export const HOME_VISIT_MIN_AGE = 70

export function homeVisitEligibility(
  s: { birthDate: string; disability?: DisabilityRecord | null },
  today: string,
): { eligible: boolean; reason: string } {
  if (ageOn(s.birthDate, today) >= HOME_VISIT_MIN_AGE) return { eligible: true, reason: `您已年满 ${HOME_VISIT_MIN_AGE} 周岁` }
  if (s.disability) return { eligible: true, reason: '您持有残疾人证' }
  return { eligible: false, reason: `上门服务面向年满 ${HOME_VISIT_MIN_AGE} 周岁或持有残疾人证的居民` }
}

export function homeVisitSlots(today: string, days = 5): Array<{ value: string; label: string }> {
  const out: Array<{ value: string; label: string }> = []
  let d = today
  for (let i = 0; i < days; i++) {
    d = addWorkingDays(d, 1)
    if (!isWorkingDay(d)) continue
    out.push({ value: `${d}-am`, label: `${formatDateCn(d)} 上午 9:00–12:00` })
    out.push({ value: `${d}-pm`, label: `${formatDateCn(d)} 下午 14:30–17:30` })
  }
  return out
}
