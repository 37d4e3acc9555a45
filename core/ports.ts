/**
 * The ports the contract core runs over. The fake backend (mock/backend) fills them with
 * in-memory implementations and seeds; a production server fills them with PostgreSQL, a file
 * store and the real WeChat APIs. Every port is async-capable and none needs Node: the core
 * also runs in-process inside WeChat and the H5 build.
 */
import type { ResidentRecord, State } from './storage'

/** Backend time. Tests pin it. */
export interface Clock {
  now(): Date
}

/**
 * Cryptographically secure random bytes (tokens, verify ids). Fill it with
 * crypto.getRandomValues (browsers, Node ≥ 19), wx.getRandomValues in WeChat, or the
 * server's CSPRNG. A seeded generator is for tests only (see mock/backend/random.ts).
 */
export interface RandomSource {
  bytes(n: number): Promise<Uint8Array>
}

/**
 * Storage: one unit of work per request. `tx` holds the repositories (one per aggregate:
 * residents, sessions, cases, idempotency records, audit …). The in-memory storage runs
 * transactions one at a time over plain maps; a PostgreSQL storage opens BEGIN … COMMIT and
 * gives repositories bound to that connection (see docs/architecture.md for what it must add).
 */
export interface Storage {
  transaction<T>(fn: (tx: State) => Promise<T>): Promise<T>
}

/** WeChat server APIs the core calls (jscode2session, face verify 2.0). */
export interface WeChatPort {
  /** Exchange a wx.login code for the user's openid; null when WeChat refuses the code. */
  code2Session(code: string): Promise<{ openid: string } | null>
  /**
   * getverifyid: start a face verification for a claimed identity; returns an unguessable id.
   * `openid` is the WeChat user who will run the camera step (WeChat checks it is the same user).
   */
  getVerifyId(claim: { name: string; idNumber: string; openid?: string }): Promise<string>
  /** queryverifyinfo: WeChat's verify_ret for a verification, null while the camera step has not reported. */
  queryVerifyInfo(verifyId: string): Promise<number | null>
  /** Tester mode only (the fake WeChat): play the camera step's result. Absent in production. */
  simulateCameraStep?(verifyId: string, verifyRet: number): Promise<void>
}

/** The population record (公安人口库): who a name + ID number belong to. */
export interface PopulationRecord {
  findByIdNumber(idNumber: string): Promise<ResidentRecord | null>
  get(residentId: string): Promise<ResidentRecord | null>
}

/**
 * Bytes of uploaded files (photos, materials). Optional: without it the files route keeps bytes
 * in memory under a cap (the fake backend). A server fills it with a directory or an object
 * store; `put` throws an ApiError when the bytes cannot be kept (e.g. 507 when the disk is full),
 * and the upload is refused with nothing recorded.
 */
export interface FileBytes {
  put(fileId: string, bytes: Uint8Array): Promise<void>
  /** null when there are no bytes under this id */
  get(fileId: string): Promise<Uint8Array | null>
}

export interface TesterPersona {
  id: string
  label: string
  role: 'resident' | 'clerk' | 'grid-worker' | 'reviewer' | 'admin'
  description: string
  userId: string
}

export interface CorePorts {
  clock: Clock
  random: RandomSource
  storage: Storage
  wechat: WeChatPort
  population: PopulationRecord
  /** where file bytes live; omitted = in memory under a cap */
  files?: FileBytes
  /** tester mode: persona sign-in and the simulated camera step; omit in production */
  personas?: readonly TesterPersona[]
}
