/** Backend time. Tests pin it; the dev server follows the real clock. Dates are China time. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export function fixedClock(iso: string): Clock & { set(iso: string): void; advanceDays(n: number): void } {
  let t = new Date(iso).getTime()
  return {
    now: () => new Date(t),
    set: (x) => void (t = new Date(x).getTime()),
    advanceDays: (n) => void (t += n * 86_400_000),
  }
}

/** ISO timestamp in +08:00, as a Chinese government system would record it. */
export function isoChina(d: Date): string {
  const shifted = new Date(d.getTime() + 8 * 3_600_000)
  return shifted.toISOString().replace('Z', '+08:00')
}

export function todayChina(d: Date): string {
  return isoChina(d).slice(0, 10)
}
