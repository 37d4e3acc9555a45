/** Sign-in, consent, face verification (server starts, server checks) and the profile. */
import { maskIdNumber } from '@/domain/identity/id-number'
import { maskName } from '@/domain/identity/name'
import { validateIdNumber } from '@/domain/identity/id-number'
import { FACE_OUTCOMES, type Profile, type Session } from '@/api/types'
import type { Ctx } from '../context'
import { bodyOf, fail, str, type Router } from '../http'
import { PERSONAS } from '../seed'
import type { ResidentRecord, SessionRecord } from '../state'
import { nextId } from '../state'

/** WeChat verify_ret codes the fake WeChat reports for each simulated outcome. */
const VERIFY_RET: Record<(typeof FACE_OUTCOMES)[number], number> = {
  pass: 10000,
  mismatch: 10003,
  cancelled: 90100,
  timeout: 90004,
  unsupported: 90002,
}

/** Facts a resident may ask the 户籍 window to correct. */
const CORRECTABLE = ['name', 'idNumber', 'gender', 'birthDate', 'ethnicity', 'hukouAddress', 'residenceAddress', 'residentSince', 'householdMembers']

const FACE_MESSAGES: Record<number, string> = {
  10003: '人脸与身份证信息不一致，核验未通过',
  90100: '您取消了人脸核验',
  90004: '人脸核验超时，请在光线充足处重试',
  90002: '当前设备不支持人脸核验，请到社区窗口办理或换一台手机',
}

export function sessionView(ctx: Ctx, s: SessionRecord): Session {
  const worker = ctx.state.workers.get(s.userId)
  const resident = ctx.state.residents.get(s.userId)
  return {
    accessToken: s.accessToken,
    refreshToken: s.refreshToken,
    expiresAt: new Date(s.expiresAt).toISOString(),
    user: {
      id: s.userId,
      role: s.role,
      displayName: worker ? `${worker.name.slice(0, 1)}（工号 ${worker.staffNo}）` : s.verified && resident ? maskName(resident.name) : '微信用户',
      verified: s.verified,
      departmentId: worker?.departmentId,
      gridId: worker?.gridIds[0] ?? (s.verified ? resident?.gridId : undefined),
    },
  }
}

function issueSession(ctx: Ctx, init: Pick<SessionRecord, 'userId' | 'role' | 'claimedResidentId' | 'verified'>): SessionRecord {
  const now = ctx.clock.now().getTime()
  const n = nextId(ctx.state, 'tok')
  const s: SessionRecord = {
    ...init,
    accessToken: `at-${n}-${(now % 100000).toString(36)}`,
    refreshToken: `rt-${n}-${((now * 7) % 100000).toString(36)}`,
    expiresAt: now + ctx.config.accessTtlMs,
    refreshExpiresAt: now + ctx.config.refreshTtlMs,
  }
  ctx.state.sessions.set(s.accessToken, s)
  ctx.state.refreshIndex.set(s.refreshToken, s.accessToken)
  return s
}

export function profileView(r: ResidentRecord): Profile {
  const { idNumber, householdMembers, openid: _openid, ...rest } = r
  return {
    ...rest,
    idNumberMasked: maskIdNumber(idNumber),
    householdMembers: householdMembers.map(({ idNumber: id, ...m }) => ({ ...m, idNumberMasked: maskIdNumber(id) })),
    sources: {
      name: '公安人口库',
      idNumber: '公安人口库',
      gender: '公安人口库',
      birthDate: '公安人口库',
      ethnicity: '公安人口库',
      hukouAddress: '公安人口库',
      residenceAddress: '居住登记',
      residentSince: '居住登记',
      phone: '本人预留',
      householdMembers: '公安人口库',
      dogs: '公安犬只登记库',
    },
  }
}

export function registerIdentity(r: Router, ctx: Ctx): void {
  r.on('GET', '/v1/auth/personas', () =>
    PERSONAS.map(({ id, label, role, description }) => ({ id, label, role, description })),
  )

  r.on('POST', '/v1/auth/login', (req) => {
    const b = bodyOf(req)
    if (typeof b.persona === 'string') {
      const p = PERSONAS.find((x) => x.id === b.persona)
      if (!p) fail('validation', '没有这个体验账号', { fieldErrors: { persona: '请选择一个体验账号' } })
      const resident = p.role === 'resident'
      return sessionView(ctx, issueSession(ctx, { userId: p.userId, role: p.role, claimedResidentId: resident ? p.userId : null, verified: false }))
    }
    const code = str(b.code)
    if (!code) fail('validation', '缺少登录凭证', { fieldErrors: { code: '缺少登录凭证' } })
    // A real backend exchanges the code with WeChat (jscode2session) for an openid. The fake one
    // binds unknown codes to a fresh, unverified WeChat user with no claimed identity.
    return sessionView(ctx, issueSession(ctx, { userId: `wx-${code.slice(0, 16)}`, role: 'resident', claimedResidentId: null, verified: false }))
  })

  r.on('POST', '/v1/auth/refresh', (req) => {
    const token = str(bodyOf(req).refreshToken)
    const access = ctx.state.refreshIndex.get(token)
    const old = access ? ctx.state.sessions.get(access) : undefined
    if (!old || old.refreshExpiresAt <= ctx.clock.now().getTime()) fail('unauthorized', '登录已过期，请重新登录')
    // rotate: the old pair stops working
    ctx.state.sessions.delete(old.accessToken)
    ctx.state.refreshIndex.delete(old.refreshToken)
    return sessionView(ctx, issueSession(ctx, old))
  })

  r.on('POST', '/v1/auth/logout', (req) => {
    const s = ctx.session(req)
    ctx.state.sessions.delete(s.accessToken)
    ctx.state.refreshIndex.delete(s.refreshToken)
    return { ok: true }
  })

  r.on('GET', '/v1/me/consent', (req) => {
    const s = ctx.session(req)
    const c = ctx.state.consents.get(s.userId)
    if (!c || c.version !== ctx.config.consentVersion) {
      return { version: ctx.config.consentVersion, privacy: false, face: false, idNumber: false, at: null }
    }
    return c
  })

  r.on('PUT', '/v1/me/consent', (req) => {
    const s = ctx.session(req)
    const b = bodyOf(req)
    if (b.version !== ctx.config.consentVersion) fail('conflict', '隐私政策已更新，请重新阅读后同意')
    const c = { version: ctx.config.consentVersion, privacy: b.privacy === true, face: b.face === true, idNumber: b.idNumber === true, at: ctx.nowIso() }
    ctx.state.consents.set(s.userId, c)
    if (!c.face || !c.idNumber) s.verified = false // withdrawing consent locks the profile again
    ctx.audit(s.userId, s.role, 'consent', null, `privacy=${c.privacy} face=${c.face} idNumber=${c.idNumber}`)
    return c
  })

  r.on('POST', '/v1/face/verifications', (req) => {
    const { session } = ctx.resident(req)
    const consent = ctx.state.consents.get(session.userId)
    if (!consent?.face || !consent.idNumber || consent.version !== ctx.config.consentVersion) {
      fail('forbidden', '请先同意人脸信息和身份证号码的使用说明', { details: { needsConsent: true } })
    }
    const now = ctx.clock.now().getTime()
    const lock = ctx.state.faceFailures.get(session.userId)
    if (lock && lock.lockedUntil > now) {
      const minutes = Math.ceil((lock.lockedUntil - now) / 60_000)
      fail('locked', `核验失败次数过多，请 ${minutes} 分钟后再试，或到社区窗口现场核验`, { details: { lockedUntil: new Date(lock.lockedUntil).toISOString() } })
    }
    const b = bodyOf(req)
    let residentId = session.claimedResidentId
    if (!residentId) {
      // a fresh WeChat user states who they are once; the population record must exist
      const id = validateIdNumber(str(b.idNumber))
      if (!id.ok) fail('validation', id.reason, { fieldErrors: { idNumber: id.reason } })
      const match = [...ctx.state.residents.values()].find((x) => x.idNumber === id.value.normalized && x.name === str(b.name))
      if (!match) fail('validation', '姓名与身份证号码不匹配，或不是本社区登记的居民', { fieldErrors: { name: '请核对姓名和身份证号码' } })
      residentId = match.residentId
      session.claimedResidentId = residentId
    }
    // one open verification at a time: a retry after a network failure gets the same one
    for (const v of ctx.state.verifications.values()) {
      if (v.sessionToken === session.accessToken && !v.used && v.verifyRet === null && v.expiresAt > now) {
        return { verifyId: v.verifyId, expiresAt: new Date(v.expiresAt).toISOString() }
      }
    }
    const verifyId = nextId(ctx.state, 'verify')
    ctx.state.verifications.set(verifyId, {
      verifyId,
      outSeqNo: nextId(ctx.state, 'seq'),
      sessionToken: session.accessToken,
      residentId,
      createdAt: now,
      expiresAt: now + ctx.config.faceVerifyTtlMs,
      verifyRet: null,
      used: false,
    })
    ctx.audit(session.userId, 'resident', 'face-start', null, `verifyId=${verifyId}`)
    return { verifyId, expiresAt: new Date(now + ctx.config.faceVerifyTtlMs).toISOString() }
  })

  // Plays WeChat's side of face verify 2.0 in mock mode: the camera step records verify_ret.
  r.on('POST', '/mock/wechat/facial-verify', (req) => {
    const b = bodyOf(req)
    const v = ctx.state.verifications.get(str(b.verifyId))
    const outcome = str(b.outcome) as (typeof FACE_OUTCOMES)[number]
    if (!v) fail('not-found', '核验单不存在')
    if (!FACE_OUTCOMES.includes(outcome)) fail('validation', '未知的核验结果')
    if (v.verifyRet === null) v.verifyRet = VERIFY_RET[outcome]
    return { ok: true }
  })

  r.on('POST', '/v1/face/verifications/:verifyId/confirm', (req) => {
    const { session } = ctx.resident(req)
    const v = ctx.state.verifications.get(req.params.verifyId)
    const now = ctx.clock.now().getTime()
    // The server asks WeChat (here: its own record) — the client's word is never taken.
    if (!v || v.sessionToken !== session.accessToken) fail('not-found', '核验单不存在，请重新核验')
    if (v.used) fail('conflict', '该核验已使用，请重新核验')
    if (v.expiresAt <= now) fail('face-failed', '核验已过期，请重新核验', { details: { verifyRet: null } })
    v.used = true
    const ret = v.verifyRet
    ctx.audit(session.userId, 'resident', 'face-confirm', null, `verifyId=${v.verifyId} verify_ret=${ret ?? 'none'}`)
    if (ret !== 10000) {
      const f = ctx.state.faceFailures.get(session.userId) ?? { count: 0, lockedUntil: 0 }
      // a cancelled attempt is not a failed match: it does not count toward the lock
      if (ret !== 90100) f.count += 1
      if (f.count >= ctx.config.faceMaxFailures) {
        f.lockedUntil = now + ctx.config.faceLockMs
        f.count = 0
      }
      ctx.state.faceFailures.set(session.userId, f)
      const message = ret === null ? '未完成人脸核验，请重新核验' : FACE_MESSAGES[ret] ?? '人脸核验未通过'
      fail('face-failed', message, { details: { verifyRet: ret, alternatives: ['retry', 'community-office'] } })
    }
    ctx.state.faceFailures.delete(session.userId)
    // a fresh WeChat user becomes the resident they proved to be: their consent goes with them
    const consent = ctx.state.consents.get(session.userId)
    if (consent && session.userId !== v.residentId) ctx.state.consents.set(v.residentId, consent)
    session.verified = true
    session.userId = v.residentId
    const resident = ctx.state.residents.get(v.residentId)!
    // the upgraded user, decided here: the client mirrors it instead of deciding for itself
    return { passed: true, profile: profileView(resident), user: sessionView(ctx, session).user }
  })

  r.on('GET', '/v1/me/profile', (req) => profileView(ctx.verifiedResident(req).resident))

  // 信息有误？: government facts are never edited by the resident; a correction request goes
  // to the 户籍 window, which checks the papers and corrects the population record.
  r.on('POST', '/v1/me/profile/corrections', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const b = bodyOf(req)
    const field = str(b.field)
    const description = str(b.description).trim()
    if (!CORRECTABLE.includes(field)) fail('validation', '请选择要更正的信息', { fieldErrors: { field: '请选择要更正的信息' } })
    if (description.length < 2) fail('validation', '请写一写哪里不对', { fieldErrors: { description: '请写一写哪里不对，例如「民族应为回族」' } })
    if (description.length > 200) fail('validation', '说明最多 200 字', { fieldErrors: { description: '说明最多 200 字' } })
    const id = nextId(ctx.state, 'corr')
    // the audit log keeps the field only, never the resident's words (they may contain an ID number)
    ctx.audit(resident.residentId, 'resident', 'profile-correction', null, `id=${id} field=${field}`)
    return {
      id,
      field,
      status: 'received' as const,
      message: '已收到您的更正申请。社区工作人员会在 3 个工作日内电话联系您，请带身份证、户口本到社区户籍窗口核对更正。',
      at: ctx.nowIso(),
    }
  })

  r.on('POST', '/v1/me/profile/reveal', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const reason = str(bodyOf(req).reason) || '本人查看'
    ctx.audit(resident.residentId, 'resident', 'reveal-own-id', null, reason)
    return { value: resident.idNumber }
  })
}
