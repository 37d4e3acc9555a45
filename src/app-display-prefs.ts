/**
 * Hands the prefs store's 长辈版 and font scale to the ui (src/ui/display-prefs.tsx), which
 * imports no store. Wraps every page in src/app.ts; tests render screens inside it too.
 */
import { createElement, useMemo, type PropsWithChildren } from 'react'
import { useElderMode, usePrefsStore } from '@/stores/prefs-store'
import { DisplayPrefsProvider } from '@/ui/display-prefs'

export function AppDisplayPrefs({ children }: PropsWithChildren) {
  const { elderMode, setElderMode } = useElderMode()
  const fontScale = usePrefsStore((s) => s.fontScale)
  const value = useMemo(() => ({ elderMode, fontScale, setElderMode }), [elderMode, fontScale, setElderMode])
  return createElement(DisplayPrefsProvider, { value }, children)
}
