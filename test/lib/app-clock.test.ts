import { appToday, setAppClock } from '@/lib/app-clock'
import { todayInChina } from '@/domain/time/china-time'

afterEach(() => setAppClock(null))

describe("the app's today", () => {
  it('is the China date of the pinned clock, turning over at midnight China time', () => {
    let now = Date.parse('2026-11-23T15:59:00Z') // 23:59 in China
    setAppClock(() => now)
    expect(appToday()).toBe('2026-11-23')
    now += 60_000 // 00:00 in China, still 16:00 on the 23rd in UTC
    expect(appToday()).toBe('2026-11-24')
  })

  it("follows the device's clock again once the pin is removed", () => {
    setAppClock(() => Date.parse('2020-01-01T00:00:00Z'))
    setAppClock(null)
    const before = todayInChina()
    const today = appToday()
    expect([before, todayInChina()]).toContain(today) // the same day unless midnight passed in between
  })
})
