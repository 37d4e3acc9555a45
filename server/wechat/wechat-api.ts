/**
 * The WeChat server APIs the server calls, over HTTPS (the base URL is configurable: the real
 * https://api.weixin.qq.com, or the simulator in tests): getStableAccessToken with the token
 * kept in the database (one per app, shared by every instance, refreshed 5 minutes before it
 * expires and once more on 40001), jscode2session, face verification 2.0 (getverifyid /
 * queryverifyinfo with cert_hash) and subscribeMessage.send. Every call has a timeout; WeChat's
 * errors (HTTP 200 with errcode) become WeChatError.
 */
import { createHash, randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { ApiError } from '@/api/contract/errors'
import type { WeChatPort } from '@core/ports'

export interface KeyValueStore {
  get(key: string): Promise<unknown | null>
  put(key: string, value: unknown): Promise<void>
}

/** The `meta` table as a key-value store (shared by the instances). */
export function metaStore(db: Kysely<any>): KeyValueStore { // eslint-disable-line @typescript-eslint/no-explicit-any
  return {
    async get(key) {
      const r = await sql<{ value: unknown }>`select value from meta where key = ${key}`.execute(db)
      return r.rows[0]?.value ?? null
    },
    async put(key, value) {
      await sql`insert into meta (key, value) values (${key}, ${JSON.stringify(value)}::jsonb)
        on conflict (key) do update set value = excluded.value, updated_at = now()`.execute(db)
    },
  }
}

/** In process memory: for embedded PGlite, whose one connection is busy while a transaction runs (one instance only). */
export function memoryStore(): KeyValueStore {
  const m = new Map<string, unknown>()
  return { get: async (k) => m.get(k) ?? null, put: async (k, v) => void m.set(k, v) }
}

export class WeChatError extends Error {
  constructor(
    /** WeChat's errcode, or 'timeout' / 'network' / 'bad-response' */
    readonly errcode: number | 'timeout' | 'network' | 'bad-response',
    message: string,
  ) {
    super(`wechat ${errcode}: ${message}`)
  }
}

export interface WeChatApiOptions {
  baseUrl: string
  appId: string
  secret: string
  store: KeyValueStore
  /** per call (default 5 000 ms) */
  timeoutMs?: number
  now?: () => number
}

const TOKEN_KEY = 'wechat:access_token'
const REFRESH_BEFORE_MS = 5 * 60_000

export class WeChatApi {
  private refreshing: Promise<string> | null = null
  private readonly now: () => number

  constructor(private readonly options: WeChatApiOptions) {
    this.now = options.now ?? Date.now
  }

  /** The app's access token: from the database while it has more than 5 minutes left, else a new one. */
  async accessToken(force = false): Promise<string> {
    if (!force) {
      const cached = (await this.options.store.get(TOKEN_KEY)) as { token: string; expiresAt: number } | null
      if (cached && cached.expiresAt - REFRESH_BEFORE_MS > this.now()) return cached.token
    }
    // one refresh at a time in this instance
    this.refreshing ??= this.fetchToken(force).finally(() => (this.refreshing = null))
    return this.refreshing
  }

  private async fetchToken(force: boolean): Promise<string> {
    const r = await this.request('POST', '/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: this.options.appId,
      secret: this.options.secret,
      force_refresh: force,
    })
    const token = r.access_token
    const expiresIn = Number(r.expires_in)
    if (typeof token !== 'string' || !Number.isFinite(expiresIn)) throw new WeChatError('bad-response', 'stable_token without access_token')
    await this.options.store.put(TOKEN_KEY, { token, expiresAt: this.now() + expiresIn * 1000 })
    return token
  }

  async code2Session(code: string): Promise<{ openid: string }> {
    const q = new URLSearchParams({ appid: this.options.appId, secret: this.options.secret, js_code: code, grant_type: 'authorization_code' })
    const r = await this.request('GET', `/sns/jscode2session?${q}`)
    if (typeof r.openid !== 'string') throw new WeChatError('bad-response', 'jscode2session without openid')
    // session_key stays here: it is never stored or sent on
    return { openid: r.openid }
  }

  async getVerifyId(body: { out_seq_no: string; cert_info: { cert_type: string; cert_name: string; cert_no: string }; openid: string }): Promise<string> {
    const r = await this.withToken('/cityservice/face/identify/getverifyid', body)
    if (typeof r.verify_id !== 'string') throw new WeChatError('bad-response', 'getverifyid without verify_id')
    return r.verify_id
  }

  async queryVerifyInfo(body: { verify_id: string; out_seq_no: string; cert_hash: string; openid: string }): Promise<number | null> {
    const r = await this.withToken('/cityservice/face/identify/queryverifyinfo', body)
    return typeof r.verify_ret === 'number' ? r.verify_ret : null
  }

  /** subscribeMessage.send; false when the user has not accepted (43101: not an error to retry) */
  async sendSubscribeMessage(body: { touser: string; template_id: string; page?: string; data: Record<string, { value: string }>; miniprogram_state?: 'developer' | 'trial' | 'formal'; lang?: 'zh_CN' }): Promise<boolean> {
    try {
      await this.withToken('/cgi-bin/message/subscribe/send', body)
      return true
    } catch (e) {
      if (e instanceof WeChatError && e.errcode === 43101) return false
      throw e
    }
  }

  /** A call with the access token; on 40001 (token invalid) the token is refreshed once and the call repeated. */
  private async withToken(path: string, body: unknown): Promise<Record<string, unknown>> {
    const call = async (token: string) => this.request('POST', `${path}?access_token=${encodeURIComponent(token)}`, body)
    try {
      return await call(await this.accessToken())
    } catch (e) {
      if (!(e instanceof WeChatError) || e.errcode !== 40001) throw e
      return call(await this.accessToken(true))
    }
  }

  private async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Record<string, unknown>> {
    let res: Response
    try {
      res = await fetch(this.options.baseUrl.replace(/\/$/, '') + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      })
    } catch (e) {
      const name = (e as { name?: string }).name
      throw new WeChatError(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', String((e as Error).message))
    }
    let json: Record<string, unknown>
    try {
      json = (await res.json()) as Record<string, unknown>
    } catch {
      throw new WeChatError('bad-response', `HTTP ${res.status} without JSON`)
    }
    const errcode = json.errcode
    if (typeof errcode === 'number' && errcode !== 0) throw new WeChatError(errcode, String(json.errmsg ?? ''))
    return json
  }
}

/** WeChat's cert_hash: SHA-256 (hex) of cert_type=…&cert_name=…&cert_no=…, each value in standard base64. */
export function certHash(cert: { cert_type: string; cert_name: string; cert_no: string }): string {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
  return createHash('sha256').update(`cert_type=${b64(cert.cert_type)}&cert_name=${b64(cert.cert_name)}&cert_no=${b64(cert.cert_no)}`).digest('hex')
}

const busy = () => new ApiError({ code: 'server', message: '微信服务暂时不可用，请稍后重试', retryable: true }, 503)

/**
 * The core's WeChatPort over the real APIs. A verification's out_seq_no, cert_hash and openid
 * are kept in the database (meta) between getverifyid and queryverifyinfo, so any instance can
 * confirm it. WeChat failures and timeouts are clear errors (503, 429), never a hang.
 */
export function wechatPort(api: WeChatApi, store: KeyValueStore): WeChatPort {
  return {
    async code2Session(code) {
      try {
        return await api.code2Session(code)
      } catch (e) {
        if (e instanceof WeChatError && (e.errcode === 40029 || e.errcode === 40163)) return null
        if (e instanceof WeChatError && e.errcode === 45011) throw new ApiError({ code: 'rate-limited', message: '登录太频繁，请一分钟后再试' }, 429)
        if (e instanceof WeChatError && e.errcode === 40226) throw new ApiError({ code: 'forbidden', message: '微信提示该账号存在风险，暂时不能登录' }, 403)
        throw busy()
      }
    },
    async getVerifyId(claim) {
      if (!claim.openid) throw new ApiError({ code: 'bad-request', message: '请在微信中使用人脸核验' }, 400)
      const cert = { cert_type: 'IDENTITY_CARD', cert_name: claim.name, cert_no: claim.idNumber }
      const outSeqNo = `sqt${randomBytes(12).toString('hex')}`
      let verifyId: string
      try {
        verifyId = await api.getVerifyId({ out_seq_no: outSeqNo, cert_info: cert, openid: claim.openid })
      } catch {
        throw busy()
      }
      await store.put(`wechat:verify:${verifyId}`, { outSeqNo, certHash: certHash(cert), openid: claim.openid })
      return verifyId
    },
    async queryVerifyInfo(verifyId) {
      const v = (await store.get(`wechat:verify:${verifyId}`)) as { outSeqNo: string; certHash: string; openid: string } | null
      if (!v) return null
      try {
        return await api.queryVerifyInfo({ verify_id: verifyId, out_seq_no: v.outSeqNo, cert_hash: v.certHash, openid: v.openid })
      } catch {
        throw busy()
      }
    },
  }
}
