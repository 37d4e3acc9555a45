/**
 * Key-value storage over Taro (wx storage on weapp, localStorage on H5), shaped for
 * zustand's `persist`. getItem must answer null (not '') when a key is absent, or
 * persist treats the empty string as corrupt state.
 * Never put ID numbers, names or phones here: stores persist only what they must.
 */
import Taro from '@tarojs/taro'

export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export const taroStorage: KeyValueStorage = {
  getItem(key) {
    try {
      const v = Taro.getStorageSync(key)
      return typeof v === 'string' && v !== '' ? v : null
    } catch {
      return null
    }
  },
  setItem(key, value) {
    try {
      Taro.setStorageSync(key, value)
    } catch {
      // storage full or unavailable: state stays in memory for this run
    }
  },
  removeItem(key) {
    try {
      Taro.removeStorageSync(key)
    } catch {
      /* nothing to remove */
    }
  },
}

/** Keys this app owns, so sign-out can wipe every one of them. */
export const STORAGE_PREFIX = 'sqt:'

export function wipeAppStorage(): void {
  try {
    const { keys } = Taro.getStorageInfoSync()
    for (const k of keys) if (k.startsWith(STORAGE_PREFIX)) Taro.removeStorageSync(k)
  } catch {
    /* best effort */
  }
}
