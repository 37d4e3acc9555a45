/**
 * What the ui needs to know of the resident's display preferences: 长辈版 and the WeChat font
 * scale, and a way to switch 长辈版. The app provides the values (src/app-display-prefs.ts reads
 * them from the prefs store); the ui reads them here and imports no store. Without a provider
 * the ui renders at the standard size.
 */
import { createContext, useContext } from 'react'

export interface DisplayPrefs {
  elderMode: boolean
  /** 1 = standard WeChat font size; up to 1.5 */
  fontScale: number
  setElderMode(on: boolean): void
}

export const DisplayPrefsContext = createContext<DisplayPrefs>({ elderMode: false, fontScale: 1, setElderMode: () => undefined })

export const DisplayPrefsProvider = DisplayPrefsContext.Provider

export function useDisplayPrefs(): DisplayPrefs {
  return useContext(DisplayPrefsContext)
}
