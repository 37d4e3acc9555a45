/**
 * The fault injector in front of any Transport (the in-process fake backend in mock mode and
 * jest): a timeout or a dropped reply becomes the ApiError the real adapters raise, a
 * malformed reply arrives as the text a platform would hand back.
 */
import { ApiError } from '@/api/contract/errors'
import type { Transport } from '@/api/contract/transport'
import { underFault, type FaultInjector } from './faults'

export function faultyTransport(inner: Transport, faults: FaultInjector, wait?: (ms: number) => Promise<void>): Transport {
  return async (req) => {
    const out = await underFault(faults.decide(req.method, req.path), () => inner(req), wait)
    if (out.kind === 'reply') return out.res
    if (out.kind === 'raw') return { status: out.status, body: out.text }
    throw new ApiError({ code: out.reason === 'timeout' ? 'timeout' : 'network' })
  }
}
