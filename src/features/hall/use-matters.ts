import { useCallback, useEffect, useState } from 'react'
import { getApi, isApiError, type MatterSummary } from '@/api'

export type MattersState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; matters: MatterSummary[] }

/** The catalogue, fetched on mount; `retry` fetches again. Server data stays here, not in a store. */
export function useMatters(): MattersState & { retry: () => void } {
  const [state, setState] = useState<MattersState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    // a late answer from an earlier attempt or an unmounted page must not overwrite state
    let current = true
    setState({ status: 'loading' })
    getApi()
      .listMatters()
      .then(
        (matters) => current && setState({ status: 'ready', matters }),
        (e: unknown) =>
          current && setState({ status: 'error', message: isApiError(e) ? e.message : '网络不太好，请稍后重试' }),
      )
    return () => {
      current = false
    }
  }, [attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { ...state, retry }
}
