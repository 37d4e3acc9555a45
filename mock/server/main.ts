/**
 * `npm run mock:server`: the fake backend over real HTTP, for a phone or WeChat DevTools (set
 * TARO_APP_API_MODE=http and TARO_APP_API_BASE_URL=http://<this-machine>:<port>).
 *
 * Environment (docs/security.md):
 *   PORT               default 3100 (0 = any free port)
 *   HOST               default 127.0.0.1; set 0.0.0.0 to serve a phone on the LAN
 *   MOCK_TESTER        tester mode (persona sign-in, simulated camera step, /__reset); default on, "off" to disable
 *   MOCK_TESTER_TOKEN  the tester credential (header x-tester-token); a random one is generated and printed when unset
 *   MOCK_CORS_ORIGINS  comma-separated browser origins allowed (default http://localhost:10086,http://127.0.0.1:10086)
 *   MOCK_REQUEST_LOG   request log on stdout (no personal data); default on, "0" to disable
 *   BULK_CASES         extra generated queue cases
 */
import { randomBytes } from 'node:crypto'
import { startMockServer } from './server'

const tester = !/^(off|0|false)$/i.test(process.env.MOCK_TESTER ?? '')
const testerToken = process.env.MOCK_TESTER_TOKEN || randomBytes(16).toString('hex')
const corsOrigins = (process.env.MOCK_CORS_ORIGINS ?? 'http://localhost:10086,http://127.0.0.1:10086')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)

startMockServer({
  port: Number(process.env.PORT ?? 3100),
  host: process.env.HOST || '127.0.0.1',
  tester,
  testerToken: tester ? testerToken : undefined,
  corsOrigins,
  log: /^(0|off|false)$/i.test(process.env.MOCK_REQUEST_LOG ?? '') ? null : (line) => console.log(line),
  backend: { bulkCases: Number(process.env.BULK_CASES || 0) },
})
  .then((s) => {
    console.log(`社区通 fake government backend on ${s.url}`)
    if (tester) {
      console.log(`tester mode on: send x-tester-token: ${process.env.MOCK_TESTER_TOKEN ? '(MOCK_TESTER_TOKEN)' : testerToken} for persona sign-in, the simulated camera step and POST /__reset`)
    }
  })
  .catch((e) => {
    console.error(e)
    process.exit(1)
  })
