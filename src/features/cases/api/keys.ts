/** Query keys of 我的办件 (personal data: the cache is cleared when the user changes). */
import type { BucketFilter } from '../case-format'

export const caseKeys = {
  all: ['cases'] as const,
  list: (bucket: BucketFilter) => [...caseKeys.all, 'list', bucket] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  notices: () => [...caseKeys.all, 'notices'] as const,
}
