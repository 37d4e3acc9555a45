/**
 * The app's one QueryClient (server state: what the server holds, fetched and cached here;
 * zustand keeps client state only). Defaults chosen for the api client under it:
 *
 * - retry off, queries and mutations alike: the api client already retries what is worth
 *   retrying (network errors, timeouts, 408, 429, 5xx) with full-jitter backoff, Retry-After
 *   and a retry budget, and submissions go through the outbox. What reaches a query is an
 *   error the client gave up on or one no retry can fix (401/403/404/409/400), so a second
 *   layer would only multiply requests and delay the error screen.
 * - networkMode 'always': the api client (or, in mock mode, the in-process backend) decides
 *   whether a request can go out, and its error carries the Chinese message the screen shows.
 *   onlineManager then only drives refetch-on-reconnect.
 * - staleTime 30 s: going back and forth between a list and a detail page on a phone shows the
 *   cache without a request; screens that must be current refetch on show or pull-down, and
 *   mutations write the server's reply into the cache.
 * - gcTime 5 min (the default): a page closed a while ago loads again from the server.
 */
import { QueryClient, type DefaultOptions } from '@tanstack/react-query'

export const QUERY_DEFAULTS: DefaultOptions = {
  queries: { retry: false, networkMode: 'always', staleTime: 30_000, refetchOnWindowFocus: true, refetchOnReconnect: true },
  mutations: { retry: false, networkMode: 'always' },
}

export function createQueryClient(defaults: DefaultOptions = QUERY_DEFAULTS): QueryClient {
  return new QueryClient({ defaultOptions: defaults })
}

export const queryClient = createQueryClient()
