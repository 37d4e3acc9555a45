/**
 * Loading / error / data for one async call, with reload. Stale responses (an earlier call
 * finishing after a later one) are dropped so the screen never shows old data.
 */
import { useCallback, useEffect, useRef, useState } from 'react'

export interface AsyncState<T> {
  data: T | undefined
  error: unknown
  loading: boolean
  reload(): Promise<void>
}

export function useAsync<T>(run: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const [loading, setLoading] = useState(true)
  const seq = useRef(0)
  const runRef = useRef(run)
  runRef.current = run

  const reload = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    setError(undefined)
    try {
      const value = await runRef.current()
      if (mine === seq.current) setData(value)
    } catch (e) {
      if (mine === seq.current) setError(e)
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    void reload()
    // deps are the caller's: they say when the call must run again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  return { data, error, loading, reload }
}
