/**
 * Dog-licence business rules (养犬登记、年检、收费). Pure functions over plain input; the
 * figures come from dog-rules-config.ts. The app runs them before submitting and the backend
 * runs the same ones on receipt (see rules.ts).
 */
import type { DogRecord } from '@/domain/identity/profile'
import type { MatterId } from './matter-index'
import { addDays, addMonths, formatDateCn, isIsoDate } from '@/domain/time/china-time'
import { BANNED_BREEDS, DOG_RULES_CONFIG, type BannedBreed } from './dog-rules-config'

/** Form keys the dog forms and these rules share, so an error lands next to the right field. */
export const DOG_FIELDS = {
  breed: 'breed',
  breedOther: 'breedOther',
  birthDate: 'dogBirthDate',
  shoulderHeightCm: 'shoulderHeightCm',
  neutered: 'neutered',
  assistanceDog: 'assistanceDog',
  vaccinationDate: 'vaccinationDate',
  dog: 'dogLicenceNo',
} as const

/** The picker value that asks the resident to type the breed. */
export const OTHER_BREED = '其他'

export interface DogRegistrationInput {
  breed: string
  /** typed breed when the picker says 其他 */
  breedOther?: string
  /** YYYY-MM-DD */
  birthDate: string
  shoulderHeightCm: number
  neutered: boolean
  assistanceDog: boolean
  /** YYYY-MM-DD */
  vaccinationDate: string
}

export interface DogRuleContext {
  /** YYYY-MM-DD */
  today: string
  /** dogs already registered to the household (any status) */
  householdDogs: ReadonlyArray<DogRecord>
  /** is the home in the 重点管理区 (限养区)? */
  keyZone: boolean
}

export interface RuleResult {
  ok: boolean
  fieldErrors: Record<string, string>
  formErrors: string[]
  /** matters that resolve a refusal, e.g. 犬只注销 when the household already has a dog */
  suggestedMatters?: MatterId[]
}

const normalize = (s: string) => s.replace(/\s+/g, '').toLowerCase()

/** Finds the banned-list entry a breed name refers to (names, aliases; 「纯种藏獒」 counts). */
export function findBannedBreed(breed: string): BannedBreed | null {
  const b = normalize(breed)
  if (!b) return null
  for (const entry of BANNED_BREEDS) {
    for (const n of [entry.name, ...entry.aliases].map(normalize)) {
      if (b === n || b.includes(n) || (n.endsWith('犬') && b === n.slice(0, -1))) return entry
    }
  }
  return null
}

/** Dogs that still live in the household: cancelled ones (dead, rehomed) no longer count. */
export function activeDogs(dogs: ReadonlyArray<DogRecord>): DogRecord[] {
  return dogs.filter((d) => d.status !== 'cancelled')
}

/** Checks a rabies vaccination date: not in the future and within the validity period. */
export function checkVaccinationDate(date: string, today: string): string | null {
  if (!isIsoDate(date)) return '请选择狂犬病疫苗接种日期'
  if (date > today) return '接种日期不能晚于今天，请按免疫证上的日期填写'
  const months = DOG_RULES_CONFIG.vaccinationValidMonths
  if (addMonths(date, months) < today) {
    return `狂犬病疫苗接种已超过 ${months} 个月，不在有效期内。请先带犬只到动物诊疗机构补种疫苗，再来办理`
  }
  return null
}

export function checkDogRegistration(input: DogRegistrationInput, ctx: DogRuleContext): RuleResult {
  const cfg = DOG_RULES_CONFIG
  const fieldErrors: Record<string, string> = {}
  const formErrors: string[] = []
  const suggested: MatterId[] = []
  const exempt = input.assistanceDog && cfg.keyZone.assistanceDogsExempt

  // breed: the typed name counts when the picker says 其他
  const typedBreed = input.breed === OTHER_BREED
  const breedName = (typedBreed ? input.breedOther : input.breed) ?? ''
  const breedKey = typedBreed ? DOG_FIELDS.breedOther : DOG_FIELDS.breed
  const banned = findBannedBreed(breedName)
  if (banned?.scope === 'all') {
    fieldErrors[breedKey] = `“${banned.name}”属于烈性犬，本市禁止个人饲养，不能办理登记`
  } else if (banned && ctx.keyZone && !exempt) {
    fieldErrors[breedKey] = `“${banned.name}”属于大型犬，养犬重点管理区（限养区）内不能饲养，不能办理登记`
  }

  // shoulder height in the key zone
  const max = cfg.keyZone.maxShoulderHeightCm
  if (ctx.keyZone && !exempt && Number.isFinite(input.shoulderHeightCm) && input.shoulderHeightCm > max) {
    fieldErrors[DOG_FIELDS.shoulderHeightCm] =
      `重点管理区（限养区）内犬只肩高不能超过 ${max} 厘米（犬只站立时从肩部最高点到地面的距离），您填写的是 ${input.shoulderHeightCm} 厘米`
  }

  // age
  if (!isIsoDate(input.birthDate)) {
    fieldErrors[DOG_FIELDS.birthDate] = '请选择犬只出生日期'
  } else if (input.birthDate > ctx.today) {
    fieldErrors[DOG_FIELDS.birthDate] = '出生日期不能晚于今天'
  } else {
    const grownUp = addMonths(input.birthDate, cfg.minAgeMonths)
    if (grownUp > ctx.today) {
      fieldErrors[DOG_FIELDS.birthDate] =
        `犬只满 ${cfg.minAgeMonths} 个月才能登记。按您填写的出生日期，将于 ${formatDateCn(grownUp)} 满 ${cfg.minAgeMonths} 个月，请到时再来办理`
    }
  }

  // rabies vaccination
  const vaccErr = checkVaccinationDate(input.vaccinationDate, ctx.today)
  if (vaccErr) {
    fieldErrors[DOG_FIELDS.vaccinationDate] = vaccErr
  } else if (isIsoDate(input.birthDate) && input.vaccinationDate < input.birthDate) {
    fieldErrors[DOG_FIELDS.vaccinationDate] = '接种日期早于犬只出生日期，请核对免疫证'
  }

  // one dog per household in the key zone
  const living = activeDogs(ctx.householdDogs)
  if (ctx.keyZone && !exempt && living.length >= cfg.keyZone.dogsPerHousehold) {
    const listed = living.map((d) => `“${d.name}”（犬证号 ${d.licenceNo}）`).join('、')
    formErrors.push(
      `您家已登记犬只${listed}。养犬重点管理区（限养区）内每户限养 ${cfg.keyZone.dogsPerHousehold} 只犬。` +
        '如原来的犬只已死亡、送养或遗失，请先办理“犬只注销”；如只是犬只信息有变化，请办理“犬只信息变更”。',
    )
    suggested.push('dog-deregistration', 'dog-info-change')
  }

  const ok = Object.keys(fieldErrors).length === 0 && formErrors.length === 0
  return { ok, fieldErrors, formErrors, ...(suggested.length ? { suggestedMatters: suggested } : {}) }
}

export interface DogFeeInput {
  kind: 'first-year' | 'renewal'
  neutered: boolean
  assistanceDog: boolean
}

export function dogFee(input: DogFeeInput): { amount: number; breakdown: string } {
  const f = DOG_RULES_CONFIG.fees
  const what = input.kind === 'first-year' ? '首年登记费' : '年检（续期）费'
  const base = input.kind === 'first-year' ? f.firstYear : f.renewal
  if (input.assistanceDog && f.assistanceDogFree) {
    return { amount: 0, breakdown: `导盲犬、扶助犬免收${what}，应缴 0 元` }
  }
  if (input.neutered) {
    const amount = Math.round(base * f.neuteredRate)
    return { amount, breakdown: `${what} ${base} 元；犬只已绝育，减半收取，应缴 ${amount} 元` }
  }
  return { amount: base, breakdown: `${what} ${base} 元，应缴 ${base} 元` }
}

/** The fee rule in one sentence, for the 办事指南. */
export function dogFeeText(): string {
  const f = DOG_RULES_CONFIG.fees
  return (
    `首年登记 ${f.firstYear} 元；此后每年年检（续期）${f.renewal} 元；` +
    `已绝育的犬只减半收取` +
    (f.assistanceDogFree ? '；导盲犬、扶助犬免费' : '')
  )
}

export type AnnualReviewCheck =
  | { ok: true; overdue: boolean; newValidUntil: string }
  | { ok: false; reason: string; opensOn?: string; suggestedMatters?: MatterId[] }

/** 年检 is open from 30 days before expiry, and for a short grace period after it. */
export function checkAnnualReview(dog: DogRecord, today: string): AnnualReviewCheck {
  const cfg = DOG_RULES_CONFIG.annualReview
  if (dog.status === 'cancelled') {
    return { ok: false, reason: `犬只“${dog.name}”已注销，不能年检` }
  }
  const opensOn = addDays(dog.validUntil, -cfg.opensDaysBeforeExpiry)
  if (today < opensOn) {
    return {
      ok: false,
      opensOn,
      reason: `犬证有效期至 ${dog.validUntil}，年检将于 ${opensOn} 开放（到期前 ${cfg.opensDaysBeforeExpiry} 天内可办理），请到时再来`,
    }
  }
  const lastDay = addDays(dog.validUntil, cfg.graceDaysAfterExpiry)
  if (today > lastDay) {
    return {
      ok: false,
      reason: `犬证已于 ${dog.validUntil} 到期，超过 ${cfg.graceDaysAfterExpiry} 天未年检，不能再年检，请重新办理养犬登记`,
      suggestedMatters: ['dog-registration'],
    }
  }
  return {
    ok: true,
    overdue: today > dog.validUntil,
    newValidUntil: addMonths(dog.validUntil, 12 * DOG_RULES_CONFIG.licenceValidYears),
  }
}
