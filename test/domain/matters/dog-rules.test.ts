import {
  checkAnnualReview,
  checkDogRegistration,
  dogFee,
  dogFeeText,
  findBannedBreed,
  type DogRegistrationInput,
  type DogRuleContext,
} from '@/domain/matters/dog-rules'
import { BANNED_BREEDS, DOG_RULES_CONFIG } from '@/domain/matters/dog-rules-config'
import { DOG_BREED_OPTIONS } from '@/domain/matters/definitions/dog-options'
import { DOG_WANGCAI, TODAY } from './fixtures'

const input = (over: Partial<DogRegistrationInput> = {}): DogRegistrationInput => ({
  breed: '比熊',
  birthDate: '2024-03-01',
  shoulderHeightCm: 28,
  neutered: false,
  assistanceDog: false,
  vaccinationDate: '2025-05-20',
  ...over,
})
const keyZone: DogRuleContext = { today: TODAY, householdDogs: [], keyZone: true }
const ordinaryZone: DogRuleContext = { ...keyZone, keyZone: false }

describe('checkDogRegistration', () => {
  it('accepts a small, vaccinated, grown-up dog in a household without dogs', () => {
    expect(checkDogRegistration(input(), keyZone)).toEqual({ ok: true, fieldErrors: {}, formErrors: [] })
  })

  describe('breeds', () => {
    it('refuses a fierce breed anywhere in the city', () => {
      for (const c of [keyZone, ordinaryZone]) {
        const r = checkDogRegistration(input({ breed: '罗威纳' }), c)
        expect(r.ok).toBe(false)
        expect(r.fieldErrors.breed).toContain('烈性犬')
      }
    })

    it('refuses a large breed in the key zone only', () => {
      const inZone = checkDogRegistration(input({ breed: '德国牧羊犬' }), keyZone)
      expect(inZone.fieldErrors.breed).toContain('限养区')
      expect(checkDogRegistration(input({ breed: '德国牧羊犬' }), ordinaryZone).fieldErrors.breed).toBeUndefined()
    })

    it('recognises a typed breed, its common name and decorated spellings', () => {
      const typed = checkDogRegistration(input({ breed: '其他', breedOther: '纯种 藏獒' }), ordinaryZone)
      expect(typed.fieldErrors.breedOther).toContain('藏獒')
      expect(typed.fieldErrors.breed).toBeUndefined()
      expect(findBannedBreed('德牧')?.name).toBe('德国牧羊犬')
      expect(findBannedBreed('秋田')?.name).toBe('秋田犬')
      expect(findBannedBreed('杜宾')?.name).toBe('杜宾犬')
    })

    it('never bans a breed offered in the picker', () => {
      const banned = DOG_BREED_OPTIONS.filter((o) => findBannedBreed(o.value))
      expect(banned).toEqual([])
    })

    it('keeps a list of about 38 distinct banned breeds, fierce and large', () => {
      expect(BANNED_BREEDS.length).toBeGreaterThanOrEqual(35)
      expect(new Set(BANNED_BREEDS.map((b) => b.name)).size).toBe(BANNED_BREEDS.length)
      expect(BANNED_BREEDS.some((b) => b.scope === 'all')).toBe(true)
      expect(BANNED_BREEDS.some((b) => b.scope === 'key-zone')).toBe(true)
    })
  })

  describe('shoulder height', () => {
    it('refuses 36 cm in the key zone and names the limit', () => {
      const r = checkDogRegistration(input({ shoulderHeightCm: 36 }), keyZone)
      expect(r.ok).toBe(false)
      expect(r.fieldErrors.shoulderHeightCm).toContain(`${DOG_RULES_CONFIG.keyZone.maxShoulderHeightCm} 厘米`)
      expect(r.fieldErrors.shoulderHeightCm).toContain('36 厘米')
    })

    it('accepts exactly 35 cm, and 36 cm outside the key zone', () => {
      expect(checkDogRegistration(input({ shoulderHeightCm: 35 }), keyZone).ok).toBe(true)
      expect(checkDogRegistration(input({ shoulderHeightCm: 36 }), ordinaryZone).ok).toBe(true)
    })

    it('lets a guide dog exceed the height limit and the large-breed ban', () => {
      const guide = input({ breed: '拉布拉多', shoulderHeightCm: 58, assistanceDog: true })
      expect(checkDogRegistration(guide, keyZone).ok).toBe(true)
      expect(checkDogRegistration({ ...guide, assistanceDog: false }, keyZone).ok).toBe(false)
    })
  })

  describe('one dog per household in the key zone', () => {
    it('refuses a second dog and points to 犬只注销 / 犬只信息变更', () => {
      const r = checkDogRegistration(input(), { ...keyZone, householdDogs: [DOG_WANGCAI] })
      expect(r.ok).toBe(false)
      expect(r.formErrors).toHaveLength(1)
      expect(r.formErrors[0]).toContain('每户限养 1 只')
      expect(r.formErrors[0]).toContain('旺财')
      expect(r.formErrors[0]).toContain('犬只注销')
      expect(r.formErrors[0]).toContain('犬只信息变更')
      expect(r.suggestedMatters).toEqual(['dog-deregistration', 'dog-info-change'])
    })

    it('does not count a cancelled dog, nor apply outside the key zone', () => {
      const gone = { ...DOG_WANGCAI, status: 'cancelled' as const }
      expect(checkDogRegistration(input(), { ...keyZone, householdDogs: [gone] }).ok).toBe(true)
      expect(checkDogRegistration(input(), { ...ordinaryZone, householdDogs: [DOG_WANGCAI] }).ok).toBe(true)
    })

    it('counts an expired licence: the dog still lives there', () => {
      const expired = { ...DOG_WANGCAI, status: 'expired' as const }
      expect(checkDogRegistration(input(), { ...keyZone, householdDogs: [expired] }).ok).toBe(false)
    })
  })

  describe('age', () => {
    it('refuses a 2-month-old puppy and tells when it can be registered', () => {
      const r = checkDogRegistration(input({ birthDate: '2025-04-16', vaccinationDate: '2025-06-10' }), keyZone)
      expect(r.fieldErrors.dogBirthDate).toContain('满 3 个月')
      expect(r.fieldErrors.dogBirthDate).toContain('2025年7月16日')
    })

    it('accepts a dog that turns 3 months today', () => {
      expect(checkDogRegistration(input({ birthDate: '2025-03-16', vaccinationDate: '2025-06-10' }), keyZone).ok).toBe(
        true,
      )
    })

    it('refuses a birth date in the future', () => {
      expect(checkDogRegistration(input({ birthDate: '2025-06-17' }), keyZone).fieldErrors.dogBirthDate).toContain(
        '不能晚于今天',
      )
    })
  })

  describe('rabies vaccination', () => {
    it('refuses a vaccination 13 months ago', () => {
      const r = checkDogRegistration(input({ vaccinationDate: '2024-05-16' }), keyZone)
      expect(r.fieldErrors.vaccinationDate).toContain('超过 12 个月')
    })

    it('accepts a vaccination exactly 12 months ago', () => {
      expect(checkDogRegistration(input({ vaccinationDate: '2024-06-16' }), keyZone).ok).toBe(true)
    })

    it('refuses a vaccination in the future', () => {
      const r = checkDogRegistration(input({ vaccinationDate: '2025-06-17' }), keyZone)
      expect(r.fieldErrors.vaccinationDate).toContain('不能晚于今天')
    })

    it('refuses a vaccination before the dog was born', () => {
      const r = checkDogRegistration(input({ birthDate: '2025-01-10', vaccinationDate: '2024-12-01' }), keyZone)
      expect(r.fieldErrors.vaccinationDate).toContain('早于犬只出生日期')
    })
  })

  it('reports every problem at once', () => {
    const r = checkDogRegistration(
      input({ breed: '藏獒', shoulderHeightCm: 70, birthDate: '2025-05-01', vaccinationDate: '2026-01-01' }),
      { ...keyZone, householdDogs: [DOG_WANGCAI] },
    )
    expect(Object.keys(r.fieldErrors).sort()).toEqual(['breed', 'dogBirthDate', 'shoulderHeightCm', 'vaccinationDate'])
    expect(r.formErrors).toHaveLength(1)
  })
})

describe('dogFee', () => {
  it('charges 1000 yuan for the first year and 500 for a renewal', () => {
    expect(dogFee({ kind: 'first-year', neutered: false, assistanceDog: false }).amount).toBe(1000)
    expect(dogFee({ kind: 'renewal', neutered: false, assistanceDog: false }).amount).toBe(500)
  })

  it('halves the fee for a neutered dog and says why', () => {
    const first = dogFee({ kind: 'first-year', neutered: true, assistanceDog: false })
    expect(first.amount).toBe(500)
    expect(first.breakdown).toContain('绝育')
    expect(dogFee({ kind: 'renewal', neutered: true, assistanceDog: false }).amount).toBe(250)
  })

  it('charges nothing for a guide or assistance dog', () => {
    const r = dogFee({ kind: 'first-year', neutered: true, assistanceDog: true })
    expect(r.amount).toBe(0)
    expect(r.breakdown).toContain('导盲犬')
    expect(dogFee({ kind: 'renewal', neutered: false, assistanceDog: true }).amount).toBe(0)
  })

  it('states the rule in one sentence from the config', () => {
    expect(dogFeeText()).toContain('1000 元')
    expect(dogFeeText()).toContain('500 元')
    expect(dogFeeText()).toContain('减半')
  })
})

describe('checkAnnualReview', () => {
  const dog = (validUntil: string) => ({ ...DOG_WANGCAI, validUntil })

  it('is closed 40 days before expiry and names the day it opens', () => {
    const r = checkAnnualReview(dog('2025-07-26'), TODAY)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.opensOn).toBe('2025-06-26')
    expect(r.reason).toContain('犬证有效期至 2025-07-26')
    expect(r.reason).toContain('年检将于 2025-06-26 开放')
  })

  it('computes the opening date across months', () => {
    const r = checkAnnualReview(dog('2027-03-01'), '2027-01-20')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toContain('犬证有效期至 2027-03-01，年检将于 2027-01-30 开放')
  })

  it('is open 20 days before expiry and extends the licence by a year', () => {
    expect(checkAnnualReview(dog('2025-07-06'), TODAY)).toEqual({
      ok: true,
      overdue: false,
      newValidUntil: '2026-07-06',
    })
  })

  it('opens exactly 30 days before expiry', () => {
    expect(checkAnnualReview(dog('2025-07-16'), TODAY).ok).toBe(true)
    expect(checkAnnualReview(dog('2025-07-17'), TODAY).ok).toBe(false)
  })

  it('still accepts a licence expired 10 days ago, but not 40 days ago', () => {
    expect(checkAnnualReview(dog('2025-06-06'), TODAY)).toMatchObject({ ok: true, overdue: true })
    const late = checkAnnualReview(dog('2025-05-07'), TODAY)
    expect(late.ok).toBe(false)
    if (!late.ok) expect(late.suggestedMatters).toEqual(['dog-registration'])
  })

  it('refuses a cancelled dog', () => {
    const r = checkAnnualReview({ ...dog('2025-07-01'), status: 'cancelled' }, TODAY)
    expect(r.ok).toBe(false)
  })
})
