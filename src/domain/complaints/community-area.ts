/**
 * Where 西外社区 is (config, not code: another community swaps these numbers). The polygon is a
 * rough ring ~1 km around the centre; a report outside it gets a warning the resident may
 * confirm — it never blocks sending (GPS drifts, and a problem just across the road still matters).
 */
import { isInsideCommunity, type LatLng } from './validation'

export const COMMUNITY_NAME = '西外社区'

/** Centre of 西外社区 (approximate). mock/backend/seed-cases.ts places its sample reports around it. */
export const COMMUNITY_CENTRE: LatLng = { lat: 31.2135, lng: 107.4862 }

/** ~1 km each way from the centre (0.009° lat ≈ 1 km; 0.0105° lng ≈ 1 km at 31°N), slightly irregular like a real boundary. */
export const COMMUNITY_POLYGON: readonly LatLng[] = [
  { lat: 31.2225, lng: 107.4767 },
  { lat: 31.2232, lng: 107.4862 },
  { lat: 31.2222, lng: 107.4965 },
  { lat: 31.2135, lng: 107.4972 },
  { lat: 31.2046, lng: 107.4960 },
  { lat: 31.2040, lng: 107.4862 },
  { lat: 31.2049, lng: 107.4760 },
  { lat: 31.2135, lng: 107.4752 },
]

/** Inside this community's area (the warning's test). */
export function isInOurCommunity(point: LatLng): boolean {
  return isInsideCommunity(point, COMMUNITY_POLYGON)
}

/**
 * The public board shows where a problem is only roughly: the street, never the house number
 * ("西外大街 88 号门口" → "西外大街附近"). Falls back to the community name.
 */
export function roughArea(address: string | null | undefined): string {
  const a = (address ?? '').trim()
  const street = /^(.*?(?:大街|大道|街|路|巷|道|胡同|广场|小区|公园))/.exec(a)?.[1]?.trim()
  return street ? `${street}附近` : `${COMMUNITY_NAME}内`
}
