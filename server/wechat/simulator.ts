/**
 * A local WeChat API simulator for tests and offline demos: exactly the endpoints the server
 * calls, with WeChat's request and response shapes and error codes
 * (/work/shared/reference/wechat-server-apis.md; errors are HTTP 200 with errcode/errmsg):
 *   POST /cgi-bin/stable_token                         {grant_type, appid, secret, force_refresh?} → {access_token, expires_in}
 *   GET  /sns/jscode2session?appid&secret&js_code&grant_type=authorization_code → {openid, session_key}
 *   POST /cityservice/face/identify/getverifyid?access_token        {out_seq_no, cert_info, openid} → {verify_id, expires_in}
 *   POST /cityservice/face/identify/queryverifyinfo?access_token    {verify_id, out_seq_no, cert_hash, openid} → {verify_ret}
 *   POST /cgi-bin/message/subscribe/send?access_token               {touser, template_id, page?, data, miniprogram_state?, lang?}
 * Tests steer it: which code is which openid, token expiry, the next error of an endpoint, the
 * verify_ret of a verification, accepted subscriptions; it counts calls.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { certHash } from './wechat-api'

export interface SimulatorOptions {
  appId: string
  secret: string
  /** token lifetime in seconds (WeChat: 7200) */
  tokenTtlS?: number
}

export interface WeChatSimulator {
  url: string
  /** calls per endpoint path */
  calls: Record<string, number>
  /** a wx.login code and the openid it stands for (single-use, like WeChat's) */
  addCode(code: string, openid: string): void
  /** the next call of `path` answers this errcode */
  failNext(path: string, errcode: number, errmsg?: string): void
  /** every token issued so far stops working (40001) */
  expireTokens(): void
  /** the camera step's result for a verification */
  setVerifyRet(verifyId: string, verifyRet: number): void
  /** the user accepted one message of this template */
  acceptSubscription(openid: string, templateId: string): void
  /** messages sent */
  sent: Array<Record<string, unknown>>
  /** ms to wait before answering (timeouts) */
  delayMs: number
  close(): Promise<void>
}


export async function startWeChatSimulator(options: SimulatorOptions, port = 0): Promise<WeChatSimulator> {
  const codes = new Map<string, string>()
  const tokens = new Map<string, number>()
  const failures = new Map<string, { errcode: number; errmsg: string }>()
  const verifications = new Map<string, { outSeqNo: string; certHash: string; openid: string; ret: number | null; expiresAt: number }>()
  const subscriptions = new Map<string, number>()
  let current: { token: string; expiresAt: number } | null = null
  let lastForce = 0
  const timers = new Set<NodeJS.Timeout>()

  const sim: WeChatSimulator = {
    url: '',
    calls: {},
    sent: [],
    delayMs: 0,
    addCode: (code, openid) => void codes.set(code, openid),
    failNext: (path, errcode, errmsg = 'simulated error') => void failures.set(path, { errcode, errmsg }),
    expireTokens: () => {
      tokens.clear()
      current = null
    },
    setVerifyRet: (id, ret) => {
      const v = verifications.get(id)
      if (v) v.ret = ret
    },
    acceptSubscription: (openid, templateId) => void subscriptions.set(`${openid} ${templateId}`, (subscriptions.get(`${openid} ${templateId}`) ?? 0) + 1),
    close: () =>
      new Promise<void>((ok) => {
        for (const t of timers) clearTimeout(t)
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }

  const err = (errcode: number, errmsg: string) => ({ errcode, errmsg })
  const validToken = (t: string | null) => t !== null && (tokens.get(t) ?? 0) > Date.now()

  function answer(path: string, query: URLSearchParams, body: Record<string, unknown>): unknown {
    const failure = failures.get(path)
    if (failure) {
      failures.delete(path)
      return err(failure.errcode, failure.errmsg)
    }
    if (path === '/cgi-bin/stable_token') {
      if (body.grant_type !== 'client_credential') return err(40002, 'invalid grant_type')
      if (body.appid !== options.appId) return err(40013, 'invalid appid')
      if (body.secret !== options.secret) return err(40125, 'invalid appsecret')
      const now = Date.now()
      if (body.force_refresh === true) {
        if (now - lastForce < 30_000 && current) return err(45009, 'reach max api daily quota limit')
        lastForce = now
        current = null
      }
      if (!current || current.expiresAt <= now) {
        current = { token: `sim-at-${randomBytes(12).toString('hex')}`, expiresAt: now + (options.tokenTtlS ?? 7200) * 1000 }
        tokens.set(current.token, current.expiresAt)
      }
      return { access_token: current.token, expires_in: Math.round((current.expiresAt - now) / 1000) }
    }
    if (path === '/sns/jscode2session') {
      if (query.get('appid') !== options.appId || query.get('secret') !== options.secret) return err(40125, 'invalid appsecret')
      if (query.get('grant_type') !== 'authorization_code') return err(40002, 'invalid grant_type')
      const openid = codes.get(query.get('js_code') ?? '')
      if (!openid) return err(40029, 'invalid code')
      codes.delete(query.get('js_code') ?? '')
      return { openid, session_key: randomBytes(16).toString('base64') }
    }
    if (!validToken(query.get('access_token'))) return err(40001, 'invalid credential, access_token is invalid or not latest')
    if (path === '/cityservice/face/identify/getverifyid') {
      const cert = body.cert_info as { cert_type?: string; cert_name?: string; cert_no?: string } | undefined
      if (!cert?.cert_type || !cert.cert_name || !cert.cert_no || typeof body.out_seq_no !== 'string' || typeof body.openid !== 'string') {
        return err(47001, 'data format error')
      }
      const id = `sim-fv-${randomBytes(16).toString('hex')}`
      verifications.set(id, {
        outSeqNo: body.out_seq_no,
        certHash: certHash(cert as { cert_type: string; cert_name: string; cert_no: string }),
        openid: body.openid,
        ret: null,
        expiresAt: Date.now() + 3600_000,
      })
      return { errcode: 0, errmsg: 'ok', verify_id: id, expires_in: 3600 }
    }
    if (path === '/cityservice/face/identify/queryverifyinfo') {
      const v = verifications.get(String(body.verify_id))
      if (!v) return err(40097, 'invalid verify_id')
      // WeChat checks the identity and the user against the getverifyid call
      if (v.outSeqNo !== body.out_seq_no || v.openid !== body.openid || v.certHash !== body.cert_hash) return err(40097, 'invalid args')
      if (v.ret === null) return err(0, 'ok')
      return { errcode: 0, errmsg: 'ok', verify_ret: v.ret }
    }
    if (path === '/cgi-bin/message/subscribe/send') {
      if (typeof body.touser !== 'string' || !body.touser.startsWith('o')) return err(40003, 'invalid openid')
      if (typeof body.template_id !== 'string' || !body.template_id) return err(40037, 'invalid template_id')
      const data = body.data as Record<string, { value?: unknown }> | undefined
      if (!data || typeof data !== 'object') return err(47003, 'argument invalid! data is empty')
      for (const [k, v] of Object.entries(data)) {
        if (typeof v?.value !== 'string') return err(47003, `argument invalid! data.${k}.value invalid`)
        if (k.startsWith('thing') && [...v.value].length > 20) return err(47003, `argument invalid! data.${k}.value invalid`)
      }
      const key = `${body.touser} ${body.template_id}`
      const left = subscriptions.get(key) ?? 0
      if (left <= 0) return err(43101, 'user refuse to accept the msg')
      subscriptions.set(key, left - 1)
      sim.sent.push(body)
      return err(0, 'ok')
    }
    return err(40066, 'invalid url')
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator')
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      sim.calls[url.pathname] = (sim.calls[url.pathname] ?? 0) + 1
      let body: Record<string, unknown> = {}
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {}
      } catch {
        body = {}
      }
      const out = JSON.stringify(answer(url.pathname, url.searchParams, body))
      const t = setTimeout(() => {
        timers.delete(t)
        res.writeHead(200, { 'content-type': 'application/json' }).end(out)
      }, sim.delayMs)
      timers.add(t)
    })
  })
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', () => ok()))
  sim.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return sim
}
