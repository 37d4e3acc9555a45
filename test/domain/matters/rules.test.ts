import { getMatter } from '@/domain/matters/catalog'
import { RULES, runRules } from '@/domain/matters/rules'
import type { FormDefinition } from '@/domain/matters/types'
import { DOG_WANGCAI, TODAY } from './fixtures'

const ruleCtx = { today: TODAY, householdDogs: [DOG_WANGCAI], keyZone: true }

describe('RULES registry', () => {
  it('has one pure function per RuleId', () => {
    expect(Object.keys(RULES).sort()).toEqual(['dog-annual-review', 'dog-owned', 'dog-registration'])
  })

  it('runs nothing for a form without rules', () => {
    const def: FormDefinition = { version: 1, fields: [], materials: [] }
    expect(runRules(def, {}, ruleCtx)).toEqual({ ok: true, fieldErrors: {}, formErrors: [] })
  })

  it('runs on the submitted values only: a hidden typed breed is ignored', () => {
    const def = getMatter('dog-registration').form!
    const values = {
      breed: '比熊',
      breedOther: '藏獒', // left over from an earlier choice; hidden, so not submitted
      dogBirthDate: '2024-03-01',
      shoulderHeightCm: 28,
      vaccinationDate: '2025-05-20',
    }
    expect(runRules(def, values, { ...ruleCtx, householdDogs: [] }).ok).toBe(true)
  })

  it('checks that a picked dog belongs to the household', () => {
    expect(RULES['dog-owned']({ dogLicenceNo: DOG_WANGCAI.licenceNo }, ruleCtx).ok).toBe(true)
    const r = RULES['dog-owned']({ dogLicenceNo: 'DZ-0000' }, ruleCtx)
    expect(r.fieldErrors.dogLicenceNo).toContain('没有找到')
  })

  it('merges suggestions without repeats', () => {
    const def = getMatter('dog-registration').form!
    const r = runRules(
      def,
      { breed: '比熊', dogBirthDate: '2024-03-01', shoulderHeightCm: 28, vaccinationDate: '2025-05-20' },
      ruleCtx,
    )
    expect(r.suggestedMatters).toEqual(['dog-deregistration', 'dog-info-change'])
  })
})
