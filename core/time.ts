/** Dates are China time: the core records timestamps in +08:00, as a Chinese government system would. */

/** ISO timestamp in +08:00. */
export function isoChina(d: Date): string {
  const shifted = new Date(d.getTime() + 8 * 3_600_000)
  return shifted.toISOString().replace('Z', '+08:00')
}

export function todayChina(d: Date): string {
  return isoChina(d).slice(0, 10)
}
