/**
 * Request/response shapes of the GovApi contract. Schemas are the single source:
 * types are inferred from them, the http adapter validates responses with them,
 * and docs/api/openapi.yaml describes the same shapes for a real government backend.
 */
import { FormDefinitionSchema, MatterGuideSchema } from './matter-schemas'
import { s, type Infer } from './schema'

const role = s.enum(['resident', 'clerk', 'grid-worker', 'reviewer', 'admin'] as const)

export const UserSchema = s.object({
  id: s.string(),
  role,
  /** masked for residents (张*明); staff show surname + 工号 */
  displayName: s.string(),
  /** face verification passed in this session (server-decided) */
  verified: s.boolean(),
  departmentId: s.optional(s.string()),
  gridId: s.optional(s.string()),
})
export type User = Infer<typeof UserSchema>

export const SessionSchema = s.object({
  accessToken: s.string(),
  refreshToken: s.string(),
  /** ISO datetime when the access token stops working */
  expiresAt: s.string(),
  user: UserSchema,
})
export type Session = Infer<typeof SessionSchema>

export const PersonaSchema = s.object({
  id: s.string(),
  label: s.string(),
  role,
  description: s.string(),
})
export type Persona = Infer<typeof PersonaSchema>

export type LoginRequest = { code: string } | { persona: string }

export const ConsentSchema = s.object({
  version: s.string(),
  privacy: s.boolean(),
  face: s.boolean(),
  idNumber: s.boolean(),
  at: s.nullable(s.string()),
})
export type Consent = Infer<typeof ConsentSchema>

export const FaceStartSchema = s.object({ verifyId: s.string(), expiresAt: s.string() })
export type FaceStart = Infer<typeof FaceStartSchema>

/** What the simulated camera step may report (mock/H5 only). */
export const FACE_OUTCOMES = ['pass', 'mismatch', 'cancelled', 'timeout', 'unsupported'] as const
export type FaceOutcome = (typeof FACE_OUTCOMES)[number]

const addressSchema = s.object({ region: s.string(), community: s.string(), detail: s.string() })

export const ProfileSchema = s.object({
  residentId: s.string(),
  name: s.string(),
  /** never the full number: the client only ever holds the masked form */
  idNumberMasked: s.string(),
  gender: s.enum(['male', 'female'] as const),
  birthDate: s.string(),
  ethnicity: s.string(),
  phone: s.nullable(s.string()),
  hukouAddress: s.nullable(addressSchema),
  residenceAddress: s.nullable(addressSchema),
  residentSince: s.nullable(s.string()),
  householdId: s.string(),
  gridId: s.string(),
  householdMembers: s.array(
    s.object({
      residentId: s.string(),
      name: s.string(),
      relation: s.string(),
      birthDate: s.string(),
      idNumberMasked: s.string(),
    }),
  ),
  dogs: s.array(
    s.object({
      licenceNo: s.string(),
      name: s.string(),
      breed: s.string(),
      validUntil: s.string(),
      status: s.enum(['valid', 'expired', 'cancelled'] as const),
    }),
  ),
  /** where each fact came from, shown as a small badge next to autofilled fields */
  sources: s.record(s.string()),
})
export type Profile = Infer<typeof ProfileSchema>

export const FaceConfirmSchema = s.object({
  passed: s.literal(true),
  profile: ProfileSchema,
  /** the session's user as the server now sees it (verified: true), so the client reflects the server's decision */
  user: s.optional(UserSchema),
})
export type FaceConfirm = Infer<typeof FaceConfirmSchema>

/** 亲情账号: a relative the resident helps (代办); names masked, consent of the relative recorded */
export const FamilyMemberSchema = s.object({
  residentId: s.string(),
  nameMasked: s.string(),
  relation: s.string(),
  /** lives in the same household (公安人口库) */
  inHousehold: s.boolean(),
  /** when the relative agreed to be helped (mock: simulated) */
  consentAt: s.string(),
})
export type FamilyMember = Infer<typeof FamilyMemberSchema>

export interface AddFamilyMemberRequest {
  /** a household member picked from the profile, or a relative stated by name + ID number */
  residentId?: string
  name?: string
  idNumber?: string
  relation: string
}

/** 信息有误？: a request to correct a government-sourced fact (handled at the 户籍 window) */
export const ProfileCorrectionSchema = s.object({
  id: s.string(),
  field: s.string(),
  status: s.literal('received'),
  message: s.string(),
  at: s.string(),
})
export type ProfileCorrection = Infer<typeof ProfileCorrectionSchema>

export const MatterSummarySchema = s.object({
  id: s.string(),
  name: s.string(),
  theme: s.string(),
  themeName: s.string(),
  summary: s.string(),
  mode: s.enum(['online', 'appointment', 'guide'] as const),
  timeLimitDays: s.number(),
  online: s.boolean(),
})
export type MatterSummary = Infer<typeof MatterSummarySchema>

/** Full matter with guide and form definition (shapes owned by src/domain/matters, validated on arrival). */
export const MatterDetailSchema = s.object({
  id: s.string(),
  name: s.string(),
  theme: s.string(),
  summary: s.string(),
  guide: MatterGuideSchema,
  form: s.optional(s.nullable(FormDefinitionSchema)),
})
export type MatterDetail = Infer<typeof MatterDetailSchema>

/** An uploaded file. `url`/`thumbUrl` are API paths (GET /v1/files/{fileId}); read them with GovApi.getFile, which sends the session. */
export const FileRefSchema = s.object({
  fileId: s.string(),
  name: s.string(),
  mime: s.string(),
  size: s.number(),
  url: s.string(),
  thumbUrl: s.optional(s.string()),
  width: s.optional(s.number()),
  height: s.optional(s.number()),
})
export type FileRef = Infer<typeof FileRefSchema>

export const HistoryEntrySchema = s.object({
  at: s.string(),
  actor: s.object({ id: s.string(), role: s.string(), name: s.string() }),
  action: s.string(),
  from: s.nullable(s.string()),
  to: s.string(),
  reason: s.optional(s.string()),
  note: s.optional(s.string()),
  visibility: s.enum(['public', 'internal'] as const),
})
export type HistoryEntry = Infer<typeof HistoryEntrySchema>

/** Public facts of a complaint on the 社区动态 board and in duplicate suggestions: street-level place only, no names. */
export const BoardInfoSchema = s.object({
  categoryId: s.string(),
  /** street-level, e.g. 西外大街附近 — never the house number */
  area: s.string(),
  supporters: s.number(),
  photoCount: s.number(),
  /** first photo when it can be shown (http/https); null otherwise */
  photoUrl: s.nullable(s.string()),
  /** first photo's fileId: its thumbnail is public (GovApi.getFile(id, 'thumb')) */
  photoFileId: s.optional(s.nullable(s.string())),
  /** duplicates only: metres from the place being reported */
  distanceMeters: s.optional(s.number()),
})
export type BoardInfo = Infer<typeof BoardInfoSchema>

const caseSummaryShape = {
  id: s.string(),
  caseNo: s.string(),
  kind: s.enum(['application', 'complaint'] as const),
  title: s.string(),
  status: s.string(),
  statusLabel: s.string(),
  bucket: s.enum(['open', 'closed', 'done'] as const),
  submittedAt: s.string(),
  dueDate: s.nullable(s.string()),
  dueProvisional: s.boolean(),
  applicantMasked: s.string(),
  level: s.optional(s.nullable(s.string())),
  version: s.number(),
  /** complaints on public lists (board, duplicates) only */
  board: s.optional(s.nullable(BoardInfoSchema)),
}
export const CaseSummarySchema = s.object(caseSummaryShape)
export type CaseSummary = Infer<typeof CaseSummarySchema>

export const CertificateSchema = s.object({
  code: s.string(),
  kind: s.enum(['dog-licence', 'proof-document'] as const),
  serialNo: s.string(),
  title: s.string(),
  issuedAt: s.string(),
  validUntil: s.nullable(s.string()),
  holderMasked: s.string(),
  facts: s.record(s.string()),
})
export type Certificate = Infer<typeof CertificateSchema>

export const CaseDetailSchema = s.object({
  ...caseSummaryShape,
  matterId: s.optional(s.string()),
  categoryId: s.optional(s.string()),
  /** submitted form values; PII fields arrive masked unless revealed */
  values: s.record(s.unknown()),
  materials: s.record(s.array(FileRefSchema)),
  history: s.array(HistoryEntrySchema),
  allowedActions: s.array(s.string()),
  supplement: s.optional(s.nullable(s.object({ items: s.array(s.string()), reason: s.string() }))),
  certificate: s.optional(s.nullable(CertificateSchema)),
  rating: s.optional(s.nullable(s.object({ level: s.string(), reason: s.optional(s.string()), at: s.string() }))),
  proxy: s.optional(s.nullable(s.object({ residentId: s.string(), nameMasked: s.string() }))),
  applicant: s.object({ residentId: s.string(), nameMasked: s.string() }),
  /** complaint-only facts */
  complaint: s.optional(
    s.nullable(
      s.object({
        description: s.string(),
        photos: s.array(FileRefSchema),
        location: s.nullable(s.object({ lat: s.number(), lng: s.number(), address: s.string() })),
        anonymous: s.boolean(),
        public: s.boolean(),
        supporters: s.number(),
        duplicates: s.array(s.string()),
      }),
    ),
  ),
})
export type CaseDetail = Infer<typeof CaseDetailSchema>

export interface SubmitApplicationRequest {
  matterId: string
  values: Record<string, unknown>
  materials: Record<string, string[]> /* slot key → fileIds */
  /** household member / relative this is filed for (代办); omitted = self */
  onBehalfOf?: string
  /** client-generated per draft: a retried or double-tapped submit creates one case */
  idempotencyKey: string
}

export interface CreateComplaintRequest {
  categoryId: string
  description: string
  photos: string[] /* fileIds */
  location: { lat: number; lng: number; address: string } | null
  anonymous: boolean
  public: boolean
  extra?: Record<string, string>
  /** join this existing report instead of filing a new one */
  idempotencyKey: string
}

export const QueuePageSchema = s.object({
  items: s.array(CaseSummarySchema),
  total: s.number(),
  /** the server's China-time date: SLA badges are computed against it, not the phone's clock */
  today: s.optional(s.string()),
})
export type QueuePage = Infer<typeof QueuePageSchema>

export interface QueueFilter {
  kind?: 'application' | 'complaint'
  status?: string
  sla?: 'overdue' | 'due-today' | 'due-soon'
  level?: string
  mine?: boolean
  q?: string
  /** bad-rated cases whose 回访 is still owed (they are closed, so otherwise hidden) */
  followUp?: boolean
  gridId?: string
  /** matter id (applications) or complaint category id */
  group?: string
  offset?: number
  limit?: number
}

/** 窗口代录: the resident shows their ID card at the window; the server finds the record. */
export interface WalkInRequest {
  idNumber: string
  categoryId: string
  description: string
  address?: string
  idempotencyKey: string
}

export interface WorkerActionRequest {
  action: string
  /** the case version the worker saw: a stale one is refused with 409 */
  version: number
  input: Record<string, unknown>
  idempotencyKey: string
}

export const CertificateCheckSchema = s.object({
  state: s.enum(['valid', 'expired', 'revoked', 'unknown'] as const),
  certificate: s.nullable(CertificateSchema),
})
export type CertificateCheck = Infer<typeof CertificateCheckSchema>

/** The owner's full view of an issued certificate (GET /v1/cases/{id}/certificate). */
export const CertificateDocumentSchema = s.object({
  certificate: CertificateSchema,
  state: s.enum(['valid', 'expired', 'revoked', 'unknown'] as const),
  /** what the QR code encodes: the public verify URL with the code */
  verifyUrl: s.string(),
  /** 电子犬证: the uploaded full-body photo */
  photo: s.nullable(FileRefSchema),
  /** proof documents: the certified text (PII masked) */
  content: s.nullable(s.string()),
})
export type CertificateDocument = Infer<typeof CertificateDocumentSchema>

/** In-app notices for the signed-in resident (GET /v1/me/notices), e.g. 犬证年检 reminders. */
export const NoticeSchema = s.object({
  kind: s.enum(['licence-renewal'] as const),
  id: s.string(),
  title: s.string(),
  body: s.string(),
  matterId: s.string(),
  dueDate: s.string(),
  daysLeft: s.number(),
})
export type Notice = Infer<typeof NoticeSchema>

export const StatsSchema = s.object({
  onTimeRate: s.nullable(s.number()),
  avgHandlingDays: s.nullable(s.number()),
  satisfactionRate: s.nullable(s.number()),
  open: s.number(),
  overdue: s.number(),
  byMatter: s.array(s.object({ key: s.string(), label: s.string(), open: s.number(), overdue: s.number() })),
  /** worker console statistics (src/domain/stats) */
  closed: s.optional(s.number()),
  byCategory: s.optional(s.array(s.object({ key: s.string(), label: s.string(), open: s.number(), overdue: s.number() }))),
  byGrid: s.optional(s.array(s.object({ key: s.string(), label: s.string(), open: s.number(), overdue: s.number() }))),
  byWorker: s.optional(s.array(s.object({ key: s.string(), label: s.string(), open: s.number(), overdue: s.number() }))),
  weekly: s.optional(s.array(s.object({ weekStart: s.string(), submitted: s.number(), closed: s.number() }))),
})
export type Stats = Infer<typeof StatsSchema>

export const AuditEntrySchema = s.object({
  id: s.string(),
  at: s.string(),
  actorId: s.string(),
  actorRole: s.string(),
  action: s.string(),
  caseId: s.nullable(s.string()),
  detail: s.string(),
})
export type AuditEntry = Infer<typeof AuditEntrySchema>

/** what a file is for: the server checks the type against it (photos only, or photos and PDF) */
export type FilePurpose = 'complaint-photo' | 'dog-photo' | 'material'

/**
 * POST /v1/files as multipart/form-data (field `file`, plus `purpose`). The http adapter sends
 * the file at `path` with Taro.uploadFile (weapp: wx.uploadFile; H5: FormData over XHR); mock
 * mode reads the bytes from `path` (or takes `bytes`) and hands them to the in-process backend.
 */
export interface UploadRequest {
  /** temp file (weapp) or blob:/object URL (H5) */
  path: string
  name: string
  mime: string
  size: number
  purpose: FilePurpose
  /** the bytes themselves, when the caller already has them (tests, the bench) */
  bytes?: Uint8Array
  /** 0–100 as the bytes go up */
  onProgress?: (pct: number) => void
}

/** GET /v1/files/{fileId}: the stored bytes (metadata stripped) and their type. */
export interface FileContent {
  mime: string
  bytes: Uint8Array
}
