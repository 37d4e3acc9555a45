import { visibleRange } from '@/features/worker/windowing'

describe('visibleRange', () => {
  it('renders only the rows in view plus a small overscan, whatever the list length', () => {
    const r = visibleRange(0, 600, 100, 10_000)
    expect(r).toEqual({ start: 0, end: 10, before: 0, after: 999_000 })
    const mid = visibleRange(500_000, 600, 100, 10_000)
    expect(mid.start).toBe(4996)
    expect(mid.end).toBe(5010)
    expect(mid.before + (mid.end - mid.start) * 100 + mid.after).toBe(1_000_000)
  })

  it('clamps at the end and handles empty lists and negative (bounce) offsets', () => {
    expect(visibleRange(10_000, 600, 100, 20)).toMatchObject({ start: 19, end: 20, after: 0 })
    expect(visibleRange(-50, 600, 100, 3)).toMatchObject({ start: 0, end: 3, before: 0, after: 0 })
    expect(visibleRange(0, 600, 100, 0)).toEqual({ start: 0, end: 0, before: 0, after: 0 })
  })
})
