/**
 * Storage for the session tokens. H5 (a test and demo target) has only localStorage, so this
 * is the plain app storage; the weapp version (secure-storage.weapp.ts) encrypts with
 * `wx.setStorage({ encrypt: true })`. Either way only tokens and the masked display name
 * go here — never an ID number, full name or phone.
 */
import type { StateStorage } from 'zustand/middleware'
import { taroStorage } from './storage'

export const secureStorage: StateStorage = taroStorage

/** false: this storage is plain, so nothing personal may go through it (only tokens do). */
export const secureStorageEncrypted = false
