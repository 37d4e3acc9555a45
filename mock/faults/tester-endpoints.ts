/**
 * The tester endpoints of `npm run mock:server` (tester mode only, behind the tester token the
 * server checks first): fault rules and the clock.
 *   GET/PUT/DELETE /__tester/faults   {rules: FaultRule[]}  → the active rules and counts
 *   GET/POST       /__tester/clock    {advanceDays?: n, set?: iso, reset?: true} → {now, offsetMs}
 */
import { FaultInjector, parseFaultRules } from './faults'
import type { ShiftableClock } from './tester-clock'

export interface TesterControls {
  faults: FaultInjector
  clock: ShiftableClock
}

export function testerEndpoint(
  controls: TesterControls,
  method: string,
  path: string,
  body: unknown,
): { status: number; body: unknown } | null {
  if (path === '/__tester/faults') {
    if (method === 'GET') return { status: 200, body: { rules: controls.faults.list(), stats: controls.faults.stats } }
    if (method === 'DELETE') {
      controls.faults.clear()
      return { status: 200, body: { rules: [] } }
    }
    if (method === 'PUT') {
      const rules = parseFaultRules(body)
      if (!rules) return { status: 400, body: { code: 'validation', message: '故障规则格式不正确' } }
      controls.faults.set(rules)
      return { status: 200, body: { rules: controls.faults.list() } }
    }
    return { status: 405, body: { code: 'bad-request', message: '不支持的请求方法' } }
  }
  if (path === '/__tester/clock') {
    if (method === 'POST') {
      const b = (typeof body === 'object' && body ? body : {}) as { advanceDays?: unknown; set?: unknown; reset?: unknown }
      if (b.reset === true) controls.clock.setOffset(0)
      else if (typeof b.advanceDays === 'number' && Number.isFinite(b.advanceDays) && Math.abs(b.advanceDays) <= 3650)
        controls.clock.advanceDays(b.advanceDays)
      else if (typeof b.set === 'string' && !Number.isNaN(Date.parse(b.set))) controls.clock.set(b.set)
      else return { status: 400, body: { code: 'validation', message: '请给出 advanceDays、set 或 reset' } }
    } else if (method !== 'GET') return { status: 405, body: { code: 'bad-request', message: '不支持的请求方法' } }
    return { status: 200, body: { now: controls.clock.now().toISOString(), offsetMs: controls.clock.offsetMs } }
  }
  return null
}
