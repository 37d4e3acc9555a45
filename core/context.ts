/** What every route handler gets: state, clock, and the server-side checks (auth, roles, audit). */
import type { StaffRole } from '@/domain/org/departments'
import type { Clock } from './clock'
import { isoChina, todayChina } from './clock'
import { fail, type BackendRequest } from './http'
import type { ResidentRecord, SessionRecord, State, WorkerRecord } from './state'
import { nextId } from './state'

export interface BackendConfig {
  /** access token lifetime; short so the refresh path is exercised */
  accessTtlMs: number
  refreshTtlMs: number
  faceVerifyTtlMs: number
  faceMaxFailures: number
  faceLockMs: number
  consentVersion: string
  /** homes in the 重点管理区 (one dog, height limit) */
  keyZone: boolean
}

export const DEFAULT_CONFIG: BackendConfig = {
  accessTtlMs: 30 * 60_000,
  refreshTtlMs: 30 * 86_400_000,
  faceVerifyTtlMs: 10 * 60_000,
  faceMaxFailures: 5,
  faceLockMs: 30 * 60_000,
  consentVersion: '2026-11',
  keyZone: true,
}

export class Ctx {
  constructor(
    readonly state: State,
    readonly clock: Clock,
    readonly config: BackendConfig,
  ) {}

  nowIso(): string {
    return isoChina(this.clock.now())
  }
  today(): string {
    return todayChina(this.clock.now())
  }

  /** The caller's session, or 401. Expired tokens are 401 too (the client refreshes). */
  session(req: BackendRequest): SessionRecord {
    const auth = req.headers.authorization ?? ''
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : ''
    const s = token ? this.state.sessions.get(token) : undefined
    if (!s) fail('unauthorized', '请先登录')
    if (s.expiresAt <= this.clock.now().getTime()) fail('unauthorized', '登录已过期，请重新登录')
    return s
  }

  resident(req: BackendRequest): { session: SessionRecord; resident: ResidentRecord | null } {
    const session = this.session(req)
    if (session.role !== 'resident') fail('forbidden', '工作人员账号不能办理居民业务')
    const resident = session.verified ? this.state.residents.get(session.userId) ?? null : null
    return { session, resident }
  }

  /** A resident whose identity the server confirmed by face verification. */
  verifiedResident(req: BackendRequest): { session: SessionRecord; resident: ResidentRecord } {
    const { session, resident } = this.resident(req)
    if (!resident) fail('forbidden', '请先完成实名认证（人脸核验）', { details: { needsVerification: true } })
    return { session, resident }
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
