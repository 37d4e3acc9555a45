/**
 * Every key the app's stores write, in one table. The names are what is on residents' phones
 * today, so a name here changes only together with a migration that moves the old key's value.
 * All start with STORAGE_PREFIX: sign-out wipes every key with it.
 */
import { STORAGE_PREFIX } from '@/platform/storage'

export const STORAGE_KEYS = {
  /** tokens and the masked user (secure storage on weapp) */
  session: `${STORAGE_PREFIX}session`,
  /** 长辈版 and the first-run offer */
  prefs: `${STORAGE_PREFIX}prefs`,
  /** 最近搜索 */
  searchHistory: `${STORAGE_PREFIX}search-history`,
  /** 办事 drafts, one per applicant and matter */
  applicationDrafts: `${STORAGE_PREFIX}drafts`,
  /** the 随手拍 and 微诉求 drafts (one of each, under one key) */
  complaintDrafts: `${STORAGE_PREFIX}complaint-draft`,
  /** the outbox of one signed-in user */
  outbox: (userId: string) => `${STORAGE_PREFIX}outbox:${userId}`,
  /** a worker's own reply templates (the worker console) */
  workerReplies: `${STORAGE_PREFIX}worker-replies`,
  /** that outbox's ID numbers and phones (encrypted storage on weapp only) */
  outboxWithheld: (userId: string) => `${STORAGE_PREFIX}outbox-withheld:${userId}`,
} as const
