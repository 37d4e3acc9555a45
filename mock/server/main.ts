/**
 * `npm run mock:server`: the fake backend over real HTTP, for a phone on the LAN or WeChat
 * DevTools (set TARO_APP_API_MODE=http and TARO_APP_API_BASE_URL=http://<this-machine>:<port>).
 * Options: PORT (default 3100), HOST (default 0.0.0.0), BULK_CASES (extra queue cases).
 */
import { createServer } from 'node:http'
import { createBackend } from '../backend'

const port = Number(process.env.PORT || 3100)
const host = process.env.HOST || '0.0.0.0'
const backend = createBackend({ bulkCases: Number(process.env.BULK_CASES || 0) })

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
  res.setHeader('access-control-allow-origin', '*')
  res.setHeader('access-control-allow-headers', 'authorization, content-type, idempotency-key')
  res.setHeader('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS')
  if (req.method === 'OPTIONS') return void res.writeHead(204).end()
  if (url.pathname === '/__reset' && req.method === 'POST') {
    backend.reset()
    return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
  }
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  let body: unknown
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    return void res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'bad-request', message: '请求内容不是有效的 JSON' }))
  }
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), String(v)]))
  const out = await backend.handle({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body })
  res.writeHead(out.status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(out.body))
})

server.listen(port, host, () => {
  console.log(`社区通 fake government backend on http://${host}:${port} (POST /__reset to reseed)`)
})
