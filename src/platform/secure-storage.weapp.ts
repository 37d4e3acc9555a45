/**
 * Session tokens in WeChat's encrypted storage (`wx.setStorage({ encrypt: true })`, AES-128,
 * base library ≥ 2.21.3): another mini-program or a copied storage file cannot read them.
 * Encrypted values are read back with `encrypt: true`; the keys keep the `sqt:` prefix so
 * sign-out's wipe finds them.
 */
import type { StateStorage } from 'zustand/middleware'
import { taroStorage } from './storage'

interface WxStorage {
  setStorage(o: { key: string; data: string; encrypt: boolean; success: () => void; fail: () => void }): void
  getStorage(o: { key: string; encrypt: boolean; success: (r: { data: unknown }) => void; fail: () => void }): void
  removeStorage(o: { key: string; success: () => void; fail: () => void }): void
}
declare const wx: WxStorage

export const secureStorage: StateStorage = {
  getItem: (key) =>
    new Promise((resolve) => {
      wx.getStorage({
        key,
        encrypt: true,
        success: (r) => resolve(typeof r.data === 'string' && r.data !== '' ? r.data : null),
        // older base library or a value written unencrypted: fall back to plain storage
        fail: () => resolve(taroStorage.getItem(key)),
      })
    }),
  setItem: (key, value) =>
    new Promise<void>((resolve) => {
      wx.setStorage({ key, data: value, encrypt: true, success: () => resolve(), fail: () => resolve() })
    }),
  removeItem: (key) =>
    new Promise<void>((resolve) => {
      wx.removeStorage({ key, success: () => resolve(), fail: () => resolve() })
    }),
}

/** WeChat encrypts what goes through secureStorage (AES-128, per user and mini-program). */
export const secureStorageEncrypted = true
