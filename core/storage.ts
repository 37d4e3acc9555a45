/**
 * The records the core stores and the repositories a storage transaction hands it (`State`).
 * The in-memory storage (mock/backend/memory-storage.ts) keeps them in maps; a PostgreSQL
 * storage maps each repository to a table. Tokens are stored only as SHA-256 hashes.
 */
import type { ResidentProfile } from '@/domain/identity/profile'
import type { DepartmentId, StaffRole } from '@/domain/org/departments'
import type { CaseCore } from '@/domain/cases/state-machine'
import type { AuditEntry, Certificate, FileRef } from '@/api/contract/types'
import type { DisabilityRecord } from '@/domain/benefits/rules'
import type { AssistRecord, BenefitDecision, BundleCaseRecord, CaseAssist } from './one-thing-records'

export interface ResidentRecord extends ResidentProfile {
  /** WeChat identity bound to this person in the persona picker / real login */
  openid: string
  /** 残联's disability record (免申即享 rules read it); absent = none */
  disability?: DisabilityRecord | null
}

export interface WorkerRecord {
  id: string
  name: string
  staffNo: string
  role: StaffRole
  departmentId: DepartmentId
  gridIds: string[]
}

export interface SessionRecord {
  /** session id (also the audit handle); never a credential */
  id: string
  /** SHA-256 (hex) of the access token; the token itself is never stored */
  accessHash: string
  refreshHash: string
  /** the WeChat user (openid) or persona behind the session */
  openid: string
  userId: string
  role: 'resident' | StaffRole
  /** the resident this WeChat user claims to be (face verification checks the claim) */
  claimedResidentId: string | null
  verified: boolean
  /** how this session became verified: a face verification in it, or an earlier one's binding */
  verifiedBy: 'face' | 'binding' | null
  expiresAt: number
  refreshExpiresAt: number
}

export interface VerificationRecord {
  verifyId: string
  /** the session that started it: only that session may play the camera step or confirm it */
  sessionId: string
  residentId: string
  createdAt: number
  expiresAt: number
  /** WeChat's verify_ret: 10000 = passed; null = the camera step has not reported */
  verifyRet: number | null
  used: boolean
}

export interface ComplaintFacts {
  description: string
  photos: FileRef[]
  location: { lat: number; lng: number; address: string } | null
  anonymous: boolean
  public: boolean
  supporterIds: string[]
  duplicates: string[]
  extra: Record<string, string>
}

export interface CaseRecord extends CaseCore {
  caseNo: string
  matterId?: string
  categoryId?: string
  title: string
  applicantId: string
  /** the resident who filed on the applicant's behalf (代办), if any */
  proxyId: string | null
  values: Record<string, unknown>
  materials: Record<string, FileRef[]>
  /** working-day limit used for the due date */
  limitDays: number
  gridId: string
  departmentId: string
  assigneeId: string | null
  certificateCode: string | null
  complaint: ComplaintFacts | null
  /** the bundle case (一件事) this case is a part of */
  bundleCaseId?: string | null
  /** 帮办: the worker who prepared it and how the resident authorised it */
  assist?: CaseAssist | null
}

export interface CertificateRecord extends Certificate {
  caseId: string
  revoked: boolean
}

export interface State {
  residents: Map<string, ResidentRecord>
  workers: Map<string, WorkerRecord>
  sessions: Map<string, SessionRecord>
  refreshIndex: Map<string, string>
  verifications: Map<string, VerificationRecord>
  faceFailures: Map<string, { count: number; lockedUntil: number }>
  consents: Map<string, { version: string; privacy: boolean; face: boolean; idNumber: boolean; at: string | null }>
  cases: Map<string, CaseRecord>
  files: Map<string, FileRef & { ownerId: string }>
  /** keyed by `${userId} ${route template} ${key}` */
  idempotency: Map<string, IdempotencyRecord>
  /** openid → the resident it proved to be by face verification, until `expiresAt` */
  bindings: Map<string, BindingRecord>
  /** helper's resident id → the relatives they help (亲情账号) */
  familyLinks: Map<string, FamilyLink[]>
  /** failure counters for throttles (auth failures by client, claims by user, face by identity) */
  throttles: Map<string, { count: number; windowStart: number; lockedUntil: number }>
  audit: AuditEntry[]
  certificates: Map<string, CertificateRecord>
  seq: Record<string, number>
  /** 一件事: bundle cases (their status is derived from the part cases) */
  bundleCases: Map<string, BundleCaseRecord>
  /** 免申即享: `${residentId} ${benefitId}` → confirmed or declined */
  benefitDecisions: Map<string, BenefitDecision>
  /** 帮办: applications a worker prepared, waiting for the resident's authorisation */
  assists: Map<string, AssistRecord>
}

export interface IdempotencyRecord {
  userId: string
  route: string
  key: string
  /** SHA-256 of the method, path parameters and canonical JSON body of the first request */
  fingerprint: string
  status: number
  body: unknown
  createdAt: number
}

export interface FamilyLink {
  residentId: string
  relation: string
  requestedAt: string
  /** null while the relative has not confirmed (relatives outside the household) */
  consentAt: string | null
}

export interface BindingRecord {
  openid: string
  residentId: string
  verifiedAt: number
  expiresAt: number
}

export function emptyState(): State {
  return {
    residents: new Map(),
    workers: new Map(),
    sessions: new Map(),
    refreshIndex: new Map(),
    verifications: new Map(),
    faceFailures: new Map(),
    consents: new Map(),
    cases: new Map(),
    files: new Map(),
    idempotency: new Map(),
    bindings: new Map(),
    familyLinks: new Map(),
    throttles: new Map(),
    audit: [],
    certificates: new Map(),
    seq: {},
    bundleCases: new Map(),
    benefitDecisions: new Map(),
    assists: new Map(),
  }
}

/** Deterministic ids: the same seed and the same calls give the same ids. */
export function nextId(state: State, prefix: string): string {
  state.seq[prefix] = (state.seq[prefix] ?? 0) + 1
  return `${prefix}-${String(state.seq[prefix]).padStart(4, '0')}`
}
