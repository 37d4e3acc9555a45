/** The queue, fetched page by page (server paging); filters restart it, reaching the end loads more. */
import { useCallback, useEffect, useRef, useState } from 'react'
import { getApi, type CaseSummary, type QueueFilter } from '@/api'
import { errorMessage } from '@/lib/error-message'

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
  const [items, setItems] = useState<CaseSummary[]>([])
  const [total, setTotal] = useState(0)
  const [today, setToday] = useState<string | undefined>(undefined)
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState('')
  const seq = useRef(0)
  const key = JSON.stringify(filter)
  const filterRef = useRef(filter)
  filterRef.current = filter
  const state = useRef({ items, total, loadingMore })
  state.current = { items, total, loadingMore }

  const reload = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    setError('')
    try {
      const page = await getApi().workerQueue({ ...filterRef.current, offset: 0, limit: PAGE_SIZE })
      if (mine !== seq.current) return
      setItems(page.items)
      setTotal(page.total)
      setToday(page.today)
    } catch (e) {
      if (mine === seq.current) setError(errorMessage(e))
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [])

  const loadMore = useCallback(async () => {
    const cur = state.current
    if (cur.loadingMore || cur.items.length >= cur.total) return
    const mine = seq.current
    setLoadingMore(true)
    try {
      const page = await getApi().workerQueue({ ...filterRef.current, offset: cur.items.length, limit: PAGE_SIZE })
      if (mine !== seq.current) return
      setItems((prev) => {
        const seen = new Set(prev.map((c) => c.id))
        return [...prev, ...page.items.filter((c) => !seen.has(c.id))]
      })
      setTotal(page.total)
    } catch (e) {
      if (mine === seq.current) setError(errorMessage(e))
    } finally {
      setLoadingMore(false)
    }
  }, [])

  useEffect(() => {
    void reload()
  }, [key, reload])

  return { items, total, today, loading, loadingMore, error, reload, loadMore }
}
