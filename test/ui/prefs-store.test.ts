import { resetTaroMock, storage } from '../support/taro-mock'
import { clampFontScale, migratePrefs, PREFS_STORAGE_KEY, usePrefsStore } from '@/stores/prefs-store'

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
