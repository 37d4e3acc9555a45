/** The fake backend as msw request handlers: jest (and any browser build that wants it) talk HTTP to it. */
import { http, HttpResponse } from 'msw'
import { boundaryOf, parseMultipart } from '@core/multipart'
import type { Backend } from '../backend'

export function createHandlers(backend: Backend, baseUrl: string) {
  const root = baseUrl.replace(/\/$/, '')
  return [
    http.all(`${root}/*`, async ({ request }) => {
      const url = new URL(request.url)
      const type = request.headers.get('content-type') ?? ''
      const boundary = type.startsWith('multipart/form-data') ? boundaryOf(type) : null
      let body: unknown = undefined
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        if (boundary) {
          body = parseMultipart(new Uint8Array(await request.arrayBuffer()), boundary)
          if (!body) return HttpResponse.json({ code: 'bad-request', message: '上传内容格式不正确' }, { status: 400 })
        } else {
          const text = await request.text()
          if (text) {
            try {
              body = JSON.parse(text)
            } catch {
              return HttpResponse.json({ code: 'bad-request', message: '请求内容不是有效的 JSON' }, { status: 400 })
            }
          }
        }
      }
      const headers: Record<string, string> = {}
      request.headers.forEach((v, k) => (headers[k.toLowerCase()] = v))
      const res = await backend.handle({
        method: request.method,
        path: url.pathname.slice(new URL(root).pathname.replace(/\/$/, '').length),
        query: Object.fromEntries(url.searchParams.entries()),
        headers,
        body,
      })
      if (res.body instanceof Uint8Array) return new HttpResponse(res.body, { status: res.status, headers: res.headers })
      return HttpResponse.json(res.body as never, { status: res.status, headers: res.headers })
    }),
  ]
}
