/**
 * The draft on screen → the domain's ComplaintDraft and the request; which problems block
 * sending. Pure (no Taro), so the rules are unit-tested without a screen.
 */
import type { CreateComplaintRequest } from '@/api'
import {
  complaintCategory,
  DESCRIPTION_MIN,
  isInOurCommunity,
  PHOTOS_MAX,
  validateComplaintDraft,
  type ComplaintDraftField,
} from '@/domain/complaints'
import type { ComplaintDraftData, DraftKind } from '@/stores/complaint-draft-store'

export type FieldErrors = Partial<Record<ComplaintDraftField | 'address', string>>

/** 随手拍's one line is optional: a photo says most of it. The case still needs ≥ 10 characters. */
export function descriptionFor(kind: DraftKind, d: ComplaintDraftData): string {
  const typed = d.description.trim()
  if (kind !== 'snap' || [...typed].length >= DESCRIPTION_MIN) return typed
  const c = d.categoryId ? complaintCategory(d.categoryId) : undefined
  if (!c) return typed
  return typed === '' ? `随手拍：${c.name}问题，详见照片和位置` : `随手拍（${c.name}）：${typed}`
}

/** The place in words: the map's address, the typed one, or both. */
export function addressOf(d: ComplaintDraftData): string {
  return [d.location?.address ?? '', d.address.trim()].filter(Boolean).join('，')
}

export function isOutside(d: ComplaintDraftData): boolean {
  return Boolean(d.location && !isInOurCommunity(d.location))
}

export function checkDraft(kind: DraftKind, d: ComplaintDraftData): FieldErrors {
  const photos = d.photos.map((p) => ({ path: p.name || p.path, mimeType: p.mime, size: p.size }))
  const { errors } = validateComplaintDraft({
    categoryId: d.categoryId,
    description: descriptionFor(kind, d),
    photos,
    location: d.location,
    matterId: d.matterId,
    stuckAt: d.stuckAt,
    anonymous: d.anonymous,
  })
  const out: FieldErrors = { ...errors }
  // 随手拍 without a type yet: the type's error says it all
  if (kind === 'snap' && !d.categoryId) delete out.description
  if (kind === 'snap' && !d.location && d.address.trim() === '') out.address = '请说明问题在哪里：点“定位”，或写下地址'
  if (kind === 'snap' && d.photos.length === 0) out.photos = '请至少拍一张照片（没有照片可以改用“微诉求”）'
  if (d.photos.length > PHOTOS_MAX) out.photos = `最多${PHOTOS_MAX}张照片，请删掉${d.photos.length - PHOTOS_MAX}张`
  if (!out.location && isOutside(d) && !d.outsideConfirmed)
    out.location = '这个位置不在西外社区范围内。如果位置没错，请点“位置没错，继续”；否则请重新定位或写下地址'
  return out
}

export function toRequest(kind: DraftKind, d: ComplaintDraftData, fileIds: string[]): CreateComplaintRequest {
  const typed = d.address.trim()
  const description = descriptionFor(kind, d)
  const extra: Record<string, string> = {}
  if (d.categoryId === 'not-done') {
    if (d.matterId) extra.matterId = d.matterId
    extra.stuckAt = d.stuckAt.trim()
  }
  // a typed address travels on its own, so the worker and the receipt show it as 位置
  if (typed) extra.address = typed
  return {
    categoryId: d.categoryId ?? '',
    description,
    photos: fileIds,
    location: d.location ? { lat: d.location.lat, lng: d.location.lng, address: addressOf(d) } : null,
    anonymous: d.anonymous,
    public: d.public,
    extra,
    idempotencyKey: d.key,
  }
}
