/**
 * In-memory ports for the contract core: storage over plain maps (transactions run one at a
 * time), the population record over the seeded residents, a fake WeChat (jscode2session and
 * face verify 2.0 with a simulated camera step) and the random source.
 */
import type { PopulationRecord, RandomSource, Storage, WeChatPort } from '@core/ports'
import type { State } from '@core/storage'

/** One transaction at a time over the same maps: a request sees no other request's half-done work. */
export function memoryStorage(state: State): Storage & { readonly state: State } {
  let tail: Promise<unknown> = Promise.resolve()
  return {
    state,
    transaction<T>(fn: (tx: State) => Promise<T>): Promise<T> {
      const run = tail.then(() => fn(state))
      tail = run.catch(() => undefined)
      return run
    },
  }
}

export function memoryPopulation(state: () => State): PopulationRecord {
  return {
    async findByIdNumber(idNumber) {
      for (const r of state().residents.values()) if (r.idNumber === idNumber) return r
      return null
    },
    async get(residentId) {
      return state().residents.get(residentId) ?? null
    },
  }
}

type WxGetRandomValues = (o: { length: number; success: (r: { randomValues: ArrayBuffer }) => void; fail: (e: unknown) => void }) => void
interface WxRandom {
  getRandomValues?: WxGetRandomValues
  getUserCryptoManager?: () => { getRandomValues?: WxGetRandomValues }
}
// WeChat's global (absent elsewhere); `typeof` keeps the lookup safe where it is not declared
declare const wx: WxRandom | undefined

/**
 * The platform CSPRNG: crypto.getRandomValues (browsers, H5, Node ≥ 19) or, inside WeChat,
 * wx.getRandomValues. There is no fallback to Math.random: without a CSPRNG tokens cannot be issued.
 */
export function platformRandom(): RandomSource {
  return {
    async bytes(n) {
      const root = typeof globalThis !== 'undefined' ? (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }) : undefined
      if (root?.crypto?.getRandomValues) return root.crypto.getRandomValues(new Uint8Array(n))
      const w = typeof wx !== 'undefined' ? wx : undefined
      const wxRandom = w?.getRandomValues?.bind(w) ?? w?.getUserCryptoManager?.().getRandomValues
      if (wxRandom) {
        return new Promise<Uint8Array>((ok, fail) => wxRandom({ length: n, success: (r) => ok(new Uint8Array(r.randomValues)), fail }))
      }
      throw new Error('no cryptographically secure random source (crypto.getRandomValues / wx.getRandomValues)')
    },
  }
}

/** Tests only: a seeded generator (xorshift32), so ids are reproducible. Never for a served backend. */
export function seededRandom(seed = 0x5eed): RandomSource {
  let x = seed >>> 0 || 1
  return {
    async bytes(n) {
      const out = new Uint8Array(n)
      for (let i = 0; i < n; i++) {
        x ^= x << 13
        x >>>= 0
        x ^= x >>> 17
        x ^= x << 5
        x >>>= 0
        out[i] = x & 255
      }
      return out
    },
  }
}

/**
 * The fake WeChat: a login code maps to a stable openid (the same code is the same WeChat
 * user; a code starting with "invalid" is refused), verify ids are random, and the camera
 * step's result is whatever the tester plays.
 */
export function fakeWeChat(random: RandomSource): WeChatPort {
  const results = new Map<string, number | null>()
  const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
  return {
    // a code starting with "invalid" plays WeChat refusing an expired or forged code
    async code2Session(code) {
      return code && !code.startsWith('invalid') ? { openid: `o-${code.slice(0, 32)}` } : null
    },
    async getVerifyId() {
      const id = `fv-${hex(await random.bytes(16))}`
      results.set(id, null)
      return id
    },
    async queryVerifyInfo(verifyId) {
      return results.get(verifyId) ?? null
    },
    async simulateCameraStep(verifyId, verifyRet) {
      if (results.has(verifyId) && results.get(verifyId) === null) results.set(verifyId, verifyRet)
    },
  }
}
