/**
 * `npm run server`: the production server (docs/deploy.md).
 *
 * Environment:
 *   PORT                 default 3000 (0 = any free port)
 *   HOST                 default 127.0.0.1 (behind a TLS-terminating proxy in production)
 *   DATABASE_URL         postgres://…; unset = embedded PGlite in PGLITE_DIR (default ./data/pglite)
 *   DATABASE_POOL        PostgreSQL connections per instance (default 10)
 *   FILES_DIR            file bytes (default ./data/files)
 *   FILES_S3_ENDPOINT, FILES_S3_BUCKET, FILES_S3_ACCESS_KEY_ID, FILES_S3_SECRET_ACCESS_KEY  file bytes in an
 *                        S3-compatible object store (MinIO…) instead of FILES_DIR; FILES_S3_REGION (default
 *                        us-east-1), FILES_S3_PREFIX (key prefix, default none), FILES_S3_TIMEOUT_MS (default 10000)
 *   DEMO=1               seed the demo population into an empty database; persona sign-in, the
 *                        simulated camera step, /__tester/clock and /__tester/faults
 *   TESTER_TOKEN         demo mode: the x-tester-token tester routes need (random and printed when unset;
 *                        "none": persona sign-in and the camera step need no header — refused unless HOST is loopback)
 *   CORS_ORIGINS         comma-separated browser origins allowed (default: none; demo: the H5 dev origins)
 *   REQUEST_LOG=0        turn the request log off (default on: pino JSON lines without personal data)
 *   TRUST_PROXY          behind a load balancer: a hop count (1) or the balancer's addresses/CIDRs,
 *                        comma-separated, whose X-Forwarded-For is believed (default: none)
 *   WECHAT_APP_ID, WECHAT_APP_SECRET  the mini-program's credentials: WeChat sign-in and face verification
 *                        through the real APIs (without them: the demo stand-in with DEMO=1, else 503)
 *   WECHAT_API_BASE      default https://api.weixin.qq.com (the simulator's URL in tests)
 *   WECHAT_TIMEOUT_MS    per WeChat call (default 5000)
 *   WECHAT_TEMPLATE_CASE_STATUS  subscribe-message template for a case's status change, and
 *   WECHAT_TEMPLATE_FIELDS       its data keys as title,status,time (default thing1,phrase2,time3)
 *   WECHAT_TEMPLATE_PAGE         page the message opens, {id} = the case id (default packages/cases/pages/detail/index?id={id})
 *   WECHAT_MINIPROGRAM_STATE     developer | trial | formal (default formal)
 *   POPULATION_GATEWAY_URL, POPULATION_APP_KEY, POPULATION_SECRET  the provincial population gateway
 *                        (signed requests; without it the residents table answers)
 *   POPULATION_TIMEOUT_MS  per attempt (default 3000)
 *   POPULATION_HEADERS   the gateway's header names for app key, timestamp, nonce and signature,
 *                        comma-separated (default x-app-key,x-timestamp,x-nonce,x-signature)
 *   OPEN311_BASE_URL, OPEN311_API_KEY  forward complaints to the city's Open311 GeoReport v2 endpoint
 *   OPEN311_JURISDICTION_ID, OPEN311_INTERVAL_MS (default 60000), OPEN311_TIMEOUT_MS (default 15000)
 *   OPEN311_SERVICE_MAP  JSON {categoryId: service_code}; categories not named are matched by keywords
 */
import { randomBytes } from 'node:crypto'
import { startServer } from './app'
import { s3FileStore } from './files/s3-file-store'
import type { CaseTemplate } from './wechat/case-notifier'

const demo = /^(1|true|on|yes)$/i.test(process.env.DEMO ?? '')
// TESTER_TOKEN=none: persona sign-in and the camera step without the header (a local `npm start`
// whose H5 app sends none; loopback only); /__tester and /__reset always need a token
const testerToken = demo ? (process.env.TESTER_TOKEN === 'none' ? undefined : process.env.TESTER_TOKEN || randomBytes(16).toString('hex')) : undefined
const corsOrigins = (process.env.CORS_ORIGINS ?? (demo ? 'http://localhost:10086,http://127.0.0.1:10086' : ''))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)

const s3 =
  process.env.FILES_S3_ENDPOINT && process.env.FILES_S3_BUCKET && process.env.FILES_S3_ACCESS_KEY_ID && process.env.FILES_S3_SECRET_ACCESS_KEY
    ? s3FileStore({
        endpoint: process.env.FILES_S3_ENDPOINT,
        bucket: process.env.FILES_S3_BUCKET,
        accessKeyId: process.env.FILES_S3_ACCESS_KEY_ID,
        secretAccessKey: process.env.FILES_S3_SECRET_ACCESS_KEY,
        region: process.env.FILES_S3_REGION || undefined,
        prefix: process.env.FILES_S3_PREFIX || undefined,
        timeoutMs: Number(process.env.FILES_S3_TIMEOUT_MS || 10_000),
      })
    : undefined

async function main() {
  const host = process.env.HOST || '127.0.0.1'
  if (demo && testerToken === undefined && !['127.0.0.1', '::1', 'localhost'].includes(host)) {
    // persona sign-in without a token is for one machine: never reachable from the network directly
    console.error(`TESTER_TOKEN=none is for a server on this machine only (HOST=127.0.0.1), not HOST=${host}: set a TESTER_TOKEN`)
    process.exit(1)
  }
  const server = await startServer({
    port: Number(process.env.PORT ?? 3000),
    host,
    database: { url: process.env.DATABASE_URL || undefined, dataDir: process.env.PGLITE_DIR || undefined, poolSize: Number(process.env.DATABASE_POOL || 10) },
    files: s3 ?? (process.env.FILES_DIR || undefined),
    demo,
    testerToken,
    corsOrigins,
    log: !/^(0|off|false)$/i.test(process.env.REQUEST_LOG ?? ''),
    trustProxy: trustProxy(process.env.TRUST_PROXY),
    wechatApi:
      process.env.WECHAT_APP_ID && process.env.WECHAT_APP_SECRET
        ? {
            baseUrl: process.env.WECHAT_API_BASE || 'https://api.weixin.qq.com',
            appId: process.env.WECHAT_APP_ID,
            secret: process.env.WECHAT_APP_SECRET,
            timeoutMs: Number(process.env.WECHAT_TIMEOUT_MS || 5000),
            caseTemplate: process.env.WECHAT_TEMPLATE_CASE_STATUS ? caseTemplate(process.env.WECHAT_TEMPLATE_CASE_STATUS) : undefined,
          }
        : undefined,
    open311:
      process.env.OPEN311_BASE_URL && process.env.OPEN311_API_KEY
        ? {
            baseUrl: process.env.OPEN311_BASE_URL,
            apiKey: process.env.OPEN311_API_KEY,
            jurisdictionId: process.env.OPEN311_JURISDICTION_ID || undefined,
            intervalMs: Number(process.env.OPEN311_INTERVAL_MS || 60_000),
            timeoutMs: Number(process.env.OPEN311_TIMEOUT_MS || 15_000),
            serviceMap: process.env.OPEN311_SERVICE_MAP ? (JSON.parse(process.env.OPEN311_SERVICE_MAP) as Record<string, string>) : undefined,
          }
        : undefined,
    populationGateway:
      process.env.POPULATION_GATEWAY_URL && process.env.POPULATION_APP_KEY && process.env.POPULATION_SECRET
        ? {
            baseUrl: process.env.POPULATION_GATEWAY_URL,
            appKey: process.env.POPULATION_APP_KEY,
            secret: process.env.POPULATION_SECRET,
            timeoutMs: Number(process.env.POPULATION_TIMEOUT_MS || 3000),
            headers: headerNames(process.env.POPULATION_HEADERS),
          }
        : undefined,
  })
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: finishing requests in flight, then closing the database`)
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  console.log(`http on ${server.url} (GET /healthz is 503 until the database is ready)`)
  console.log(`database: ${server.database.kind} ${server.database.where}; waiting for it to be ready…`)
  console.log(
    s3
      ? `files: S3-compatible store ${process.env.FILES_S3_ENDPOINT}/${process.env.FILES_S3_BUCKET}/${process.env.FILES_S3_PREFIX ?? ''}`
      : `files: directory ${process.env.FILES_DIR || './data/files'}`,
  )
  await server.ready
  if (stopping) return
  console.log(`listening on ${server.url}`)
  if (demo) {
    console.log(
      `demo mode: persona sign-in and the simulated camera step are on; x-tester-token: ${testerToken === undefined ? 'none needed' : process.env.TESTER_TOKEN ? '(TESTER_TOKEN)' : testerToken}`,
    )
  }
}

function caseTemplate(templateId: string): CaseTemplate {
  const [title = 'thing1', status = 'phrase2', time = 'time3'] = (process.env.WECHAT_TEMPLATE_FIELDS ?? '').split(',').map((x) => x.trim()).filter(Boolean)
  const state = process.env.WECHAT_MINIPROGRAM_STATE
  return {
    templateId,
    fields: { title, status, time },
    page: process.env.WECHAT_TEMPLATE_PAGE || 'packages/cases/pages/detail/index?id={id}',
    miniprogramState: state === 'developer' || state === 'trial' ? state : 'formal',
  }
}

function trustProxy(spec: string | undefined): number | string[] | undefined {
  if (!spec) return undefined
  if (/^\d+$/.test(spec)) return Number(spec)
  return spec.split(',').map((x) => x.trim()).filter(Boolean)
}

function headerNames(spec: string | undefined): { appKey: string; timestamp: string; nonce: string; signature: string } | undefined {
  const parts = (spec ?? '').split(',').map((x) => x.trim().toLowerCase())
  if (parts.length !== 4 || parts.some((x) => !x)) return undefined
  const [appKey, timestamp, nonce, signature] = parts
  return { appKey, timestamp, nonce, signature }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
