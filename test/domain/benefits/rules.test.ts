/** 免申即享 rules as data: each condition's reason when it holds and when it fails; rates by age band; 上门服务. */
import { ageOn, BENEFIT_RULES, evaluateBenefit, findBenefitRule, homeVisitEligibility, homeVisitSlots } from '@/domain/benefits'

const here = { region: '四川省达州市通川区', community: '朝阳街道西外社区', detail: '凤凰大道 12 号' }
const elsewhere = { ...here, community: '朝阳街道东外社区' }
const person = (birthDate: string, extra = {}) => ({ birthDate, residenceAddress: here, hukouAddress: here, ...extra })
const TODAY = '2026-11-23'

it('counts full years', () => {
  expect(ageOn('1946-11-24', TODAY)).toBe(79)
  expect(ageOn('1946-11-23', TODAY)).toBe(80)
})

it('高龄津贴: 80 and over, at the local rate by age band; the reason says why', () => {
  const rule = findBenefitRule('longevity-allowance')!
  expect(evaluateBenefit(rule, person('1943-03-12'), TODAY)).toEqual({ eligible: true, reason: '您已年满 80 周岁，居住在西外社区', amount: '每月 100 元', perMonth: 100 })
  expect(evaluateBenefit(rule, person('1930-01-01'), TODAY)).toMatchObject({ perMonth: 300 })
  expect(evaluateBenefit(rule, person('1920-01-01'), TODAY)).toMatchObject({ perMonth: 600 })
  expect(evaluateBenefit(rule, person('1946-12-15'), TODAY)).toEqual({ eligible: false, reason: '年满 80 周岁才能享受' })
  expect(evaluateBenefit(rule, { ...person('1941-05-20'), residenceAddress: elsewhere }, TODAY)).toEqual({ eligible: false, reason: '您的居住登记已不在西外社区，请到现居住地社区办理' })
})

it('残疾人两项补贴: 护理补贴 for 一、二级, 生活补贴 for a low-income family', () => {
  const care = findBenefitRule('disability-care-subsidy')!
  const living = findBenefitRule('disability-living-subsidy')!
  const level2 = person('1978-06-09', { disability: { level: 2, category: '肢体', lowIncome: false } })
  const level4 = person('1969-09-30', { disability: { level: 4, category: '听力', lowIncome: true } })
  expect(evaluateBenefit(care, level2, TODAY)).toMatchObject({ eligible: true, reason: '您持有二级残疾人证（肢体），居住在西外社区' })
  expect(evaluateBenefit(care, level4, TODAY)).toEqual({ eligible: false, reason: '持有二级及以上残疾人证才能享受' })
  expect(evaluateBenefit(living, level4, TODAY)).toMatchObject({ eligible: true, perMonth: 80 })
  expect(evaluateBenefit(living, level2, TODAY).eligible).toBe(false)
})

it('every rule files under a catalog matter', () => {
  for (const r of BENEFIT_RULES) expect(r.matterId).toBeTruthy()
})

it('上门服务: 70 and over or a disability record; slots on the next 5 working days', () => {
  expect(homeVisitEligibility({ birthDate: '1950-01-15' }, TODAY).eligible).toBe(true)
  expect(homeVisitEligibility({ birthDate: '1985-07-20', disability: { level: 3, category: '视力', lowIncome: false } }, TODAY).eligible).toBe(true)
  expect(homeVisitEligibility({ birthDate: '1985-07-20' }, TODAY)).toEqual({ eligible: false, reason: '上门服务面向年满 70 周岁或持有残疾人证的居民' })
  const slots = homeVisitSlots(TODAY)
  expect(slots).toHaveLength(10)
  expect(slots[0].value).toBe('2026-11-24-am')
})
