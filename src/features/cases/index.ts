/**
 * 我的办件 — public face for other features (kept light: 首页 may place RenewalNotices in the
 * main package). The screens themselves load from the cases subpackage's pages:
 * `@/features/cases/case-list-screen`, `@/features/cases/case-detail-screen`.
 */
export { RenewalNotices } from './renewal-notices'
export { CASE_LIST_URL, caseDetailUrl } from './urls'
