import { paths } from '@/routes'

/** Where 我的办件 lives (a subpackage): link here from 我的 and from notices. */
export const CASE_LIST_URL = paths.cases.list.path

export function caseDetailUrl(id: string): string {
  return paths.cases.detail.url(id)
}

/** Complaints (微诉求 / 随手拍) have their own detail page with 确认解决 / 重新打开. */
export function complaintDetailUrl(id: string): string {
  return paths.complaints.detail.url(id)
}
