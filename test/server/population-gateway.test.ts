/**
 * The population record through the provincial gateway (server/population/gateway.ts) against
 * its local simulator: signed requests, the gateway's facts over the local record, "nobody" is
 * nobody; retries on 5xx; and whatever goes wrong (bad key, outage, slowness, open breaker) the
 * lookup answers from local records instead of blocking.
 */
import { emptyState } from '@core/storage'
import { memoryPopulation } from '@mock/backend/memory-ports'
import { makeIdNumber, seedPopulation } from '@mock/backend/seed'
import { gatewayPopulation, PopulationGateway, type GatewayOptions } from '../../server/population/gateway'
import { startGatewaySimulator, type GatewaySimulator } from '../../server/population/simulator'

const KEY = { appKey: 'sqt-app', secret: 'gateway-secret' }
const ZHOU = makeIdNumber('1978-12-05', 96)
let sim: GatewaySimulator
const state = emptyState()
seedPopulation(state)
const local = memoryPopulation(() => state)
const warnings: string[] = []
const port = (o: Partial<GatewayOptions> = {}) => {
  const gateway = new PopulationGateway({ ...KEY, baseUrl: sim.url, timeoutMs: 300, retries: 1, warn: (m) => warnings.push(m), ...o })
  return { gateway, population: gatewayPopulation(gateway, local, (m) => warnings.push(m)) }
}

beforeEach(async () => {
  warnings.length = 0
  sim = await startGatewaySimulator({ ...KEY, people: { [ZHOU]: { name: '周敏', ethnicity: '回族' } } })
})
afterEach(() => sim.close())

it('a signed lookup returns the local record with the gateway’s facts; nobody is nobody', async () => {
  const { population } = port()
  const r = await population.findByIdNumber(ZHOU)
  expect(r).toMatchObject({ name: '周敏', ethnicity: '回族' })
  expect(await population.findByIdNumber(makeIdNumber('1990-01-01', 11))).toBeNull()
  expect(sim.requests).toBe(2)
})

it('a wrong secret is a setup warning, and the lookup answers from local records', async () => {
  const { population, gateway } = port({ secret: 'wrong' })
  expect((await population.findByIdNumber(ZHOU))?.name).toBe('周敏')
  expect(gateway.stats.fallbacks).toBe(1)
  expect(warnings.join('\n')).toMatch(/app key, secret and clock/)
  expect(warnings.join('\n')).not.toContain(ZHOU)
})

it('retries a 5xx; an outage opens the breaker and lookups stop calling the gateway, never blocking', async () => {
  const { population, gateway } = port()
  sim.failNext(1)
  expect((await population.findByIdNumber(ZHOU))?.ethnicity).toBe('回族')
  expect(gateway.stats.attempts).toBe(2)
  sim.failNext(1000)
  for (let i = 0; i < 5; i++) expect((await population.findByIdNumber(ZHOU))?.residentId).toBeTruthy()
  expect(gateway.breakerOpen).toBe(true)
  const before = sim.requests
  expect((await population.findByIdNumber(ZHOU))?.residentId).toBeTruthy()
  expect(sim.requests).toBe(before)
})

it('a gateway slower than the timeout is answered from local records', async () => {
  sim.delayMs = 5_000
  const { population, gateway } = port({ retries: 0 })
  expect((await population.findByIdNumber(ZHOU))?.name).toBe('周敏')
  expect(gateway.stats.fallbacks).toBe(1)
})
