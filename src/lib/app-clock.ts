/**
 * The app's clock: the device's time unless something replaces it. Screens ask it for "today"
 * (date pickers, due-date colours, age checks); flow tests pin it to the fake backend's time
 * so the screens and the fixtures agree on the day.
 */
import { todayInChina } from '@/domain/time/china-time'

const deviceNow = () => Date.now()
let nowMs: () => number = deviceNow

/** Epoch milliseconds by the app's clock. */
export function appNow(): number {
  return nowMs()
}

/** Today's date in China (YYYY-MM-DD) by the app's clock. */
export function appToday(): string {
  return todayInChina(appNow())
}

/** Replaces the clock (a function returning epoch ms); null goes back to the device's time. */
export function setAppClock(now: (() => number) | null): void {
  nowMs = now ?? deviceNow
}
