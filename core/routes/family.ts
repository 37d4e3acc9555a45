/**
 * 亲情账号 (帮办代办 for family): a verified resident lists up to 5 relatives they help.
 * - A member of their own household (公安人口库) is added directly (the household record is
 *   the evidence; in mock mode the member's consent is recorded as simulated).
 * - A relative elsewhere is added by name + ID number as a *pending* request, which needs a
 *   face verification in this session; until the relative confirms it on their own account
 *   (`POST /v1/me/family/{requesterId}/confirm`) or a clerk confirms it at the window after
 *   checking both people's papers (`POST /v1/worker/family-links/confirm`), no one files on
 *   their behalf.
 * Links live in storage (`familyLinks`), so `backend.reset()` forgets them.
 */
import { validateIdNumber } from '@/domain/identity/id-number'
import { maskName } from '@/domain/identity/name'
import type { FamilyMember } from '@/api/contract/types'
import type { Ctx } from '../context'
import { bodyOf, fail, str, type Router } from '../http'
import { normaliseIdNumber } from '../normalise'
import { FAMILY_RELATIONS } from '../schemas'
import type { FamilyLink } from '../storage'

export const MAX_FAMILY = 5
export { FAMILY_RELATIONS }

/** Reading: no list is created for an id that has none (nothing is stored by a refused request). */
function peekLinks(ctx: Ctx, residentId: string): readonly FamilyLink[] {
  return ctx.state.familyLinks.get(residentId) ?? []
}

function linksOf(ctx: Ctx, residentId: string): FamilyLink[] {
  let list = ctx.state.familyLinks.get(residentId)
  if (!list) {
    list = []
    ctx.state.familyLinks.set(residentId, list)
  }
  return list
}

/**
 * May `proxyId` file for `applicantId`? Household members always may (公安人口库); a relative
 * elsewhere only after confirming the link on their own account. The applications route calls this.
 */
export function isAllowedProxy(ctx: Ctx, proxyId: string, applicantId: string): boolean {
  if (proxyId === applicantId) return true
  const proxy = ctx.state.residents.get(proxyId)
  if (proxy?.householdMembers.some((m) => m.residentId === applicantId)) return true
  return peekLinks(ctx, proxyId).some((l) => l.residentId === applicantId && l.consentAt !== null)
}

function view(ctx: Ctx, owner: string, l: FamilyLink): FamilyMember & { status: 'pending' | 'confirmed' } {
  const r = ctx.state.residents.get(l.residentId)
  const me = ctx.state.residents.get(owner)
  return {
    residentId: l.residentId,
    nameMasked: maskName(r?.name ?? ''),
    relation: l.relation,
    inHousehold: Boolean(me?.householdMembers.some((m) => m.residentId === l.residentId)),
    // empty until the relative confirms
    consentAt: l.consentAt ?? '',
    status: l.consentAt === null ? 'pending' : 'confirmed',
  }
}

export function registerFamily(r: Router, ctx: Ctx): void {
  r.on('GET', '/v1/me/family', (req) => {
    const { resident } = ctx.verifiedResident(req)
    return peekLinks(ctx, resident.residentId).map((l) => view(ctx, resident.residentId, l))
  })

  // requests from others to help me, waiting for my confirmation
  r.on('GET', '/v1/me/family/requests', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const out: Array<{ residentId: string; nameMasked: string; relation: string; requestedAt: string }> = []
    for (const [owner, list] of ctx.state.familyLinks) {
      const l = list.find((x) => x.residentId === resident.residentId && x.consentAt === null)
      if (l) out.push({ residentId: owner, nameMasked: maskName(ctx.state.residents.get(owner)?.name ?? ''), relation: l.relation, requestedAt: l.requestedAt })
    }
    return out
  })

  r.on('POST', '/v1/me/family', async (req) => {
    const b = bodyOf(req)
    const household = Boolean(str(b.residentId))
    // a relative elsewhere is a sensitive step: face verification in this session
    const { resident } = household ? ctx.verifiedResident(req) : ctx.freshlyVerifiedResident(req)
    const list = linksOf(ctx, resident.residentId)
    if (list.length >= MAX_FAMILY) fail('conflict', `最多添加 ${MAX_FAMILY} 位亲人`)
    const relation = str(b.relation)
    let targetId = str(b.residentId)
    if (targetId) {
      if (!resident.householdMembers.some((m) => m.residentId === targetId)) {
        fail('forbidden', '只能直接添加本户家庭成员；其他亲属请填写姓名和身份证号码', {
          fieldErrors: { residentId: '不是本户家庭成员' },
        })
      }
    } else {
      const name = str(b.name)
      if (!name) fail('validation', '请填写亲人的姓名', { fieldErrors: { name: '请填写亲人的姓名' } })
      const id = validateIdNumber(normaliseIdNumber(str(b.idNumber)))
      if (!id.ok) fail('validation', id.reason, { fieldErrors: { idNumber: id.reason } })
      // guessing names and ID numbers here is throttled like the face-verification claim
      const perUser = `claim:${resident.residentId}`
      ctx.checkThrottle(perUser, '核对身份的次数过多，请 10 分钟后再试')
      const match = await ctx.population.findByIdNumber(id.value.normalized)
      if (!match || match.name !== name) {
        ctx.countFailure(perUser, ctx.config.claimFailureLimit)
        fail('validation', '姓名与身份证号码不匹配，或不是本社区登记的居民', {
          fieldErrors: { idNumber: '请核对姓名和身份证号码' },
        })
      }
      targetId = match.residentId
    }
    if (targetId === resident.residentId) fail('validation', '不能添加自己', { fieldErrors: { residentId: '不能添加自己' } })
    if (list.some((l) => l.residentId === targetId)) fail('conflict', '这位亲人已经添加过了')
    const inHousehold = resident.householdMembers.some((m) => m.residentId === targetId)
    const now = ctx.nowIso()
    // household: the population record is the evidence (mock: the member's consent is simulated);
    // elsewhere: pending until the relative confirms on their own account
    const link: FamilyLink = { residentId: targetId, relation, requestedAt: now, consentAt: inHousehold ? now : null }
    list.push(link)
    ctx.audit(resident.residentId, 'resident', 'family-add', null, `relative=${targetId} relation=${relation} consent=${inHousehold ? 'simulated' : 'pending'}`)
    return view(ctx, resident.residentId, link)
  })

  r.on('POST', '/v1/me/family/:residentId/confirm', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const link = peekLinks(ctx, req.params.residentId).find((l) => l.residentId === resident.residentId)
    if (!link) fail('not-found', '没有这条亲情账号申请')
    if (link.consentAt === null) {
      link.consentAt = ctx.nowIso()
      ctx.audit(resident.residentId, 'resident', 'family-confirm', null, `helper=${req.params.residentId}`)
    }
    return { ok: true }
  })

  // 窗口核验: a clerk who checked both people's papers at the window confirms a pending link
  // (for a relative who cannot confirm on a phone); audit-logged with the clerk's note
  r.on('POST', '/v1/worker/family-links/confirm', (req) => {
    const { worker } = ctx.staff(req, ['clerk', 'admin'])
    const b = bodyOf(req)
    const helper = ctx.state.residents.get(str(b.helperId))
    const link = helper ? peekLinks(ctx, helper.residentId).find((l) => l.residentId === str(b.relativeId)) : undefined
    if (!helper || !link) fail('not-found', '没有这条亲情账号申请', { fieldErrors: { helperId: '请核对申请人和亲属' } })
    if (worker.role === 'clerk' && !worker.gridIds.includes(helper.gridId)) fail('forbidden', '申请人不在您负责的网格')
    if (link.consentAt === null) {
      link.consentAt = ctx.nowIso()
      ctx.audit(worker.id, worker.role, 'family-confirm-window', null, `helper=${helper.residentId} relative=${link.residentId}: ${str(b.reason)}`)
    }
    return { ok: true }
  })

  r.on('DELETE', '/v1/me/family/:residentId', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const i = peekLinks(ctx, resident.residentId).findIndex((l) => l.residentId === req.params.residentId)
    if (i < 0) fail('not-found', '没有这位亲人')
    const list = linksOf(ctx, resident.residentId)
    list.splice(i, 1)
    ctx.audit(resident.residentId, 'resident', 'family-remove', null, `relative=${req.params.residentId}`)
    return { ok: true }
  })
}
