/** A Transport that hands requests to the fake backend in the same process (JSON round-tripped). */
import type { Backend } from '@mock/backend'
import type { Transport } from './transport'

export function inProcessTransport(backend: Backend | (() => Promise<Backend>), latencyMs = 0): Transport {
  return async (req) => {
    if (latencyMs) await new Promise((r) => setTimeout(r, latencyMs))
    const target = typeof backend === 'function' ? await backend() : backend
    const res = await target.handle({
      method: req.method,
      path: req.path,
      query: Object.fromEntries(
        Object.entries(req.query ?? {})
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      ),
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])),
      body: req.body === undefined ? undefined : JSON.parse(JSON.stringify(req.body)),
    })
    return { status: res.status, body: res.body }
  }
}
