/**
 * 免申即享: benefits granted without applying. The rules are data, evaluated by the backend
 * against the population record (never by the client, which only shows the result). A rule
 * holds when every condition holds; the reasons of the conditions that held become the
 * card's 为什么 (您已年满 80 周岁…), the first that failed becomes the refusal.
 */
import { COMMUNITY } from '@/domain/matters/community-config'
import type { MatterId } from '@/domain/matters/matter-index'
import type { Address } from '@/domain/identity/profile'

/** A disability record (残疾人证), as the 残联 database returns it. */
export interface DisabilityRecord {
  /** 1 = 一级 (most severe) … 4 = 四级 */
  level: 1 | 2 | 3 | 4
  /** 肢体, 视力, 听力, 言语, 智力, 精神, 多重 */
  category: string
  /** 困难残疾人: in a 低保 or low-income family */
  lowIncome: boolean
}

/** What a rule may read: the population record's facts, never what the client says. */
export interface BenefitSubject {
  birthDate: string
  residenceAddress: Address | null
  hukouAddress: Address | null
  disability?: DisabilityRecord | null
}

export type Condition =
  | { kind: 'age-at-least'; years: number }
  | { kind: 'lives-in-community' }
  | { kind: 'disability-level-at-most'; level: 1 | 2 | 3 | 4 }
  | { kind: 'disability-low-income' }

/** Local rates (yuan per month) by age band: the first band whose `from` the age reaches, from the top. */
export interface AgeRate {
  from: number
  perMonth: number
}

export interface BenefitRule {
  id: string
  name: string
  /** the matter the granted case is filed under */
  matterId: MatterId
  conditions: readonly Condition[]
  /** paid monthly: by age band, or a flat amount */
  amount?: { kind: 'by-age'; rates: readonly AgeRate[] } | { kind: 'flat'; perMonth: number; what: string }
  /** money goes to an account (the resident picks one from the record) */
  paid: boolean
}

/** This community's rules and rates (local facts: change them here). */
export const BENEFIT_RULES: readonly BenefitRule[] = [
  {
    id: 'longevity-allowance',
    name: '高龄津贴',
    matterId: 'longevity-allowance',
    conditions: [{ kind: 'age-at-least', years: 80 }, { kind: 'lives-in-community' }],
    amount: {
      kind: 'by-age',
      rates: [
        { from: 100, perMonth: 600 },
        { from: 90, perMonth: 300 },
        { from: 80, perMonth: 100 },
      ],
    },
    paid: true,
  },
  {
    id: 'senior-card',
    name: '老年人优待证',
    matterId: 'senior-card',
    conditions: [{ kind: 'age-at-least', years: 60 }, { kind: 'lives-in-community' }],
    paid: false,
  },
  {
    id: 'disability-care-subsidy',
    name: '重度残疾人护理补贴',
    matterId: 'disability-subsidies',
    conditions: [{ kind: 'disability-level-at-most', level: 2 }, { kind: 'lives-in-community' }],
    amount: { kind: 'flat', perMonth: 100, what: '护理补贴' },
    paid: true,
  },
  {
    id: 'disability-living-subsidy',
    name: '困难残疾人生活补贴',
    matterId: 'disability-subsidies',
    conditions: [{ kind: 'disability-low-income' }, { kind: 'lives-in-community' }],
    amount: { kind: 'flat', perMonth: 80, what: '生活补贴' },
    paid: true,
  },
]

const LEVELS = ['', '一级', '二级', '三级', '四级']

/** Full years of age on `today` (YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number)
  const [ty, tm, td] = today.split('-').map(Number)
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

function check(c: Condition, s: BenefitSubject, today: string): { ok: true; reason: string } | { ok: false; reason: string } {
  switch (c.kind) {
    case 'age-at-least': {
      const ok = ageOn(s.birthDate, today) >= c.years
      return ok ? { ok, reason: `您已年满 ${c.years} 周岁` } : { ok, reason: `年满 ${c.years} 周岁才能享受` }
    }
    case 'lives-in-community': {
      const ok = s.residenceAddress?.community.includes(COMMUNITY.name) ?? false
      return ok ? { ok, reason: `居住在${COMMUNITY.name}` } : { ok, reason: `您的居住登记已不在${COMMUNITY.name}，请到现居住地社区办理` }
    }
    case 'disability-level-at-most': {
      const d = s.disability
      const ok = Boolean(d && d.level <= c.level)
      return ok ? { ok, reason: `您持有${LEVELS[d!.level]}残疾人证（${d!.category}）` } : { ok, reason: `持有${LEVELS[c.level]}及以上残疾人证才能享受` }
    }
    case 'disability-low-income': {
      const d = s.disability
      const ok = Boolean(d && d.lowIncome)
      return ok ? { ok, reason: '您是困难家庭的持证残疾人' } : { ok, reason: '困难家庭的持证残疾人才能享受' }
    }
  }
}

export type BenefitEvaluation =
  | { eligible: true; reason: string; amount: string | null; perMonth: number | null }
  | { eligible: false; reason: string }

export function evaluateBenefit(rule: BenefitRule, s: BenefitSubject, today: string): BenefitEvaluation {
  const reasons: string[] = []
  for (const c of rule.conditions) {
    const r = check(c, s, today)
    if (!r.ok) return { eligible: false, reason: r.reason }
    reasons.push(r.reason)
  }
  let perMonth: number | null = null
  let amount: string | null = null
  if (rule.amount?.kind === 'by-age') {
    const age = ageOn(s.birthDate, today)
    perMonth = rule.amount.rates.find((r) => age >= r.from)?.perMonth ?? null
    amount = perMonth === null ? null : `每月 ${perMonth} 元`
  } else if (rule.amount?.kind === 'flat') {
    perMonth = rule.amount.perMonth
    amount = `${rule.amount.what}每月 ${perMonth} 元`
  }
  return { eligible: true, reason: reasons.join('，'), amount, perMonth }
}

export function findBenefitRule(id: string): BenefitRule | undefined {
  return BENEFIT_RULES.find((r) => r.id === id)
}
