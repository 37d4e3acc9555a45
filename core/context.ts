/** What every route handler gets: the ports, the current storage transaction, and the server-side checks (auth, roles, audit, throttles). */
import type { StaffRole } from '@/domain/org/departments'
import type { CorePorts, Clock, PopulationRecord, RandomSource, TesterPersona, WeChatPort } from './ports'
import { sha256Hex } from './hash'
import { isoChina, todayInChina } from '@/domain/time/china-time'
import { fail, type BackendRequest } from './http'
import type { ResidentRecord, SessionRecord, State, WorkerRecord } from './storage'
import { nextId } from './storage'

export interface CoreConfig {
  /** access token lifetime; short so the refresh path is exercised */
  accessTtlMs: number
  refreshTtlMs: number
  faceVerifyTtlMs: number
  faceMaxFailures: number
  faceLockMs: number
  /** how long a WeChat user's face-verified binding to a resident lasts (new sign-ins start verified) */
  bindingTtlMs: number
  consentVersion: string
  /** homes in the 重点管理区 (one dog, height limit) */
  keyZone: boolean
  /** tester mode: persona sign-in and the simulated camera step */
  tester: boolean
  /** when set, tester routes need the header `x-tester-token` with this value */
  testerToken?: string
  /** presented-but-unknown tokens per client before 429, and the window they are counted in */
  authFailureLimit: number
  /** name + ID number claims that match nobody, per WeChat user, before 429 */
  claimFailureLimit: number
  throttleWindowMs: number
}

export const DEFAULT_CONFIG: CoreConfig = {
  accessTtlMs: 30 * 60_000,
  refreshTtlMs: 30 * 86_400_000,
  faceVerifyTtlMs: 10 * 60_000,
  faceMaxFailures: 5,
  faceLockMs: 30 * 60_000,
  bindingTtlMs: 30 * 86_400_000,
  consentVersion: '2026-11',
  keyZone: true,
  tester: false,
  authFailureLimit: 20,
  claimFailureLimit: 5,
  throttleWindowMs: 10 * 60_000,
}

const resolved = new WeakMap<object, SessionRecord>()

export class Ctx {
  /** the repositories of the current transaction (the in-memory storage hands the same maps every time) */
  state: State
  readonly clock: Clock
  readonly random: RandomSource
  readonly wechat: WeChatPort
  readonly population: PopulationRecord
  readonly personas: readonly TesterPersona[]

  constructor(
    ports: CorePorts,
    readonly config: CoreConfig,
    initial: State,
  ) {
    this.state = initial
    this.clock = ports.clock
    this.random = ports.random
    this.wechat = ports.wechat
    this.population = ports.population
    this.personas = ports.personas ?? []
  }

  nowIso(): string {
    return isoChina(this.clock.now())
  }
  today(): string {
    return todayInChina(this.clock.now())
  }
  nowMs(): number {
    return this.clock.now().getTime()
  }

  /** ≥ 128 bits from the CSPRNG port, base64url. */
  async token(prefix: string, bytes = 32): Promise<string> {
    return `${prefix}_${base64url(await this.random.bytes(bytes))}`
  }

  /** The session of the request (resolved once by the router for routes with auth: 'session'), or 401. */
  session(req: BackendRequest): SessionRecord {
    return resolved.get(req) ?? this.authenticate(req)
  }

  /** Bearer token → session (by hash). Unknown tokens count toward a per-client throttle (429). */
  authenticate(req: BackendRequest): SessionRecord {
    const auth = req.headers.authorization ?? ''
    const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : ''
    if (!token) fail('unauthorized', '请先登录')
    const client = `auth:${req.remote ?? 'in-process'}`
    const s = token.length <= 512 ? this.state.sessions.get(hashToken(token)) : undefined
    if (!s) {
      // a locked client gets 429 for every unknown token; a valid token still works (many phones
      // share one carrier address, and 256-bit tokens are not guessable anyway: the lock cuts noise)
      this.checkThrottle(client, '登录尝试过于频繁，请稍后再试')
      this.countFailure(client, this.config.authFailureLimit)
      fail('unauthorized', '请先登录')
    }
    if (s.expiresAt <= this.nowMs()) fail('unauthorized', '登录已过期，请重新登录')
    resolved.set(req, s)
    return s
  }

  /** 429 while `key` is locked. */
  checkThrottle(key: string, message: string): void {
    const t = this.state.throttles.get(key)
    const now = this.nowMs()
    if (t && t.lockedUntil > now) {
      fail('rate-limited', message, { details: { retryAfterSeconds: Math.ceil((t.lockedUntil - now) / 1000) } })
    }
  }

  /** Counts a failure under `key`; at `limit` failures inside the window the key locks for the window. Returns true when it just locked. */
  countFailure(key: string, limit: number, lockMs = this.config.throttleWindowMs): boolean {
    const now = this.nowMs()
    let t = this.state.throttles.get(key)
    if (!t || now - t.windowStart > this.config.throttleWindowMs) t = { count: 0, windowStart: now, lockedUntil: 0 }
    t.count += 1
    let locked = false
    if (t.count >= limit) {
      t.lockedUntil = now + lockMs
      t.count = 0
      t.windowStart = now
      locked = true
    }
    this.state.throttles.set(key, t)
    return locked
  }

  resident(req: BackendRequest): { session: SessionRecord; resident: ResidentRecord | null } {
    const session = this.session(req)
    if (session.role !== 'resident') fail('forbidden', '工作人员账号不能办理居民业务')
    const resident = session.verified ? (this.state.residents.get(session.userId) ?? null) : null
    return { session, resident }
  }

  /** A resident whose identity the server confirmed by face verification (in this session or through a valid binding). */
  verifiedResident(req: BackendRequest): { session: SessionRecord; resident: ResidentRecord } {
    const { session, resident } = this.resident(req)
    if (!resident) fail('forbidden', '请先完成实名认证（人脸核验）', { details: { needsVerification: true } })
    return { session, resident }
  }

  /**
   * Sensitive steps (see docs/identity.md): the face verification must have happened in this
   * session, not be inherited from an earlier sign-in's binding.
   */
  freshlyVerifiedResident(req: BackendRequest): { session: SessionRecord; resident: ResidentRecord } {
    const out = this.verifiedResident(req)
    if (out.session.verifiedBy !== 'face') {
      fail('forbidden', '这一步需要重新进行人脸核验', { details: { needsVerification: true, fresh: true } })
    }
    return out
  }

  staff(req: BackendRequest, roles?: readonly StaffRole[]): { session: SessionRecord; worker: WorkerRecord } {
    const session = this.session(req)
    const worker = this.state.workers.get(session.userId)
    if (session.role === 'resident' || !worker) fail('forbidden', '仅限社区工作人员使用')
    if (roles && !roles.includes(worker.role)) fail('forbidden', '您的岗位没有此项权限')
    return { session, worker }
  }

  audit(actorId: string, actorRole: string, action: string, caseId: string | null, detail: string): void {
    // append-only: entries are frozen and no route edits or deletes them
    this.state.audit.push(
      Object.freeze({ id: nextId(this.state, 'audit'), at: this.nowIso(), actorId, actorRole, action, caseId, detail }),
    )
  }
}

/** SHA-256 (hex) of a token: what storage keeps instead of the token. */
export function hashToken(token: string): string {
  return sha256Hex(token)
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
export function base64url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2
    for (let j = 0; j < chars; j++) out += B64[(n >> (18 - 6 * j)) & 63]
  }
  return out
}
