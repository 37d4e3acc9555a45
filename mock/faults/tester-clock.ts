/** A clock testers can move (SLA 即将超期/已超期, 犬证 renewal notices, 7-day reopen windows). */
export interface ShiftableClock {
  now(): Date
  /** ms ahead of (or behind) the base clock */
  readonly offsetMs: number
  setOffset(ms: number): void
  advanceDays(days: number): void
  /** jump to an instant (the offset follows the base clock from there) */
  set(iso: string): void
}

export function shiftableClock(base: { now(): Date } = { now: () => new Date() }): ShiftableClock {
  let offset = 0
  return {
    now: () => new Date(base.now().getTime() + offset),
    get offsetMs() {
      return offset
    },
    setOffset: (ms) => void (offset = ms),
    advanceDays: (days) => void (offset += days * 86_400_000),
    set: (iso) => {
      const t = new Date(iso).getTime()
      if (!Number.isNaN(t)) offset = t - base.now().getTime()
    },
  }
}
