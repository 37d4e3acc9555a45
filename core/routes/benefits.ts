/**
 * 免申即享 (docs/one-thing.md): the backend evaluates the rules of src/domain/benefits against
 * the population record and offers what the resident is eligible for; a confirmation creates
 * an approved-by-rule case with the whole trail (submit by the resident, grant by the rule),
 * checked again at the moment of confirming. A decline is recorded and the card goes away.
 */
import { applyAction } from '@/domain/cases/state-machine'
import { BENEFIT_RULES, evaluateBenefit, findBenefitRule, type BenefitRule } from '@/domain/benefits'
import { getMatter } from '@/domain/matters/catalog'
import type { Ctx } from '../context'
import { bodyOf, fail, str, type Router } from '../http'
import type { BenefitDecision } from '../one-thing-records'
import type { CaseRecord, ResidentRecord } from '../storage'
import { caseDetail } from '../views'
import { actorOfResident, fileApplication } from './one-thing-common'

export const PAY_OPTIONS = [
  { value: 'social-security-card', label: '本人社会保障卡（金融账户）' },
  { value: 'bank-card', label: '本人其他银行卡（工作人员电话核对卡号）' },
] as const

/** The rule engine's actor: approvals it makes are recorded under this name. */
export const RULE_ACTOR = { id: 'system-benefit-rules', role: 'admin' as const, name: '免申即享规则' }

const decisionKey = (residentId: string, benefitId: string) => `${residentId} ${benefitId}`

function evaluate(ctx: Ctx, r: ResidentRecord, rule: BenefitRule) {
  return evaluateBenefit(rule, { birthDate: r.birthDate, residenceAddress: r.residenceAddress, hukouAddress: r.hukouAddress, disability: r.disability ?? null }, ctx.today())
}

export function registerBenefits(r: Router, ctx: Ctx): void {
  r.on('GET', '/v1/me/benefits', (req) => {
    const { resident } = ctx.verifiedResident(req)
    return BENEFIT_RULES.flatMap((rule) => {
      if (ctx.state.benefitDecisions.has(decisionKey(resident.residentId, rule.id))) return []
      const e = evaluate(ctx, resident, rule)
      if (!e.eligible) return []
      return [
        {
          id: rule.id,
          name: rule.name,
          matterId: rule.matterId,
          reason: e.reason,
          ...(e.amount ? { amount: e.amount } : {}),
          payOptions: rule.paid ? PAY_OPTIONS.map((o) => ({ ...o })) : [],
        },
      ]
    })
  })

  r.on('POST', '/v1/me/benefits/:id/confirm', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const rule = findBenefitRule(req.params.id)
    if (!rule) fail('not-found', '没有这项待遇')
    const key = decisionKey(resident.residentId, rule.id)
    const earlier = ctx.state.benefitDecisions.get(key)
    if (earlier) fail('conflict', earlier.decision === 'confirmed' ? '这项待遇您已经确认过了' : '这项待遇您已选择不领取')
    // checked again now: the record may have changed since the card was shown (moved out…)
    const e = evaluate(ctx, resident, rule)
    if (!e.eligible) {
      ctx.audit(resident.residentId, 'resident', 'benefit-refused', null, `${rule.name}：${e.reason}`)
      fail('forbidden', `暂不能享受${rule.name}：${e.reason}`, { details: { reason: e.reason } })
    }
    const b = bodyOf(req)
    const payTo = str(b.payTo)
    if (rule.paid && !PAY_OPTIONS.some((o) => o.value === payTo)) fail('validation', '请选择发放到哪个账户', { fieldErrors: { payTo: '请选择发放到哪个账户' } })
    const matter = getMatter(rule.matterId)
    const values: Record<string, unknown> = { benefit: rule.name, reason: e.reason }
    if (e.amount) values.amount = e.amount
    if (rule.paid) values.payTo = PAY_OPTIONS.find((o) => o.value === payTo)!.label
    const filed = fileApplication(ctx, {
      matter,
      applicant: resident,
      proxyId: null,
      actor: actorOfResident(resident),
      values,
      materials: {},
      note: `免申即享：确认领取${rule.name}`,
    })
    ctx.audit(resident.residentId, 'resident', 'submit', filed.id, `免申即享：${rule.name}`)
    const granted = applyAction(filed, 'grant-by-rule', { note: `${e.reason}${e.amount ? `，${e.amount}` : ''}` }, { actor: RULE_ACTOR, at: ctx.nowIso() })
    if (!granted.ok) fail('conflict', granted.message)
    const approved = granted.state as CaseRecord
    ctx.state.cases.set(approved.id, approved)
    ctx.audit(RULE_ACTOR.id, 'system', 'grant-by-rule', approved.id, `${rule.name}：${e.reason}`)
    const decision: BenefitDecision = { residentId: resident.residentId, benefitId: rule.id, decision: 'confirmed', at: ctx.nowIso(), caseId: approved.id }
    ctx.state.benefitDecisions.set(key, decision)
    return caseDetail(ctx, approved, { kind: 'resident', userId: resident.residentId })
  })

  r.on('POST', '/v1/me/benefits/:id/decline', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const rule = findBenefitRule(req.params.id)
    if (!rule) fail('not-found', '没有这项待遇')
    const key = decisionKey(resident.residentId, rule.id)
    if (ctx.state.benefitDecisions.has(key)) fail('conflict', '这项待遇您已经处理过了')
    ctx.state.benefitDecisions.set(key, { residentId: resident.residentId, benefitId: rule.id, decision: 'declined', at: ctx.nowIso(), caseId: null })
    ctx.audit(resident.residentId, 'resident', 'benefit-declined', null, rule.name)
    return { ok: true }
  })
}
