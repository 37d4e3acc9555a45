/**
 * The GovApi contract: one method per operation the app needs. Features depend on
 * this interface only; the adapters (src/api/mock-adapter.ts: in-process fake backend,
 * src/api/http-adapter.ts: Taro.request to a real backend) both implement it through the
 * same client (src/api/client.ts). docs/api/openapi.yaml documents the HTTP face.
 * `TesterApi` holds what only a demo backend answers (persona sign-in, the simulated camera
 * step); demo builds reach it through `getTesterApi()` (src/api/tester-api.ts).
 */
import type {
  AddFamilyMemberRequest,
  FamilyMember,
  ProfileCorrection,
  AuditEntry,
  CaseDetail,
  CaseSummary,
  CertificateCheck,
  CertificateDocument,
  Notice,
  Consent,
  CreateComplaintRequest,
  FaceConfirm,
  FaceOutcome,
  FaceStart,
  FileContent,
  FileRef,
  LoginRequest,
  MatterDetail,
  MatterSummary,
  Persona,
  Profile,
  QueueFilter,
  QueuePage,
  Session,
  Stats,
  SubmitApplicationRequest,
  UploadRequest,
  WalkInRequest,
  WorkerActionRequest,
} from './types'
import type { OneThingApi } from './one-thing'

/** Where an adapter keeps the session's tokens (the app persists them in src/stores/session-store.ts). */
export interface TokenStore {
  get(): Pick<Session, 'accessToken' | 'refreshToken'> | null
  /** called after login/refresh; null after logout or a failed refresh */
  set(session: Session | null): void
}

/** OneThingApi: bundles, 免申即享, 帮办 and 上门服务 (src/api/one-thing.ts). */
export interface GovApi extends OneThingApi {
  // session
  login(req: LoginRequest): Promise<Session>
  refresh(refreshToken: string): Promise<Session>
  logout(): Promise<void>

  // privacy consent (PIPL: separate consents for face data and ID number use)
  getConsent(): Promise<Consent>
  saveConsent(req: { version: string; privacy: boolean; face: boolean; idNumber: boolean }): Promise<Consent>

  // face verification (WeChat face verify 2.0 shape: the server starts and the server checks)
  /** claim: a fresh WeChat user states name + ID number once; personas already carry a claim */
  startFaceVerification(claim?: { name: string; idNumber: string }): Promise<FaceStart>
  confirmFaceVerification(verifyId: string): Promise<FaceConfirm>

  // profile (released only after a server-confirmed verification)
  getProfile(): Promise<Profile>
  /** deliberate tap-to-reveal of the resident's own ID number; audit-logged */
  revealOwnIdNumber(reason: string): Promise<{ value: string }>
  /** 信息有误？: asks the 户籍 window to correct a government-sourced fact (no free editing) */
  requestProfileCorrection(req: { field: string; description: string }): Promise<ProfileCorrection>

  // 亲情账号 (代办 for family): up to 5 relatives, each with the relative's consent
  listFamily(): Promise<FamilyMember[]>
  addFamilyMember(req: AddFamilyMemberRequest): Promise<FamilyMember>
  removeFamilyMember(residentId: string): Promise<void>

  // catalog
  listMatters(): Promise<MatterSummary[]>
  getMatter(id: string): Promise<MatterDetail>

  // files
  uploadFile(req: UploadRequest): Promise<FileRef>
  /** the bytes of an uploaded file (uploader, staff who see a referencing case; board thumbnails are public) */
  getFile(fileId: string, variant?: 'thumb'): Promise<FileContent>

  // applications and my cases
  submitApplication(req: SubmitApplicationRequest): Promise<CaseDetail>
  listMyCases(filter?: { kind?: 'application' | 'complaint'; bucket?: 'open' | 'closed' | 'done' }): Promise<CaseSummary[]>
  getCase(id: string): Promise<CaseDetail>
  supplementCase(
    id: string,
    req: { version: number; values: Record<string, unknown>; materials: Record<string, string[]>; idempotencyKey: string },
  ): Promise<CaseDetail>
  withdrawCase(id: string, req: { version: number; reason: string }): Promise<CaseDetail>
  rateCase(id: string, req: { level: string; reason?: string }): Promise<CaseDetail>

  // complaints (微诉求 / 随手拍)
  createComplaint(req: CreateComplaintRequest): Promise<CaseDetail>
  findDuplicateComplaints(q: { categoryId: string; lat: number; lng: number }): Promise<CaseSummary[]>
  supportComplaint(id: string): Promise<CaseDetail>
  reopenComplaint(id: string, req: { version: number; reason: string }): Promise<CaseDetail>
  confirmComplaint(id: string, req: { version: number }): Promise<CaseDetail>
  listBoard(): Promise<CaseSummary[]>

  // worker console (every call is role- and scope-checked by the server)
  workerQueue(filter: QueueFilter): Promise<QueuePage>
  workerGetCase(id: string): Promise<CaseDetail>
  workerAct(id: string, req: WorkerActionRequest): Promise<CaseDetail>
  workerReveal(id: string, req: { field: string; reason: string }): Promise<{ value: string }>
  workerAudit(filter?: { caseId?: string; actorId?: string; action?: string }): Promise<AuditEntry[]>
  workerStats(): Promise<Stats>
  /** 窗口代录: a clerk or grid worker files a complaint for a resident at the window (recorded as such) */
  workerWalkIn(req: WalkInRequest): Promise<CaseDetail>

  // public (no sign-in): scanning a certificate's QR code
  verifyCertificate(code: string): Promise<CertificateCheck>

  // e-certificates and notices (resident)
  /** the full certificate of one of my approved cases, with its QR verify URL */
  getCaseCertificate(caseId: string): Promise<CertificateDocument>
  /** in-app notices, e.g. 犬证 renewal within 30 days of expiry */
  listNotices(): Promise<Notice[]>
}

/** What a demo backend (the fake backend, or the server with DEMO=1) answers on top of GovApi. */
export interface TesterApi {
  /** the demo personas for the sign-in picker */
  listPersonas(): Promise<Persona[]>
  /** plays the WeChat camera step with a chosen outcome (the server's confirm still decides) */
  simulateFaceStep(verifyId: string, outcome: FaceOutcome): Promise<void>
}
