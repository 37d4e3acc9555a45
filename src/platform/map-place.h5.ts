/**
 * Showing a place on a map in the browser: 高德地图's public marker page (no key or script
 * needed; coordinates are GCJ-02 like WeChat's). The WeChat twin is map-place.ts.
 */
import type { MapPlace } from './map-place-types'

export type { MapPlace } from './map-place-types'

/** 高德地图's marker page for the place. */
export function mapPageUrl({ lat, lng, name }: MapPlace): string | null {
  return `https://uri.amap.com/marker?position=${lng},${lat}&name=${encodeURIComponent(name)}&coordinate=gaode&callnative=0`
}

/** Opens the marker page in a new tab, so the app stays. */
export function openMap(place: MapPlace): void {
  window.open(mapPageUrl(place) ?? '', '_blank', 'noopener,noreferrer')
}
