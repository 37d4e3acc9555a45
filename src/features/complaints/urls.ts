/** Where the complaint pages live (subpackage packages/complaints), and the status tone shared by lists. */
import type { StatusTone } from '@/ui'
import { paths } from '@/routes'

export const COMPLAINT_URLS = {
  snap: paths.complaints.snap.path,
  complaint: paths.complaints.new.path,
  board: paths.complaints.board.path,
  detail: paths.complaints.detail.path,
} as const

export const DETAIL_URL = COMPLAINT_URLS.detail

/** 已办结·待确认 asks something of the resident; done is green; closed-without-fixing is neutral, never green. */
export function toneOf(bucket: string, status: string): StatusTone {
  if (status === 'resolved') return 'warning'
  if (bucket === 'done') return 'success'
  if (bucket === 'closed') return 'neutral'
  return 'info'
}
