/** The client's half of the 高效办成一件事 contract: OneThingApi over the client's own get/post. */
import { s, type Schema } from './contract/schema'
import { CaseDetailSchema } from './contract/types'
import { AssistRequestSchema, BenefitSchema, BundleCaseSchema, BundleDetailSchema, BundleSummarySchema, HomeVisitSlotsSchema, type OneThingApi } from './contract/one-thing'

type Get = <T>(path: string, schema: Schema<T>, opts?: { auth?: boolean }) => Promise<T>
type Post = <T>(path: string, body: unknown, schema: Schema<T>, headers?: Record<string, string>) => Promise<T>

const ok = s.object({ ok: s.literal(true) })
const id = (x: string) => encodeURIComponent(x)
const key = (k: string) => ({ 'idempotency-key': k })

export function oneThingMethods(get: Get, post: Post): OneThingApi {
  return {
    listBundles: () => get('/v1/bundles', s.array(BundleSummarySchema), { auth: false }),
    getBundle: (bundleId) => get(`/v1/bundles/${id(bundleId)}`, BundleDetailSchema, { auth: false }),
    submitBundle: ({ bundleId, idempotencyKey, ...body }) =>
      post(`/v1/bundles/${id(bundleId)}/applications`, body, BundleCaseSchema, key(idempotencyKey)),
    listMyBundleCases: () => get('/v1/bundle-cases', s.array(BundleCaseSchema)),
    getBundleCase: (caseId) => get(`/v1/bundle-cases/${id(caseId)}`, BundleCaseSchema),
    refileBundlePart: (bundleCaseId, caseId, { idempotencyKey, ...body }) =>
      post(`/v1/bundle-cases/${id(bundleCaseId)}/parts/${id(caseId)}/refile`, body, BundleCaseSchema, key(idempotencyKey)),

    listMyBenefits: () => get('/v1/me/benefits', s.array(BenefitSchema)),
    confirmBenefit: (benefitId, { idempotencyKey, payTo }) =>
      post(`/v1/me/benefits/${id(benefitId)}/confirm`, payTo ? { payTo } : {}, CaseDetailSchema, key(idempotencyKey)),
    declineBenefit: async (benefitId) => {
      await post(`/v1/me/benefits/${id(benefitId)}/decline`, {}, ok)
    },

    prepareAssist: ({ idempotencyKey, ...body }) => post('/v1/assist', body, AssistRequestSchema, key(idempotencyKey)),
    listAssists: () => get('/v1/assist', s.array(AssistRequestSchema)),
    recordInPersonAuthorisation: (assistId, photoFileId) => post(`/v1/assist/${id(assistId)}/in-person`, { photoFileId }, AssistRequestSchema),
    reviewInPersonAuthorisation: (assistId, body) => post(`/v1/assist/${id(assistId)}/review`, body, AssistRequestSchema),
    resendAssist: (assistId) => post(`/v1/assist/${id(assistId)}/resend`, {}, AssistRequestSchema),
    listMyAssistRequests: () => get('/v1/me/assist-requests', s.array(AssistRequestSchema)),
    authoriseAssist: (assistId) => post(`/v1/me/assist-requests/${id(assistId)}/authorise`, {}, CaseDetailSchema),
    declineAssist: (assistId) => post(`/v1/me/assist-requests/${id(assistId)}/decline`, {}, AssistRequestSchema),

    homeVisitSlots: () => get('/v1/home-visits/slots', HomeVisitSlotsSchema),
    requestHomeVisit: ({ idempotencyKey, ...body }) => post('/v1/home-visits', body, CaseDetailSchema, key(idempotencyKey)),
  }
}
