import { resetTaroMock, storage } from '../support/taro-mock'
import Taro from '@tarojs/taro'
import { clampFontScale, fontScaleFrom, migratePrefs, PREFS_STORAGE_KEY, readSystemFontScale, usePrefsStore } from '@/stores/prefs-store'

const initial = usePrefsStore.getState()

beforeEach(() => {
  // persist writes every setState, so reset the state before the storage
  usePrefsStore.setState(initial, true)
  resetTaroMock()
})

describe('prefs store', () => {
  it('persists only the choices, under an sqt: key, with a version', () => {
    usePrefsStore.getState().setElderMode(true)
    usePrefsStore.getState().setComplaintIntent('snap')
    const saved = JSON.parse(String(storage.get(PREFS_STORAGE_KEY)))
    expect(PREFS_STORAGE_KEY.startsWith('sqt:')).toBe(true)
    expect(saved).toEqual({ state: { elderMode: true, elderPrompted: true }, version: 1 })
  })

  it('answering the first-run offer either way marks it done', () => {
    expect(usePrefsStore.getState().elderPrompted).toBe(false)
    usePrefsStore.getState().markElderPrompted()
    expect(usePrefsStore.getState()).toMatchObject({ elderPrompted: true, elderMode: false })
  })

  it('hands the complaint intent over once', () => {
    usePrefsStore.getState().setComplaintIntent('snap')
    expect(usePrefsStore.getState().takeComplaintIntent()).toBe('snap')
    expect(usePrefsStore.getState().takeComplaintIntent()).toBeNull()
  })

  it('rehydrates sanitised values: junk in storage cannot break start-up', async () => {
    storage.set(PREFS_STORAGE_KEY, JSON.stringify({ state: { elderMode: 'yes', elderPrompted: 1 }, version: 1 }))
    await usePrefsStore.persist.rehydrate()
    expect(usePrefsStore.getState()).toMatchObject({ elderMode: false, elderPrompted: false })
  })

  it('migrates an unversioned (v0) value', async () => {
    storage.set(PREFS_STORAGE_KEY, JSON.stringify({ state: { elderMode: true }, version: 0 }))
    await usePrefsStore.persist.rehydrate()
    expect(usePrefsStore.getState()).toMatchObject({ elderMode: true, elderPrompted: true })
  })
})

describe('migratePrefs', () => {
  it.each([null, undefined, 'x', 42, []])('defaults anything that is not an object (%p)', (value) => {
    expect(migratePrefs(value, 0)).toEqual({ elderMode: false, elderPrompted: false })
  })
})

describe('clampFontScale', () => {
  it('keeps the WeChat font scale between 1 and 1.5', () => {
    expect(clampFontScale(0.8)).toBe(1)
    expect(clampFontScale(1.125)).toBe(1.13)
    expect(clampFontScale(2)).toBe(1.5)
    expect(clampFontScale(Number.NaN)).toBe(1)
  })
})

describe('system font scale (WeChat 「字体大小」)', () => {
  const taro = Taro as unknown as Record<string, unknown>
  const realSystemInfo = taro.getSystemInfoSync
  afterEach(() => {
    delete taro.getAppBaseInfo
    taro.getSystemInfoSync = realSystemInfo
  })

  it('uses fontSizeScaleFactor where WeChat reports it', () => {
    taro.getAppBaseInfo = () => ({ fontSizeScaleFactor: 1.2, fontSizeSetting: 20 })
    expect(readSystemFontScale()).toBe(1.2)
  })

  it('an iPhone at the standard size reads 1, not 1.06', () => {
    taro.getSystemInfoSync = () => ({ platform: 'ios', fontSizeSetting: 17 })
    expect(readSystemFontScale()).toBe(1)
    expect(fontScaleFrom({ platform: 'ios', fontSizeSetting: 20 })).toBe(1.18)
  })

  it('an Android phone at the standard size reads 1, a larger setting scales', () => {
    expect(fontScaleFrom({ platform: 'android', fontSizeSetting: 16 })).toBe(1)
    expect(fontScaleFrom({ platform: 'android', fontSizeSetting: 20 })).toBe(1.25)
  })

  it('answers 1 when the platform says nothing or throws', () => {
    expect(fontScaleFrom({})).toBe(1)
    taro.getSystemInfoSync = () => {
      throw new Error('no system info')
    }
    expect(readSystemFontScale()).toBe(1)
  })
})
