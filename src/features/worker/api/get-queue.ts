/**
 * The queue, fetched page by page (server paging, PAGE_SIZE a page): a filter is its own cached
 * list, reaching the end loads the next page, `reload` fetches the pages shown again (after an
 * action or on coming back from a case).
 */
import { useInfiniteQuery } from '@tanstack/react-query'
import { getApi, type CaseSummary, type QueueFilter } from '@/api'
import { errorMessage } from '@/lib/error-message'
import { workerKeys } from './keys'

export const PAGE_SIZE = 50

export interface QueueState {
  items: CaseSummary[]
  total: number
  today: string | undefined
  loading: boolean
  loadingMore: boolean
  error: string
  reload(): Promise<void>
  loadMore(): Promise<void>
}

export function useQueue(filter: QueueFilter): QueueState {
  const q = useInfiniteQuery({
    queryKey: workerKeys.queue(filter),
    queryFn: ({ pageParam }) => getApi().workerQueue({ ...filter, offset: pageParam, limit: PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0)
      return last.items.length > 0 && loaded < last.total ? loaded : undefined
    },
    // the queue changes under the worker's hands: show the cache, but always ask again
    staleTime: 0,
  })
  const pages = q.data?.pages ?? []
  // a case that moved between two page loads may come twice: keep its first place
  const seen = new Set<string>()
  const items = pages.flatMap((p) => p.items).filter((c) => !seen.has(c.id) && !!seen.add(c.id))
  return {
    items,
    total: pages.at(-1)?.total ?? 0,
    today: pages[0]?.today,
    loading: q.isPending || (q.isFetching && !q.isFetchingNextPage),
    loadingMore: q.isFetchingNextPage,
    error: q.error ? errorMessage(q.error) : '',
    reload: async () => void (await q.refetch()),
    loadMore: async () => {
      if (q.hasNextPage && !q.isFetchingNextPage) await q.fetchNextPage()
    },
  }
}
