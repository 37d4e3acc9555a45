/**
 * Records of 高效办成一件事 (docs/one-thing.md): bundle cases, benefit decisions and 帮办
 * authorisations. Kept in `State` (core/storage.ts) like every other record.
 */
import type { FileRef } from '@/api/contract/types'

export interface BundleCaseRecord {
  id: string
  bundleId: string
  applicantId: string
  /** the resident who filed it for the applicant (代办), if any */
  proxyId: string | null
  submittedAt: string
  /** the part cases, in the bundle's order; a part filed again replaces its entry */
  partCaseIds: string[]
  /** parts filed again after a rejection: the earlier case ids, oldest first */
  replaced: Array<{ matterId: string; caseId: string }>
}

export interface BenefitDecision {
  residentId: string
  benefitId: string
  decision: 'confirmed' | 'declined'
  at: string
  /** the approved-by-rule case a confirmation created */
  caseId: string | null
}

export type AssistStatus = 'awaiting-resident' | 'awaiting-review' | 'submitted' | 'declined' | 'expired'

export interface AssistRecord {
  id: string
  matterId: string
  residentId: string
  /** the worker who prepared it (帮办人) */
  helperId: string
  place: 'window' | 'home'
  values: Record<string, unknown>
  materials: Record<string, FileRef[]>
  createdAt: string
  /** the resident must authorise before this (ISO); afterwards the draft stays with the worker */
  expiresAt: string
  status: AssistStatus
  /** in-person authorisation (no phone): the photo of the signed form and the second worker's review */
  inPerson: { recordedBy: string; at: string; photoFileId: string } | null
  reviewedBy: string | null
  caseId: string | null
  decidedAt: string | null
}

export interface CaseAssist {
  helperId: string
  /** on the resident's own phone, or in person with a signed form reviewed by a second worker */
  authorisation: 'phone' | 'in-person'
  authorisedAt: string
  reviewedBy: string | null
  place: 'window' | 'home'
}
