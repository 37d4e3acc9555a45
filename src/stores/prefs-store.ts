/**
 * Display preferences: 长辈版 (elder mode), whether the first-run offer was answered, and the
 * user's WeChat font-size setting as a scale hint. Only the two choices are persisted; the
 * font scale is read from the system on every start, since the user may change it in WeChat.
 */
import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { s } from '@/api/contract/schema'
import { taroStorage } from '@/platform/storage'
import { loadPersisted, persistOptions, type PersistedSpec } from './persisted'
import { STORAGE_KEYS } from './storage-keys'

export const PREFS_STORAGE_KEY = STORAGE_KEYS.prefs
export const PREFS_VERSION = 1

/**
 * WeChat's standard 「字体大小」 in px, per OS, for clients that report only fontSizeSetting:
 * iOS reports 17 at the standard size, Android 16 (dividing by 16 everywhere made every iPhone 1.06×).
 */
const STANDARD_FONT_PX_IOS = 17
const STANDARD_FONT_PX = 16
const FONT_SCALE_MIN = 1
const FONT_SCALE_MAX = 1.5

/** Where a resident meant to go when the home page switched to the 诉求 tab (switchTab takes no query). */
export type ComplaintIntent = 'complaint' | 'snap'

export interface PersistedPrefs {
  elderMode: boolean
  elderPrompted: boolean
}

export interface PrefsState extends PersistedPrefs {
  /** 1 = standard WeChat font size; up to 1.5 */
  fontScale: number
  complaintIntent: ComplaintIntent | null
  setElderMode(on: boolean): void
  markElderPrompted(): void
  setFontScale(scale: number): void
  setComplaintIntent(intent: ComplaintIntent | null): void
  /** read once: returns the pending intent and clears it */
  takeComplaintIntent(): ComplaintIntent | null
}

export function clampFontScale(scale: number): number {
  if (!Number.isFinite(scale)) return FONT_SCALE_MIN
  return Math.min(FONT_SCALE_MAX, Math.max(FONT_SCALE_MIN, Math.round(scale * 100) / 100))
}

interface FontInfo {
  fontSizeScaleFactor?: number
  fontSizeSetting?: number
  platform?: string
}

/** A scale from what WeChat reports: fontSizeScaleFactor when present, else fontSizeSetting over the OS's standard size. */
export function fontScaleFrom(info: FontInfo): number {
  if (typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 0) return clampFontScale(info.fontSizeScaleFactor)
  if (typeof info.fontSizeSetting !== 'number') return 1
  const standard = /ios/i.test(info.platform ?? '') ? STANDARD_FONT_PX_IOS : STANDARD_FONT_PX
  return clampFontScale(info.fontSizeSetting / standard)
}

/**
 * The WeChat 「字体大小」 setting as a scale: getAppBaseInfo's fontSizeScaleFactor where the client
 * reports it, else fontSizeSetting (getAppBaseInfo, or getSystemInfoSync on old clients) over the
 * OS's standard size. H5 and unknown platforms answer 1 (browsers zoom on their own).
 */
export function readSystemFontScale(): number {
  try {
    const base = (Taro.getAppBaseInfo?.() ?? {}) as FontInfo
    if (typeof base.fontSizeScaleFactor === 'number' && base.fontSizeScaleFactor > 0) return fontScaleFrom(base)
    const sys = Taro.getSystemInfoSync() as FontInfo
    return fontScaleFrom({ fontSizeSetting: base.fontSizeSetting ?? sys.fontSizeSetting, platform: sys.platform })
  } catch {
    return 1
  }
}

const flag = () => s.fallback(s.boolean(), () => false)

/**
 * Version 1: the two choices; a value that is not a real boolean is false. v0 (before
 * versioning) had the same fields, possibly without elderPrompted: no step needed.
 */
const PREFS: PersistedSpec<PersistedPrefs> = {
  key: PREFS_STORAGE_KEY,
  version: PREFS_VERSION,
  schema: s.object({ elderMode: flag(), elderPrompted: flag() }, { strip: true }),
  defaults: () => ({ elderMode: false, elderPrompted: false }),
  // whoever has elder mode on has answered the offer
  tidy: (p) => ({ ...p, elderPrompted: p.elderPrompted || p.elderMode }),
}

/** Any stored shape → today's shape; a bad value never breaks start-up. */
export function migratePrefs(persisted: unknown, fromVersion: number): PersistedPrefs {
  return loadPersisted(PREFS, persisted, fromVersion)
}

export const usePrefsStore = create<PrefsState>()(
  persist(
    (set, get) => ({
      elderMode: false,
      elderPrompted: false,
      fontScale: readSystemFontScale(),
      complaintIntent: null,
      // choosing either way answers the first-run offer
      setElderMode: (on) => set({ elderMode: on, elderPrompted: true }),
      markElderPrompted: () => set({ elderPrompted: true }),
      setFontScale: (scale) => set({ fontScale: clampFontScale(scale) }),
      setComplaintIntent: (intent) => set({ complaintIntent: intent }),
      takeComplaintIntent: () => {
        const intent = get().complaintIntent
        if (intent) set({ complaintIntent: null })
        return intent
      },
    }),
    persistOptions(PREFS, () => taroStorage, (st): PersistedPrefs => ({ elderMode: st.elderMode, elderPrompted: st.elderPrompted })),
  ),
)

export function useElderMode(): { elderMode: boolean; setElderMode: (on: boolean) => void } {
  const elderMode = usePrefsStore((s) => s.elderMode)
  const setElderMode = usePrefsStore((s) => s.setElderMode)
  return { elderMode, setElderMode }
}
