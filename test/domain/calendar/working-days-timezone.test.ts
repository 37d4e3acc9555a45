/**
 * chinese-days mis-reads 'YYYY-MM-DD' strings west of UTC (previous day). The calendar must
 * give the same answers on a phone in 上海 and on a laptop in California; TZ can only be set
 * per process, so the fingerprint is computed in child processes.
 */
import { execFileSync } from 'child_process'
import * as path from 'path'

const root = path.resolve(__dirname, '../../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')
const fixture = path.join(__dirname, 'fixtures/print-calendar.ts')

function fingerprint(tz: string): { coverage: unknown; flags: string; holidays: Array<{ date: string }> } {
  const out = execFileSync(tsx, [fixture], { cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8' })
  return JSON.parse(out)
}

jest.setTimeout(60_000)

it('gives identical working days in UTC+8, UTC−8 and UTC+14', () => {
  const shanghai = fingerprint('Asia/Shanghai')
  expect(shanghai.holidays.map((h) => h.date)).toContain('2027-04-05') // 清明 from the solar-term helper
  expect(shanghai.holidays.map((h) => h.date)).toContain('2027-02-05') // 除夕 from the lunar helper
  expect(shanghai.flags).toMatch(/^[01-]+$/)
  expect(fingerprint('America/Los_Angeles')).toEqual(shanghai)
  expect(fingerprint('Pacific/Kiritimati')).toEqual(shanghai)
})
