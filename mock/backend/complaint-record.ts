/** One way to turn a created complaint case into the stored record (routes and seed data share it). */
import type { CaseCore } from '@/domain/cases/state-machine'
import type { ComplaintCategory } from '@/domain/complaints/categories'
import type { Ctx } from './context'
import { nextCaseNo } from './routes/cases-common'
import type { CaseRecord, ComplaintFacts, ResidentRecord } from './state'

export function complaintRecord(
  ctx: Ctx,
  core: CaseCore,
  resident: ResidentRecord,
  category: ComplaintCategory,
  facts: Omit<ComplaintFacts, 'duplicates'> & { duplicates?: string[] },
): CaseRecord {
  return {
    ...core,
    caseNo: nextCaseNo(ctx, 'complaint'),
    categoryId: category.id,
    title: category.name,
    applicantId: resident.residentId,
    proxyId: null,
    values: {},
    materials: {},
    // until triage sets 红黄蓝, a complaint is answered within 3 working days (黄)
    limitDays: 3,
    gridId: resident.gridId,
    departmentId: category.defaultDepartment,
    assigneeId: null,
    certificateCode: null,
    complaint: { duplicates: [], ...facts },
  }
}
