/** Backend time for the fake backend. Tests pin it; the dev server follows the real clock. */
import type { Clock } from '@core/ports'

export type { Clock }

export const systemClock: Clock = { now: () => new Date() }

export function fixedClock(iso: string): Clock & { set(iso: string): void; advanceDays(n: number): void } {
  let t = new Date(iso).getTime()
  return {
    now: () => new Date(t),
    set: (x) => void (t = new Date(x).getTime()),
    advanceDays: (n) => void (t += n * 86_400_000),
  }
}
