/** The catalogue of 办事大厅, fetched once and kept while the app runs; `retry` fetches again. */
import { useQuery } from '@tanstack/react-query'
import { getApi, type MatterSummary } from '@/api'
import { errorMessage } from '@/lib/error-message'
import { matterKeys } from './keys'

export type MattersState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; matters: MatterSummary[] }

export function useMatters(): MattersState & { retry: () => void } {
  const q = useQuery({ queryKey: matterKeys.list(), queryFn: () => getApi().listMatters(), staleTime: 10 * 60_000 })
  const retry = () => void q.refetch()
  if (q.data) return { status: 'ready', matters: q.data, retry }
  if (q.isError && !q.isFetching) return { status: 'error', message: errorMessage(q.error, '网络不太好，请稍后重试'), retry }
  return { status: 'loading', retry }
}
