/** Sign-in, consent, face verification (server starts, server checks) and the profile. */
import { maskIdNumber } from '@/domain/identity/id-number'
import { maskName } from '@/domain/identity/name'
import { validateIdNumber } from '@/domain/identity/id-number'
import { FACE_OUTCOMES, type Profile, type Session } from '@/api/contract/types'
import { hashToken, type Ctx } from '../context'
import { bodyOf, fail, str, type BackendRequest, type Router } from '../http'
import { CORRECTABLE } from '../schemas'
import type { ResidentRecord, SessionRecord } from '../storage'
import { nextId } from '../storage'

/** WeChat verify_ret codes the fake WeChat reports for each simulated outcome. */
const VERIFY_RET: Record<(typeof FACE_OUTCOMES)[number], number> = {
  pass: 10000,
  mismatch: 10003,
  cancelled: 90100,
  timeout: 90004,
  unsupported: 90002,
}


const FACE_MESSAGES: Record<number, string> = {
  10003: '人脸与身份证信息不一致，核验未通过',
  90100: '您取消了人脸核验',
  90004: '人脸核验超时，请在光线充足处重试',
  90002: '当前设备不支持人脸核验，请到社区窗口办理或换一台手机',
}

/** The session as its holder sees it; tokens only when they were just issued. */
export function sessionView(ctx: Ctx, s: SessionRecord, tokens: { accessToken: string; refreshToken: string }): Session {
  return { ...tokens, expiresAt: new Date(s.expiresAt).toISOString(), user: userView(ctx, s) }
}

export function userView(ctx: Ctx, s: SessionRecord): Session['user'] {
  const worker = ctx.state.workers.get(s.userId)
  const resident = ctx.state.residents.get(s.userId)
  return {
    id: s.userId,
    role: s.role,
    displayName: worker ? `${worker.name.slice(0, 1)}（工号 ${worker.staffNo}）` : s.verified && resident ? maskName(resident.name) : '微信用户',
    verified: s.verified,
    departmentId: worker?.departmentId,
    gridId: worker?.gridIds[0] ?? (s.verified ? resident?.gridId : undefined),
  }
}

type SessionInit = Pick<SessionRecord, 'openid' | 'userId' | 'role' | 'claimedResidentId' | 'verified' | 'verifiedBy'>

/** New random tokens (256 bits each from the CSPRNG port); storage keeps only their hashes. */
async function issueSession(ctx: Ctx, init: SessionInit): Promise<Session> {
  const now = ctx.nowMs()
  const accessToken = await ctx.token('sqt_at')
  const refreshToken = await ctx.token('sqt_rt')
  const s: SessionRecord = {
    ...init,
    id: nextId(ctx.state, 'sess'),
    accessHash: hashToken(accessToken),
    refreshHash: hashToken(refreshToken),
    expiresAt: now + ctx.config.accessTtlMs,
    refreshExpiresAt: now + ctx.config.refreshTtlMs,
  }
  ctx.state.sessions.set(s.accessHash, s)
  ctx.state.refreshIndex.set(s.refreshHash, s.accessHash)
  return sessionView(ctx, s, { accessToken, refreshToken })
}

function endSession(ctx: Ctx, s: SessionRecord): void {
  ctx.state.sessions.delete(s.accessHash)
  ctx.state.refreshIndex.delete(s.refreshHash)
}

/**
 * A WeChat user signing in again within the binding period starts verified as the resident
 * they proved to be — unless the binding expired or its consent was withdrawn.
 */
function boundResident(ctx: Ctx, openid: string): string | null {
  const b = ctx.state.bindings.get(openid)
  if (!b || b.expiresAt <= ctx.nowMs()) return null
  const consent = ctx.state.consents.get(b.residentId)
  if (!consent?.face || !consent.idNumber || consent.version !== ctx.config.consentVersion) return null
  return b.residentId
}

/** Withdrawal of face/ID consent: every session of the resident loses verified access, and the bindings go. */
function revokeVerifiedAccess(ctx: Ctx, residentId: string): void {
  for (const s of ctx.state.sessions.values()) {
    if (s.userId === residentId && s.role === 'resident') {
      s.verified = false
      s.verifiedBy = null
    }
  }
  for (const [openid, b] of [...ctx.state.bindings]) if (b.residentId === residentId) ctx.state.bindings.delete(openid)
}

function checkFaceLock(ctx: Ctx, key: string): void {
  const lock = ctx.state.faceFailures.get(key)
  const now = ctx.nowMs()
  if (lock && lock.lockedUntil > now) {
    const minutes = Math.ceil((lock.lockedUntil - now) / 60_000)
    fail('locked', `核验失败次数过多，请 ${minutes} 分钟后再试，或到社区窗口现场核验`, { details: { lockedUntil: new Date(lock.lockedUntil).toISOString() } })
  }
}

/** true when this failure locked the key */
function countFaceFailure(ctx: Ctx, key: string): boolean {
  const f = ctx.state.faceFailures.get(key) ?? { count: 0, lockedUntil: 0 }
  f.count += 1
  let locked = false
  if (f.count >= ctx.config.faceMaxFailures) {
    f.lockedUntil = ctx.nowMs() + ctx.config.faceLockMs
    f.count = 0
    locked = true
  }
  ctx.state.faceFailures.set(key, f)
  return locked
}

function claimKey(req: BackendRequest): string {
  return `claim-client:${req.remote ?? 'in-process'}`
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
  // tester mode only: a real backend answers [] (the login page then offers WeChat sign-in only)
  r.on('GET', '/v1/auth/personas', () =>
    ctx.config.tester ? ctx.personas.map(({ id, label, role, description }) => ({ id, label, role, description })) : [],
  )

  r.on('POST', '/v1/auth/login', async (req) => {
    const b = bodyOf(req)
    if (typeof b.persona === 'string' && b.persona) {
      if (!ctx.config.tester) fail('validation', '体验账号仅在测试环境可用', { fieldErrors: { persona: '体验账号仅在测试环境可用' } })
      if (ctx.config.testerToken && req.headers['x-tester-token'] !== ctx.config.testerToken) fail('forbidden', '需要测试人员凭证')
      const p = ctx.personas.find((x) => x.id === b.persona)
      if (!p) fail('validation', '没有这个体验账号', { fieldErrors: { persona: '请选择一个体验账号' } })
      const resident = p.role === 'resident'
      const openid = `persona:${p.id}`
      const bound = resident ? boundResident(ctx, openid) : null
      return issueSession(ctx, {
        openid,
        userId: p.userId,
        role: p.role,
        claimedResidentId: resident ? p.userId : null,
        verified: bound === p.userId,
        verifiedBy: bound === p.userId ? 'binding' : null,
      })
    }
    const code = str(b.code)
    if (!code) fail('validation', '缺少登录凭证', { fieldErrors: { code: '缺少登录凭证' } })
    // jscode2session: WeChat tells the server who this is; the client's word is never taken
    const who = await ctx.wechat.code2Session(code)
    if (!who) fail('unauthorized', '微信登录凭证无效或已过期，请重新登录')
    const bound = boundResident(ctx, who.openid)
    if (bound) {
      return issueSession(ctx, { openid: who.openid, userId: bound, role: 'resident', claimedResidentId: bound, verified: true, verifiedBy: 'binding' })
    }
    return issueSession(ctx, { openid: who.openid, userId: `wx-${who.openid}`, role: 'resident', claimedResidentId: null, verified: false, verifiedBy: null })
  })

  r.on('POST', '/v1/auth/refresh', async (req) => {
    const token = str(bodyOf(req).refreshToken)
    const client = `auth:${req.remote ?? 'in-process'}`
    const access = ctx.state.refreshIndex.get(hashToken(token))
    const old = access ? ctx.state.sessions.get(access) : undefined
    if (!old) {
      ctx.checkThrottle(client, '登录尝试过于频繁，请稍后再试')
      ctx.countFailure(client, ctx.config.authFailureLimit)
      fail('unauthorized', '登录已过期，请重新登录')
    }
    if (old.refreshExpiresAt <= ctx.nowMs()) fail('unauthorized', '登录已过期，请重新登录')
    // rotate: the old pair stops working; verified state and how it was reached carry over
    endSession(ctx, old)
    const { openid, userId, role, claimedResidentId, verified, verifiedBy } = old
    return issueSession(ctx, { openid, userId, role, claimedResidentId, verified, verifiedBy })
  })

  r.on('POST', '/v1/auth/logout', (req) => {
    endSession(ctx, ctx.session(req))
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
    // withdrawing consent locks the profile again — in every session of this resident, and
    // the verified binding goes, so the next sign-in needs a new face verification
    if (!c.face || !c.idNumber) {
      s.verified = false
      s.verifiedBy = null
      revokeVerifiedAccess(ctx, s.userId)
    }
    ctx.audit(s.userId, s.role, 'consent', null, `privacy=${c.privacy} face=${c.face} idNumber=${c.idNumber}`)
    return c
  })

  r.on('POST', '/v1/face/verifications', async (req) => {
    const { session } = ctx.resident(req)
    const consent = ctx.state.consents.get(session.userId)
    if (!consent?.face || !consent.idNumber || consent.version !== ctx.config.consentVersion) {
      fail('forbidden', '请先同意人脸信息和身份证号码的使用说明', { details: { needsConsent: true } })
    }
    checkFaceLock(ctx, `user:${session.userId}`)
    const b = bodyOf(req)
    let residentId = session.claimedResidentId
    if (!residentId) {
      // a fresh WeChat user states who they are once; the population record must exist.
      // Guessing is throttled per WeChat user and per client, and audited without the guess.
      const perUser = `claim:${session.userId}`
      ctx.checkThrottle(perUser, '核对身份的次数过多，请 10 分钟后再试，或到社区窗口办理')
      ctx.checkThrottle(claimKey(req), '核对身份的次数过多，请 10 分钟后再试，或到社区窗口办理')
      const id = validateIdNumber(str(b.idNumber))
      if (!id.ok) fail('validation', id.reason, { fieldErrors: { idNumber: id.reason } })
      const record = await ctx.population.findByIdNumber(id.value.normalized)
      if (!record || record.name !== str(b.name)) {
        ctx.countFailure(perUser, ctx.config.claimFailureLimit)
        ctx.countFailure(claimKey(req), ctx.config.claimFailureLimit * 4)
        ctx.audit(session.userId, 'resident', 'claim-failed', null, 'name/idNumber did not match the population record')
        fail('validation', '姓名与身份证号码不匹配，或不是本社区登记的居民', { fieldErrors: { name: '请核对姓名和身份证号码' } })
      }
      residentId = record.residentId
    }
    // the claimed person is protected too: failures against her from any WeChat user lock her verification
    checkFaceLock(ctx, `id:${residentId}`)
    session.claimedResidentId = residentId
    const now = ctx.nowMs()
    // one open verification at a time: a retry after a network failure gets the same one
    for (const v of ctx.state.verifications.values()) {
      if (v.sessionId === session.id && !v.used && v.residentId === residentId && v.expiresAt > now) {
        return { verifyId: v.verifyId, expiresAt: new Date(v.expiresAt).toISOString() }
      }
    }
    const resident = ctx.state.residents.get(residentId)!
    const verifyId = await ctx.wechat.getVerifyId({ name: resident.name, idNumber: resident.idNumber, openid: session.openid })
    ctx.state.verifications.set(verifyId, {
      verifyId,
      sessionId: session.id,
      residentId,
      createdAt: now,
      expiresAt: now + ctx.config.faceVerifyTtlMs,
      verifyRet: null,
      used: false,
    })
    ctx.audit(session.userId, 'resident', 'face-start', null, `session=${session.id}`)
    return { verifyId, expiresAt: new Date(now + ctx.config.faceVerifyTtlMs).toISOString() }
  })

  // Tester mode only: plays WeChat's camera step. It belongs to the session that started the
  // verification; anyone else (even with a valid token) gets 404, and the first report stands.
  r.on('POST', '/mock/wechat/facial-verify', async (req) => {
    const { session } = ctx.resident(req)
    const b = bodyOf(req)
    const v = ctx.state.verifications.get(str(b.verifyId))
    const outcome = str(b.outcome) as (typeof FACE_OUTCOMES)[number]
    if (!v || v.sessionId !== session.id || !ctx.wechat.simulateCameraStep) fail('not-found', '核验单不存在')
    if (v.used || v.expiresAt <= ctx.nowMs()) fail('conflict', '该核验已结束，请重新核验')
    if (v.verifyRet === null) {
      v.verifyRet = VERIFY_RET[outcome]
      await ctx.wechat.simulateCameraStep(v.verifyId, VERIFY_RET[outcome])
    }
    return { ok: true }
  })

  r.on('POST', '/v1/face/verifications/:verifyId/confirm', async (req) => {
    const { session } = ctx.resident(req)
    const v = ctx.state.verifications.get(req.params.verifyId)
    const now = ctx.nowMs()
    if (!v || v.sessionId !== session.id) fail('not-found', '核验单不存在，请重新核验')
    if (v.used) fail('conflict', '该核验已使用，请重新核验')
    if (v.expiresAt <= now) fail('face-failed', '核验已过期，请重新核验', { details: { verifyRet: null } })
    v.used = true
    // The server asks WeChat (queryverifyinfo) — the client's word is never taken.
    const ret = await ctx.wechat.queryVerifyInfo(v.verifyId)
    ctx.audit(session.userId, 'resident', 'face-confirm', null, `session=${session.id} verify_ret=${ret ?? 'none'}`)
    if (ret !== 10000) {
      // a cancelled attempt is not a failed match: it does not count toward the locks
      if (ret !== 90100) {
        countFaceFailure(ctx, `user:${session.userId}`)
        if (countFaceFailure(ctx, `id:${v.residentId}`)) {
          // the claimed person is warned through the audit trail the community office reviews
          ctx.audit(v.residentId, 'resident', 'face-locked', null, `identity locked after ${ctx.config.faceMaxFailures} failed verifications`)
        }
      }
      const message = ret === null ? '未完成人脸核验，请重新核验' : (FACE_MESSAGES[ret] ?? '人脸核验未通过')
      fail('face-failed', message, { details: { verifyRet: ret, alternatives: ['retry', 'community-office'] } })
    }
    ctx.state.faceFailures.delete(`user:${session.userId}`)
    ctx.state.faceFailures.delete(`id:${v.residentId}`)
    // a fresh WeChat user becomes the resident they proved to be: their consent goes with them
    const consent = ctx.state.consents.get(session.userId)
    if (consent && session.userId !== v.residentId) ctx.state.consents.set(v.residentId, consent)
    session.verified = true
    session.verifiedBy = 'face'
    session.userId = v.residentId
    // the verified binding: this WeChat user's next sign-ins start verified for bindingTtlMs
    ctx.state.bindings.set(session.openid, { openid: session.openid, residentId: v.residentId, verifiedAt: now, expiresAt: now + ctx.config.bindingTtlMs })
    const resident = ctx.state.residents.get(v.residentId)!
    // the upgraded user, decided here: the client mirrors it instead of deciding for itself
    return { passed: true, profile: profileView(resident), user: userView(ctx, session) }
  })

  r.on('GET', '/v1/me/profile', (req) => profileView(ctx.verifiedResident(req).resident))

  // 信息有误？: government facts are never edited by the resident; a correction request goes
  // to the 户籍 window, which checks the papers and corrects the population record.
  r.on('POST', '/v1/me/profile/corrections', (req) => {
    const { resident } = ctx.verifiedResident(req)
    const b = bodyOf(req)
    const field = str(b.field)
    const description = str(b.description).trim()
    if (!(CORRECTABLE as readonly string[]).includes(field)) fail('validation', '请选择要更正的信息', { fieldErrors: { field: '请选择要更正的信息' } })
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

  // sensitive: the full ID number needs a face verification in this session (docs/identity.md)
  r.on('POST', '/v1/me/profile/reveal', (req) => {
    const { resident } = ctx.freshlyVerifiedResident(req)
    const reason = str(bodyOf(req).reason) || '本人查看'
    ctx.audit(resident.residentId, 'resident', 'reveal-own-id', null, reason)
    return { value: resident.idNumber }
  })
}
