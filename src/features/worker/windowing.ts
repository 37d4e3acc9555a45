/**
 * Which rows of a fixed-row-height list are in view. Pure, so it is unit-tested and the list
 * component only renders rows [start, end) plus spacers: 10 000 cases cost the same as 20.
 */
export interface WindowRange {
  start: number
  end: number
  /** px above the first rendered row */
  before: number
  /** px below the last rendered row */
  after: number
}

export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan = 4,
): WindowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 }
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const start = Math.max(0, Math.min(count - 1, first - overscan))
  const end = Math.min(count, first + Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + overscan)
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight }
}
