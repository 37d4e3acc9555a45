import { PropsWithChildren } from 'react'
import { setTokenStore } from '@/api'
import { sessionTokenStore } from '@/stores/session-store'
import './app.css'

// The api reads tokens from the persisted session store from the first request on.
setTokenStore(sessionTokenStore)

function App({ children }: PropsWithChildren) {
  return children
}

export default App
