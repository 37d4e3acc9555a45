/** 我的办件 (by how they ended) and the 犬证年检 reminders, for the signed-in, verified resident. */
import { useQuery } from '@tanstack/react-query'
import { getApi } from '@/api'
import type { BucketFilter } from '../case-format'
import { caseKeys } from './keys'

export function useMyCases(bucket: BucketFilter, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.list(bucket),
    queryFn: () => getApi().listMyCases(bucket === 'all' ? {} : { bucket }),
    enabled,
  })
}

export function useNotices(enabled: boolean) {
  return useQuery({ queryKey: caseKeys.notices(), queryFn: () => getApi().listNotices(), enabled })
}
