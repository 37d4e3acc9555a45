import { createElement, PropsWithChildren } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { setTokenStore } from '@/api'
import { queryClient } from '@/lib/query-client'
import { sessionTokenStore } from '@/stores/session-store'
import { clearCacheOnSignOut, connectQueryManagers } from './app-query'
import { AppDisplayPrefs } from './app-display-prefs'
import './app.css'

// The api reads tokens from the persisted session store from the first request on.
setTokenStore(sessionTokenStore)

// Server state: cleared with the session, refetched on app show and on reconnect.
clearCacheOnSignOut(queryClient)
connectQueryManagers()

function App({ children }: PropsWithChildren) {
  return createElement(QueryClientProvider, { client: queryClient }, createElement(AppDisplayPrefs, null, children))
}

export default App
