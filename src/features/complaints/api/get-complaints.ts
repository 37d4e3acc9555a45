/**
 * 我的诉求, 社区动态 and one complaint. The reporter's actions (确认, 重新打开, 评价) return the
 * case as it now is; that reply goes into the cache, so the screen shows it without asking again.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { getApi, type CaseDetail } from '@/api'
import { complaintKeys } from './keys'

export function useMyComplaints(enabled: boolean) {
  return useQuery({ queryKey: complaintKeys.mine(), queryFn: () => getApi().listMyCases({ kind: 'complaint' }), enabled })
}

export const useBoard = () => useQuery({ queryKey: complaintKeys.board(), queryFn: () => getApi().listBoard() })

export const complaintQuery = (id: string) =>
  queryOptions({ queryKey: complaintKeys.detail(id), queryFn: () => getApi().getCase(id) })

export function useComplaint(id: string | undefined) {
  return useQuery({ ...complaintQuery(id ?? ''), enabled: Boolean(id) })
}

/** Stores an action's reply unless a later version is already cached; 我的诉求 is marked stale. */
export function useWriteComplaint(id: string | undefined): (next: CaseDetail) => void {
  const client = useQueryClient()
  return useCallback(
    (next: CaseDetail) => {
      if (!id) return
      client.setQueryData(complaintQuery(id).queryKey, (prev) => (prev && prev.version > next.version ? prev : next))
      void client.invalidateQueries({ queryKey: complaintKeys.mine() })
    },
    [client, id],
  )
}
