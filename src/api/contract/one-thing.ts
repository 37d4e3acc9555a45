/**
 * The 高效办成一件事 part of the contract (docs/one-thing.md, docs/api/openapi.yaml): bundles
 * (一件事一次办), 免申即享 benefits, 帮办 authorisations and 上门服务. GovApi extends
 * OneThingApi; the client implements it with `oneThingMethods` (src/api/one-thing-client.ts).
 */
import { FormDefinitionSchema } from './matter-schemas'
import { s, type Infer } from './schema'
import type { CaseDetail } from './types'

export const BundleSummarySchema = s.object({ id: s.string(), name: s.string(), summary: s.string(), matterIds: s.array(s.string()) })
export type BundleSummary = Infer<typeof BundleSummarySchema>

export const BundleDetailSchema = s.object({
  id: s.string(),
  name: s.string(),
  summary: s.string(),
  whoFor: s.string(),
  matterIds: s.array(s.string()),
  parts: s.array(
    s.object({ matterId: s.string(), matterName: s.string(), departmentName: s.string(), timeLimitDays: s.number(), optional: s.boolean() }),
  ),
  form: FormDefinitionSchema,
  fees: s.boolean(),
})
export type BundleDetail = Infer<typeof BundleDetailSchema>

export const BundlePartSchema = s.object({
  caseId: s.string(),
  caseNo: s.string(),
  matterId: s.string(),
  matterName: s.string(),
  status: s.string(),
  statusLabel: s.string(),
  bucket: s.string(),
  departmentName: s.string(),
  version: s.number(),
  reason: s.optional(s.string()),
})
export type BundlePart = Infer<typeof BundlePartSchema>

const FeeSchema = s.object({ lines: s.array(s.object({ label: s.string(), amount: s.number() })), total: s.number() })

export const BundleCaseSchema = s.object({
  id: s.string(),
  bundleId: s.string(),
  name: s.string(),
  submittedAt: s.string(),
  status: s.enum(['in-progress', 'needs-attention', 'done', 'withdrawn'] as const),
  statusLabel: s.string(),
  attention: s.nullable(s.object({ caseId: s.string(), matterId: s.string(), reason: s.string() })),
  applicantMasked: s.string(),
  parts: s.array(BundlePartSchema),
  fees: s.nullable(FeeSchema),
})
export type BundleCase = Infer<typeof BundleCaseSchema>

export const BenefitSchema = s.object({
  id: s.string(),
  name: s.string(),
  matterId: s.string(),
  reason: s.string(),
  amount: s.optional(s.string()),
  payOptions: s.array(s.object({ value: s.string(), label: s.string() })),
})
export type Benefit = Infer<typeof BenefitSchema>

export const AssistRequestSchema = s.object({
  id: s.string(),
  matterId: s.string(),
  matterName: s.string(),
  residentMasked: s.string(),
  residentHasPhone: s.boolean(),
  helper: s.string(),
  place: s.enum(['window', 'home'] as const),
  createdAt: s.string(),
  expiresAt: s.string(),
  status: s.enum(['awaiting-resident', 'awaiting-review', 'submitted', 'declined', 'expired'] as const),
  statusLabel: s.string(),
  summary: s.array(s.object({ key: s.string(), label: s.string(), value: s.string() })),
  caseId: s.nullable(s.string()),
})
export type AssistRequest = Infer<typeof AssistRequestSchema>

export const HomeVisitSlotsSchema = s.object({
  eligible: s.boolean(),
  reason: s.string(),
  minAge: s.number(),
  slots: s.array(s.object({ value: s.string(), label: s.string() })),
})
export type HomeVisitSlots = Infer<typeof HomeVisitSlotsSchema>

export interface SubmitBundleRequest {
  bundleId: string
  values: Record<string, unknown>
  materials: Record<string, string[]>
  onBehalfOf?: string | null
  idempotencyKey: string
}

export interface PrepareAssistRequest {
  idNumber: string
  matterId: string
  values: Record<string, unknown>
  materials: Record<string, string[]>
  place: 'window' | 'home'
  idempotencyKey: string
}

export interface OneThingApi {
  // 一件事一次办
  listBundles(): Promise<BundleSummary[]>
  getBundle(id: string): Promise<BundleDetail>
  submitBundle(req: SubmitBundleRequest): Promise<BundleCase>
  listMyBundleCases(): Promise<BundleCase[]>
  getBundleCase(id: string): Promise<BundleCase>
  /** a rejected part, fixed and filed again (only that part's fields and materials change) */
  refileBundlePart(
    bundleCaseId: string,
    caseId: string,
    req: { values: Record<string, unknown>; materials: Record<string, string[]>; idempotencyKey: string },
  ): Promise<BundleCase>

  // 免申即享 (the backend decides eligibility)
  listMyBenefits(): Promise<Benefit[]>
  confirmBenefit(id: string, req: { payTo?: string; idempotencyKey: string }): Promise<CaseDetail>
  declineBenefit(id: string): Promise<void>

  // 帮办: worker side (role- and scope-checked by the server)
  prepareAssist(req: PrepareAssistRequest): Promise<AssistRequest>
  listAssists(): Promise<AssistRequest[]>
  recordInPersonAuthorisation(id: string, photoFileId: string): Promise<AssistRequest>
  reviewInPersonAuthorisation(id: string, req: { approve: boolean; reason?: string }): Promise<AssistRequest>
  resendAssist(id: string): Promise<AssistRequest>
  // 帮办: resident side
  listMyAssistRequests(): Promise<AssistRequest[]>
  authoriseAssist(id: string): Promise<CaseDetail>
  declineAssist(id: string): Promise<AssistRequest>

  // 上门服务
  homeVisitSlots(): Promise<HomeVisitSlots>
  requestHomeVisit(req: { matterId: string; slot: string; idempotencyKey: string }): Promise<CaseDetail>
}
