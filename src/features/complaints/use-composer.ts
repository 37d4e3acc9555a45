/**
 * One hook behind 随手拍 and 微诉求: the persisted draft, photos (compress → upload, each
 * retried alone), location with the typed-address fallback, duplicate suggestions with
 * 我也遇到, and one send per draft (idempotency key + an in-flight guard).
 */
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { getApi, type CaseSummary } from '@/api'
import { complaintCategory, PHOTOS_MAX } from '@/domain/complaints'
import { ensureVerified } from '@/features/identity'
import { errorMessage } from '@/lib/error-message'
import { newKey } from '@/lib/ids'
import { canPickOnMap, LocationError, locateMe, pickOnMap } from '@/platform/location'
import { compressPhoto, PhotoError, pickPhotos, type PickSource } from '@/platform/photo'
import { useComplaintDraftStore, type DraftKind, type DraftPhoto } from '@/stores/complaint-draft-store'
import { getOutbox } from '@/stores/outbox-store'
import { useSessionStore } from '@/stores/session-store'
import { checkDraft, toRequest, type FieldErrors } from './draft-rules'
import { COMPLAINT_URLS, DETAIL_URL } from './urls'


export type Stage = 'edit' | 'duplicates' | 'sending'

export function useComposer(kind: DraftKind) {
  const draft = useComplaintDraftStore((s) => s.drafts[kind])
  const store = useComplaintDraftStore
  const [errors, setErrors] = useState<FieldErrors>({})
  const [notice, setNotice] = useState<string | null>(null)
  const [locating, setLocating] = useState(false)
  const [locationNote, setLocationNote] = useState<string | null>(null)
  /** the resident once refused location / camera and album: the screen offers 去设置开启 */
  const [denied, setDenied] = useState<{ location: boolean; photos: boolean }>({ location: false, photos: false })
  const [stage, setStage] = useState<Stage>('edit')
  const [duplicates, setDuplicates] = useState<CaseSummary[]>([])
  const [sendError, setSendError] = useState<string | null>(null)
  const inFlight = useRef(false)

  const current = () => store.getState().drafts[kind]

  // sent earlier and acknowledged later (reconnect, resend round): the draft is done, show the receipt
  useEffect(
    () =>
      getOutbox().subscribe(() => {
        if (inFlight.current) return
        const e = getOutbox().find(store.getState().drafts[kind].key)
        if (e?.state !== 'delivered' || !e.caseId) return
        store.getState().reset(kind)
        setSendError(null)
        void Taro.redirectTo({ url: `${DETAIL_URL}?id=${encodeURIComponent(e.caseId)}&created=1` })
      }),
    [kind, store],
  )
  const update = useCallback((patch: Parameters<ReturnType<typeof store.getState>['update']>[1]) => store.getState().update(kind, patch), [kind, store])
  const patchPhoto = (id: string, patch: Partial<DraftPhoto>) => store.getState().updatePhoto(kind, id, patch)

  async function prepare(p: DraftPhoto): Promise<void> {
    try {
      patchPhoto(p.id, { state: 'compressing', progress: 0, error: undefined })
      const small = await compressPhoto(p, (pct) => patchPhoto(p.id, { progress: pct }))
      patchPhoto(p.id, { ...small, state: 'ready', progress: 100, compressed: true })
    } catch (e) {
      patchPhoto(p.id, { state: 'failed', progress: 0, error: e instanceof PhotoError ? e.message : '照片处理失败，请点重试' })
    }
  }

  async function addPhotos(source: PickSource = 'any'): Promise<void> {
    setNotice(null)
    const room = PHOTOS_MAX - current().photos.length
    if (room <= 0) {
      setErrors((e) => ({ ...e, photos: `最多${PHOTOS_MAX}张照片，先删掉一张再添加` }))
      return
    }
    let picked
    try {
      picked = await pickPhotos(room, source)
    } catch (e) {
      const err = e instanceof PhotoError ? e : null
      setDenied((d) => ({ ...d, photos: err?.code === 'denied' }))
      if (err?.code !== 'cancelled') setErrors((x) => ({ ...x, photos: err?.message ?? '没能打开相机或相册，请重试' }))
      return
    }
    setDenied((d) => ({ ...d, photos: false }))
    const extra = picked.length > room ? `只加了前${room}张：最多${PHOTOS_MAX}张` : null
    const added: DraftPhoto[] = picked.slice(0, room).map((p) => ({ ...p, id: newKey('photo'), state: 'compressing', progress: 0 }))
    update({ photos: [...current().photos, ...added] })
    setErrors((x) => ({ ...x, photos: extra ?? undefined }))
    for (const p of added) await prepare(p)
  }

  function removePhoto(id: string) {
    update({ photos: current().photos.filter((p) => p.id !== id) })
    setErrors((x) => ({ ...x, photos: undefined }))
  }

  async function upload(p: DraftPhoto): Promise<boolean> {
    patchPhoto(p.id, { state: 'uploading', progress: 0, error: undefined })
    try {
      const ref = await getApi().uploadFile({
        path: p.path,
        name: p.name,
        mime: p.mime,
        size: p.size,
        purpose: 'complaint-photo',
        onProgress: (pct) => patchPhoto(p.id, { progress: pct }),
      })
      patchPhoto(p.id, { state: 'uploaded', progress: 100, fileId: ref.fileId })
      return true
    } catch (e) {
      patchPhoto(p.id, { state: 'failed', progress: 0, error: `上传失败：${errorMessage(e, '网络不好')}。请点重试` })
      return false
    }
  }

  /** One photo again: compress if it never got that far, then upload (when signed in). */
  async function retryPhoto(id: string): Promise<void> {
    const p = current().photos.find((x) => x.id === id)
    if (!p) return
    if (!p.compressed) await prepare(p)
    const again = current().photos.find((x) => x.id === id)
    // before sign-in the upload waits for 发送, which leads through sign-in first
    if (again?.compressed && useSessionStore.getState().session) await upload(again)
  }

  async function locate(): Promise<void> {
    setLocating(true)
    setLocationNote(null)
    try {
      const found = await locateMe()
      update({ location: { lat: found.lat, lng: found.lng, address: found.address, source: 'gps' }, outsideConfirmed: false })
      setErrors((x) => ({ ...x, location: undefined, address: undefined }))
      setDenied((d) => ({ ...d, location: false }))
    } catch (e) {
      setDenied((d) => ({ ...d, location: e instanceof LocationError && e.code === 'denied' }))
      setLocationNote(e instanceof LocationError ? e.message : '暂时没能定位。请直接写下问题所在的地址')
    } finally {
      setLocating(false)
    }
  }

  async function chooseOnMap(): Promise<void> {
    setLocationNote(null)
    try {
      const found = await pickOnMap(current().location ?? undefined)
      update({ location: { ...found, source: 'map' }, outsideConfirmed: false })
      setErrors((x) => ({ ...x, location: undefined, address: undefined }))
    } catch (e) {
      if (e instanceof LocationError && e.code === 'denied') setDenied((d) => ({ ...d, location: true }))
      if (!(e instanceof LocationError && e.code === 'cancelled'))
        setLocationNote(e instanceof LocationError ? e.message : errorMessage(e, '没能打开地图，请直接写下地址'))
    }
  }

  /** Back from 去设置开启: if location is allowed now, locate at once; the typed address stays either way. */
  function afterSettings(what: 'location' | 'photos', allowed: boolean) {
    if (!allowed) return
    setDenied((d) => ({ ...d, [what]: false }))
    if (what === 'location') void locate()
    else setErrors((x) => ({ ...x, photos: undefined }))
  }

  function clearLocation() {
    update({ location: null, outsideConfirmed: false })
  }

  function confirmOutside() {
    update({ outsideConfirmed: true })
    setErrors((x) => ({ ...x, location: undefined }))
  }

  /** Upload whatever is not uploaded yet; true when every photo has a fileId. */
  async function uploadAll(): Promise<boolean> {
    let ok = true
    for (const p of current().photos) {
      if (p.state === 'uploaded' && p.fileId) continue
      if (p.state === 'compressing') {
        ok = false
        continue
      }
      if (!p.compressed) {
        ok = false
        continue
      }
      if (!(await upload(p))) ok = false
    }
    return ok
  }

  /**
   * 发送: check → sign-in/verification (the draft waits) → photos → nearby duplicates (once) →
   * create. `anyway` skips the duplicate question after the resident saw it.
   */
  async function send(anyway = false): Promise<void> {
    if (inFlight.current) return
    setSendError(null)
    const problems = checkDraft(kind, current())
    setErrors(problems)
    if (Object.values(problems).some(Boolean)) {
      setSendError('还有内容需要补充，请看上面的红字提示')
      return
    }
    // an explicit way back (the draft keeps category and text, so no query is needed)
    if (!ensureVerified(kind === 'snap' ? COMPLAINT_URLS.snap : COMPLAINT_URLS.complaint)) return
    inFlight.current = true
    setStage('sending')
    try {
      if (!(await uploadAll())) {
        setSendError('有照片没有上传成功：点那张照片下的“重试”，或者删掉它再发送。内容已保存，不会丢失')
        setStage('edit')
        return
      }
      const d = current()
      if (!anyway && d.location && d.categoryId) {
        const near = await getApi()
          .findDuplicateComplaints({ categoryId: d.categoryId, lat: d.location.lat, lng: d.location.lng })
          .catch(() => [] as CaseSummary[])
        if (near.length > 0) {
          setDuplicates(near)
          setStage('duplicates')
          return
        }
      }
      const fileIds = d.photos.map((p) => p.fileId!).filter(Boolean)
      // through the outbox: stored before sending, resent with the same key until the server answers
      const outcome = await getOutbox().submit({
        id: d.key,
        label: `${kind === 'snap' ? '随手拍' : '微诉求'}：${complaintCategory(d.categoryId ?? '')?.name ?? '反映'}`,
        call: { op: 'createComplaint', args: [toRequest(kind, d, fileIds)] },
      })
      if (outcome.state === 'pending') {
        setSendError(
          `${outcome.error.message}。已放入待发送，恢复网络后会自动发送，不用重新填写` +
            (outcome.persisted ? '' : '（手机存储空间已满：请不要关闭小程序，直到发送成功）'),
        )
        setStage('edit')
        return
      }
      store.getState().reset(kind)
      setStage('edit')
      void Taro.redirectTo({ url: `${DETAIL_URL}?id=${encodeURIComponent(outcome.result.id)}&created=1` })
    } catch (e) {
      setSendError(`${errorMessage(e, '没有发送成功')}。内容已保存，可以稍后再点发送`)
      setStage('edit')
    } finally {
      inFlight.current = false
    }
  }

  /** 我也遇到: join that report instead of filing a new one; the draft is done with. */
  async function support(caseId: string): Promise<void> {
    if (inFlight.current) return
    inFlight.current = true
    try {
      const joined = await getApi().supportComplaint(caseId)
      store.getState().reset(kind)
      setStage('edit')
      void Taro.redirectTo({ url: `${DETAIL_URL}?id=${encodeURIComponent(joined.id)}&joined=1` })
    } catch (e) {
      setSendError(errorMessage(e, '没有成功，请重试'))
    } finally {
      inFlight.current = false
    }
  }

  function backToEdit() {
    setStage('edit')
  }

  return {
    draft,
    update,
    errors,
    notice,
    setNotice,
    addPhotos,
    removePhoto,
    retryPhoto,
    locate,
    locating,
    locationNote,
    denied,
    afterSettings,
    chooseOnMap,
    canPickOnMap,
    clearLocation,
    confirmOutside,
    stage,
    duplicates,
    send,
    support,
    backToEdit,
    sendError,
  }
}
