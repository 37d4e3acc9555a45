/**
 * 亲情账号 (帮办代办 for family): a verified resident lists up to 5 relatives they help —
 * household members or an elderly relative living elsewhere — each with the relative's consent.
 * In mock mode the relative's consent is simulated (a real deployment sends the relative a
 * WeChat message to confirm); the consent time is recorded and audit-logged.
 *
 * Links live beside the state (a WeakMap keyed by it), so `backend.reset()` forgets them.
 */
import { validateIdNumber } from '@/domain/identity/id-number'
import { maskName } from '@/domain/identity/name'
import type { FamilyMember } from '@/api/types'
import type { Ctx } from '../context'
import { bodyOf, fail, str, type Router } from '../http'
import type { State } from '../state'

export const MAX_FAMILY = 5
export const FAMILY_RELATIONS = ['父母', '配偶', '子女', '祖父母', '孙子女', '兄弟姐妹', '其他亲属'] as const

interface FamilyLink {
  residentId: string
  relation: string
  consentAt: string
}

const links = new WeakMap<State, Map<string, FamilyLink[]>>()

function linksOf(ctx: Ctx, residentId: string): FamilyLink[] {
  let byResident = links.get(ctx.state)
  if (!byResident) {
    byResident = new Map()
    links.set(ctx.state, byResident)
  }
  let list = byResident.get(residentId)
  if (!list) {
    list = []
    byResident.set(residentId, list)
  }
  return list
}

/**
 * May `proxyId` file for `applicantId`? Household members always may (公安人口库); a relative
 * elsewhere only after being added here with their consent. The applications route calls this.
 */
export function isAllowedProxy(ctx: Ctx, proxyId: string, applicantId: string): boolean {
  if (proxyId === applicantId) return true
  const proxy = ctx.state.residents.get(proxyId)
  if (proxy?.householdMembers.some((m) => m.residentId === applicantId)) return true
  return linksOf(ctx, proxyId).some((l) => l.residentId === applicantId)
}

function view(ctx: Ctx, owner: string, l: FamilyLink): FamilyMember {
  const r = ctx.state.residents.get(l.residentId)
  const me = ctx.state.residents.get(owner)
  return {
    residentId: l.residentId,
    nameMasked: maskName(r?.name ?? ''),
    relation: l.relation,
    inHousehold: Boolean(me?.householdMembers.some((m) => m.residentId === l.residentId)),
    consentAt: l.consentAt,
  }
}

export function registerFamily(r: Router, ctx: Ctx): void {
  r.on('GET', '/v1/me/family', (req) => {
    const { resident } = ctx.verifiedResident(req)
    return linksOf(ctx, resident.residentId).map((l) => view(ctx, resident.residentId, l))
  })

  r.on('POST', '/v1/me/family', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const b = bodyOf(req)
    const list = linksOf(ctx, resident.residentId)
    if (list.length >= MAX_FAMILY) fail('conflict', `最多添加 ${MAX_FAMILY} 位亲人`)
    const relation = str(b.relation)
    if (!(FAMILY_RELATIONS as readonly string[]).includes(relation)) {
      fail('validation', '请选择与您的关系', { fieldErrors: { relation: '请选择与您的关系' } })
    }
    let targetId = str(b.residentId)
    if (targetId) {
      if (!resident.householdMembers.some((m) => m.residentId === targetId)) {
        fail('forbidden', '只能直接添加本户家庭成员；其他亲属请填写姓名和身份证号码', {
          fieldErrors: { residentId: '不是本户家庭成员' },
        })
      }
    } else {
      const name = str(b.name).trim()
      if (!name) fail('validation', '请填写亲人的姓名', { fieldErrors: { name: '请填写亲人的姓名' } })
      const id = validateIdNumber(str(b.idNumber))
      if (!id.ok) fail('validation', id.reason, { fieldErrors: { idNumber: id.reason } })
      const match = [...ctx.state.residents.values()].find((x) => x.idNumber === id.value.normalized && x.name === name)
      if (!match)
        fail('validation', '姓名与身份证号码不匹配，或不是本社区登记的居民', {
          fieldErrors: { idNumber: '请核对姓名和身份证号码' },
        })
      targetId = match.residentId
    }
    if (targetId === resident.residentId)
      fail('validation', '不能添加自己', { fieldErrors: { residentId: '不能添加自己' } })
    if (list.some((l) => l.residentId === targetId)) fail('conflict', '这位亲人已经添加过了')
    // mock: the relative's consent is simulated as given now; a real backend waits for it
    const link: FamilyLink = { residentId: targetId, relation, consentAt: ctx.nowIso() }
    list.push(link)
    ctx.audit(
      resident.residentId,
      'resident',
      'family-add',
      null,
      `relative=${targetId} relation=${relation} consent=simulated`,
    )
    return view(ctx, resident.residentId, link)
  })

  r.on('DELETE', '/v1/me/family/:residentId', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const list = linksOf(ctx, resident.residentId)
    const i = list.findIndex((l) => l.residentId === req.params.residentId)
    if (i < 0) fail('not-found', '没有这位亲人')
    list.splice(i, 1)
    ctx.audit(resident.residentId, 'resident', 'family-remove', null, `relative=${req.params.residentId}`)
    return { ok: true }
  })
}
