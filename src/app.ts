import { createElement, PropsWithChildren } from 'react'
import { setTokenStore } from '@/api'
import { sessionTokenStore } from '@/stores/session-store'
import { AppDisplayPrefs } from './app-display-prefs'
import './app.css'

// The api reads tokens from the persisted session store from the first request on.
setTokenStore(sessionTokenStore)

function App({ children }: PropsWithChildren) {
  return createElement(AppDisplayPrefs, null, children)
}

export default App
