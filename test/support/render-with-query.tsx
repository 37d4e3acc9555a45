/**
 * Screens read server state through TanStack Query, so a test renders them inside a
 * QueryClientProvider: one fresh client per test (shared by every render in that test, as the
 * app shares one), with the app's defaults (retry off) and, like the app, cleared when the
 * signed-in user changes; the app's display preferences (长辈版, font scale) reach the ui as in src/app.ts. Import `renderWithQuery as render` in place of RTL's render.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { render, type RenderOptions } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { AppDisplayPrefs } from '@/app-display-prefs'
import { clearCacheOnSignOut } from '@/app-query'
import { createQueryClient, QUERY_DEFAULTS } from '@/lib/query-client'

let current: { client: QueryClient; stop: () => void } | null = null

/** This test's client (created on first use; a new one after each test). */
export function testQueryClient(): QueryClient {
  if (!current) {
    // gcTime Infinity: no garbage-collection timers outlive the test (the client is cleared after it)
    const client = createQueryClient({ ...QUERY_DEFAULTS, queries: { ...QUERY_DEFAULTS.queries, gcTime: Infinity } })
    current = { client, stop: clearCacheOnSignOut(client) }
  }
  return current.client
}

afterEach(() => {
  current?.stop()
  current?.client.clear()
  current = null
})

export function QueryWrapper({ children }: { children?: ReactNode }) {
  return (
    <QueryClientProvider client={testQueryClient()}>
      <AppDisplayPrefs>{children}</AppDisplayPrefs>
    </QueryClientProvider>
  )
}

export function renderWithQuery(ui: ReactElement, options: Omit<RenderOptions, 'wrapper'> = {}) {
  return render(ui, { ...options, wrapper: QueryWrapper })
}
