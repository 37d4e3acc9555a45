/**
 * Complaint drafts: field checks, distances, duplicate suggestions ("me too") and the
 * "outside the community" warning. Lengths count code points, not UTF-16 units, so an emoji or
 * a rare character counts as one.
 */
import { MATTER_INDEX } from '@/domain/matters/matter-index'
import { chinaDateOf, daysBetween } from '@/domain/time/china-time'
import { statusDef, type StatusId } from '@/domain/cases/statuses'
import { complaintCategory } from './categories'

export interface LatLng {
  lat: number
  lng: number
}

export interface PhotoDraft {
  /** Local temp path or URL; its extension is the fallback for the type. */
  path: string
  /** MIME type when known (H5 File, upload response); WeChat temp files often lack it. */
  mimeType?: string
  size?: number
}

export interface ComplaintDraft {
  categoryId?: string | null
  description?: string | null
  photos?: readonly PhotoDraft[]
  location?: (LatLng & { address?: string }) | null
  /** 办不成事 only. */
  matterId?: string | null
  stuckAt?: string | null
  /** Hide my name from the public. */
  anonymous?: boolean
}

export type ComplaintDraftField = 'categoryId' | 'description' | 'photos' | 'location' | 'matterId' | 'stuckAt'

export interface ComplaintDraftValidation {
  valid: boolean
  errors: Partial<Record<ComplaintDraftField, string>>
}

export const DESCRIPTION_MIN = 10
export const DESCRIPTION_MAX = 500
export const PHOTOS_MAX = 6
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024
export const STUCK_AT_MAX = 200

const IMAGE_MIME_TYPES = ['image/jpeg', 'image/jpg', 'image/png', 'image/webp', 'image/heic', 'image/heif']
const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'heic', 'heif']

const codePoints = (s: string): number => [...s].length

export function isAllowedImage(photo: PhotoDraft): boolean {
  if (photo.mimeType) return IMAGE_MIME_TYPES.includes(photo.mimeType.toLowerCase())
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(photo.path)?.[1]?.toLowerCase()
  return ext !== undefined && IMAGE_EXTENSIONS.includes(ext)
}

export function isValidLatLng(p: LatLng): boolean {
  return (
    Number.isFinite(p.lat) &&
    Number.isFinite(p.lng) &&
    Math.abs(p.lat) <= 90 &&
    Math.abs(p.lng) <= 180 &&
    // 0,0 is what a failed GPS fix reports, never a place in this community.
    !(p.lat === 0 && p.lng === 0)
  )
}

export function validateComplaintDraft(draft: ComplaintDraft): ComplaintDraftValidation {
  const errors: Partial<Record<ComplaintDraftField, string>> = {}
  const category = draft.categoryId ? complaintCategory(draft.categoryId) : undefined
  if (!category) errors.categoryId = '请选择问题类型'

  const description = (draft.description ?? '').trim()
  const len = codePoints(description)
  if (len === 0) errors.description = '请描述您遇到的问题'
  else if (len < DESCRIPTION_MIN) errors.description = `请至少用${DESCRIPTION_MIN}个字描述问题（现在${len}个字）`
  else if (len > DESCRIPTION_MAX) errors.description = `描述不能超过${DESCRIPTION_MAX}个字（现在${len}个字）`

  const photos = draft.photos ?? []
  if (photos.length > PHOTOS_MAX) {
    errors.photos = `最多上传${PHOTOS_MAX}张照片`
  } else {
    const bad = photos.findIndex((p) => !isAllowedImage(p))
    const big = photos.findIndex((p) => p.size !== undefined && p.size > PHOTO_MAX_BYTES)
    if (bad >= 0) errors.photos = `第${bad + 1}张不是支持的图片格式（支持 JPG、PNG、WEBP、HEIC）`
    else if (big >= 0) errors.photos = `第${big + 1}张照片太大，请不要超过10MB`
  }

  if (draft.location && !isValidLatLng(draft.location)) {
    errors.location = '位置信息无效，请重新定位或在地图上选择'
  }

  if (category?.id === 'not-done') {
    if (!draft.matterId || !MATTER_INDEX.some((m) => m.id === draft.matterId)) {
      errors.matterId = '请选择没办成的事项'
    }
    const stuckAt = (draft.stuckAt ?? '').trim()
    if (stuckAt === '') errors.stuckAt = '请说明卡在哪一步'
    else if (codePoints(stuckAt) > STUCK_AT_MAX) errors.stuckAt = `不能超过${STUCK_AT_MAX}个字`
  }

  return { valid: Object.keys(errors).length === 0, errors }
}

const EARTH_RADIUS_M = 6_371_000

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const rad = (d: number) => (d * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

export interface ReportForDuplicates {
  id: string
  categoryId: string
  location?: LatLng | null
  /** ISO datetime or date. */
  submittedAt: string
  status: StatusId
}

export interface DuplicateOptions {
  radiusMeters?: number
  /** Calendar days back from today, inclusive. */
  days?: number
  /** ISO datetime or date. */
  today: string
}

export interface DuplicateCandidate<T> {
  report: T
  distanceMeters: number
}

export const DUPLICATE_RADIUS_METERS = 150
export const DUPLICATE_WINDOW_DAYS = 30

/**
 * Open reports of the same category within the radius and the last `days` days, nearest first,
 * to offer "me too" before a second report is filed. Reports without a valid location never match.
 */
export function findDuplicateCandidates<T extends ReportForDuplicates>(
  newReport: { id?: string; categoryId: string; location?: LatLng | null },
  openReports: readonly T[],
  options: DuplicateOptions,
): DuplicateCandidate<T>[] {
  const radius = options.radiusMeters ?? DUPLICATE_RADIUS_METERS
  const days = options.days ?? DUPLICATE_WINDOW_DAYS
  const today = chinaDateOf(options.today)
  const here = newReport.location
  if (!here || !isValidLatLng(here)) return []
  const found: DuplicateCandidate<T>[] = []
  for (const r of openReports) {
    if (r.id === newReport.id || r.categoryId !== newReport.categoryId) continue
    if (statusDef('complaint', r.status)?.bucket !== 'open') continue
    if (!r.location || !isValidLatLng(r.location)) continue
    const age = daysBetween(chinaDateOf(r.submittedAt), today)
    if (age < 0 || age > days) continue
    const d = distanceMeters(here, r.location)
    if (d <= radius) found.push({ report: r, distanceMeters: d })
  }
  return found.sort((a, b) => a.distanceMeters - b.distanceMeters)
}

/**
 * Ray casting point-in-polygon (x = lng, y = lat; fine at community scale). The polygon is a
 * ring of vertices, closing edge implied. Points exactly on an edge may fall either way, which is
 * acceptable for a warning that never blocks submission.
 */
export function isInsideCommunity(point: LatLng, polygon: readonly LatLng[]): boolean {
  if (polygon.length < 3) return false
  let inside = false
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]
    const b = polygon[j]
    const crosses =
      a.lat > point.lat !== b.lat > point.lat &&
      point.lng < ((b.lng - a.lng) * (point.lat - a.lat)) / (b.lat - a.lat) + a.lng
    if (crosses) inside = !inside
  }
  return inside
}
