/** The real government backend over Taro.request: base URL, bearer token, JSON, timeouts, typed errors. */
import Taro from '@tarojs/taro'
import { ApiError } from './errors'
import { createGovApiClient, type TokenStore } from './client'
import type { GovApi } from './gov-api'
import { buildQuery, type Transport } from './transport'

export function taroRequestTransport(baseUrl: string, timeoutMs = 10_000): Transport {
  const root = baseUrl.replace(/\/$/, '')
  return async (req) => {
    try {
      const res = await Taro.request({
        url: `${root}${req.path}${buildQuery(req.query)}`,
        method: req.method,
        header: req.headers,
        data: req.body as never,
        timeout: timeoutMs,
        dataType: 'json',
      })
      return { status: res.statusCode, body: res.data }
    } catch (e) {
      const msg = String((e as { errMsg?: string })?.errMsg ?? e)
      throw new ApiError({ code: /timeout/i.test(msg) ? 'timeout' : 'network' })
    }
  }
}

export function createHttpGovApi(baseUrl: string, tokens: TokenStore, timeoutMs?: number): GovApi {
  return createGovApiClient(taroRequestTransport(baseUrl, timeoutMs), tokens)
}
