/**
 * Demo mode without a tester token (what `npm start` runs) is for one machine: the server
 * refuses to listen on a network address with it, and says which setting to change.
 */
import { spawnServer } from './spawn-server'

jest.setTimeout(60_000)

it('TESTER_TOKEN=none on HOST=0.0.0.0 is refused before anything listens', async () => {
  const started = spawnServer({ DEMO: '1', TESTER_TOKEN: 'none', HOST: '0.0.0.0', PGLITE_DIR: '/nonexistent/never-created' })
  await expect(started).rejects.toThrow(/exited \(1\) before listening[\s\S]*TESTER_TOKEN=none is for a server on this machine only/)
})
