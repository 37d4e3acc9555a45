/** The network signal in the browser: navigator.onLine and the online/offline events. */
export function watchNetwork(fn: (online: boolean) => void): () => void {
  if (typeof window === 'undefined') return () => undefined
  const on = () => fn(true)
  const off = () => fn(false)
  fn(typeof navigator === 'undefined' ? true : navigator.onLine !== false)
  window.addEventListener('online', on)
  window.addEventListener('offline', off)
  return () => {
    window.removeEventListener('online', on)
    window.removeEventListener('offline', off)
  }
}
