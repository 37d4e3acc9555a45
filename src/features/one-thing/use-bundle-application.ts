/**
 * One bundle application on the client: the bundle's form (from GET /v1/bundles/:id), the
 * verified record's autofill, validation with the same engine as every matter form, the fee
 * summary, and an idempotent submit whose server errors land next to the fields. What the
 * resident typed is kept as a draft (drafts store, key `bundle:<id>`; ID numbers and phones in
 * memory only, locked facts never), so bad input or a restart never loses it.
 */
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { getApi, isApiError } from '@/api'
import { bundleFees, findBundle } from '@/domain/bundles'
import type { ResidentProfile } from '@/domain/identity/profile'
import { COMMUNITY } from '@/domain/matters/community-config'
import { autofillValues, typedFieldCount, validateField } from '@/domain/matters/engine'
import { checkSubmission } from '@/domain/matters/rules'
import type { FieldValue, FormValues, MaterialSlot, MaterialUploads } from '@/domain/matters/types'
import { profileForForms, useProfile, useSession } from '@/features/identity'
import { errorMessage } from '@/lib/error-message'
import { MediaError, pickMaterials } from '@/platform/media'
import { useDraftsStore, type DraftFile } from '@/stores/drafts-store'
import { personalNumberKeys } from '@/domain/matters/personal-fields'
import { draftValuesOf, firstProblem, problemBanner, scrollToRow } from '@/features/apply'
import { appToday } from '@/lib/app-clock'
import { useBundle } from './api/get-bundles'
import { bundleCaseUrl } from './urls'

const uploadsOf = (m: Record<string, DraftFile[]>): MaterialUploads =>
  Object.fromEntries(Object.entries(m).map(([k, files]) => [k, files.map((f) => ({ id: f.fileId, kind: f.kind }))]))

export function useBundleApplication(bundleId: string) {
  const bundle = useBundle(bundleId)
  const profileState = useProfile()
  const { signedIn, verified } = useSession()
  const today = useMemo(() => appToday(), [])
  const def = bundle.data?.form ?? null
  const profile: ResidentProfile | null = useMemo(() => (profileState.profile ? profileForForms(profileState.profile) : null), [profileState.profile])
  const autofill = useMemo(() => (def && profile ? autofillValues(def, profile) : null), [def, profile])

  const [typed, setTyped] = useState<FormValues>({})
  const values = useMemo(() => ({ ...(autofill?.values ?? {}), ...typed }), [autofill, typed])
  const latest = useRef(values)
  latest.current = values
  const [materials, setMaterials] = useState<Record<string, DraftFile[]>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [materialErrors, setMaterialErrors] = useState<Record<string, string>>({})
  const [formErrors, setFormErrors] = useState<string[]>([])
  const [notice, setNotice] = useState<string | null>(null)
  const [step, setStep] = useState<'fill' | 'review'>('fill')
  const [submitting, setSubmitting] = useState(false)
  const key = useRef('')
  const draftId = `bundle:${bundleId}`
  const applicantId = profile?.residentId ?? ''
  const ensureDraft = useDraftsStore((st) => st.ensureDraft)
  const saveDraft = useDraftsStore((st) => st.saveDraft)
  const removeDraft = useDraftsStore((st) => st.removeDraft)
  const [restored, setRestored] = useState(false)
  const ready = useRef(false)
  // restore: the record's facts, then what was typed last time (never a locked fact)
  useEffect(() => {
    if (!def || !autofill || !applicantId || ready.current) return
    ready.current = true
    const draft = ensureDraft(applicantId, draftId, def.version, [...personalNumberKeys(def)])
    key.current = draft.idempotencyKey
    const kept = Object.fromEntries(Object.entries(draft.values).filter(([k]) => !autofill.sources[k]?.locked)) as FormValues
    setTyped(kept)
    setMaterials(draft.materials)
    setRestored(Object.keys(kept).length > 0 || Object.keys(draft.materials).length > 0)
  }, [def, autofill, applicantId, draftId, ensureDraft])
  // saved ~500 ms after typing stops
  useEffect(() => {
    if (!ready.current || !def || !autofill || !applicantId) return
    const t = setTimeout(
      () => saveDraft(applicantId, draftId, { values: draftValuesOf(values, autofill), materials, formVersion: def.version, memoryOnly: [...personalNumberKeys(def)] }),
      500,
    )
    return () => clearTimeout(t)
  }, [values, materials, def, autofill, applicantId, draftId, saveDraft])

  const ctx = useMemo(() => ({ today, profile, householdDogs: profile?.dogs ?? [], keyZone: COMMUNITY.inDogKeyZone }), [today, profile])
  const local = findBundle(bundleId)
  const fees = useMemo(() => (local ? bundleFees(local, values) : { lines: [], total: 0 }), [local, values])
  /** what the resident still types on a keyboard: the engine's own count */
  const typedCount = useMemo(() => (def && autofill ? typedFieldCount(def, Object.keys(autofill.sources), values) : 0), [def, autofill, values])

  const onChange = useCallback((k: string, v: FieldValue) => {
    latest.current = { ...latest.current, [k]: v }
    setTyped((prev) => ({ ...prev, [k]: v }))
    setErrors(({ [k]: _fixed, ...rest }) => rest)
  }, [])

  const onBlur = useCallback(
    (k: string) => {
      if (!def || autofill?.sources[k]?.locked) return
      const field = def.fields.find((f) => f.key === k)
      if (!field) return
      const msg = validateField(def, field, latest.current, ctx)
      setErrors(({ [k]: _old, ...rest }) => (msg ? { ...rest, [k]: msg } : rest))
    },
    [def, autofill, ctx],
  )

  const onAddMaterial = useCallback(async (slot: MaterialSlot, onProgress: (pct: number) => void): Promise<string | null> => {
    try {
      const picked = await pickMaterials(slot.kind, slot.max, (p) => onProgress(Math.round(p * 0.6)))
      const uploaded: DraftFile[] = []
      for (const f of picked) {
        const ref = await getApi().uploadFile({ path: f.path, name: f.name, mime: f.mime, size: f.size, purpose: f.kind === 'photo' && slot.key.startsWith('dog') ? 'dog-photo' : 'material', onProgress: (pct) => onProgress(60 + Math.round(pct * 0.4)) })
        uploaded.push({ fileId: ref.fileId, name: ref.name, mime: ref.mime, size: ref.size, kind: f.kind })
      }
      setMaterials((prev) => ({ ...prev, [slot.key]: [...(prev[slot.key] ?? []), ...uploaded].slice(0, slot.max) }))
      setMaterialErrors(({ [slot.key]: _fixed, ...rest }) => rest)
      return null
    } catch (e) {
      if (e instanceof MediaError) return e.cancelled ? null : e.message
      return errorMessage(e, '上传没有成功，请检查网络后再试')
    }
  }, [])

  const onRemoveMaterial = useCallback((slotKey: string, fileId: string) => {
    setMaterials((prev) => ({ ...prev, [slotKey]: (prev[slotKey] ?? []).filter((f) => f.fileId !== fileId) }))
  }, [])

  const toReview = useCallback(() => {
    if (!def || !autofill) return false
    const check = checkSubmission(def, values, uploadsOf(materials), ctx)
    const fieldErrs = Object.fromEntries(Object.entries(check.fieldErrors).filter(([k]) => !autofill.sources[k]?.locked))
    setErrors(fieldErrs)
    setMaterialErrors(check.materialErrors)
    setFormErrors(check.formErrors)
    const ok = !Object.keys(fieldErrs).length && !Object.keys(check.materialErrors).length && !check.formErrors.length
    const first = ok ? null : firstProblem(def, values, fieldErrs, check.materialErrors)
    setNotice(ok ? null : first ? problemBanner(first) : '有几处需要修改，请看红字提示')
    if (ok) setStep('review')
    else if (first) scrollToRow(first.id)
    return ok
  }, [def, autofill, values, materials, ctx])

  const submit = useCallback(async () => {
    if (!def || !autofill || submitting) return
    setSubmitting(true)
    const sent = Object.fromEntries(Object.entries(values).filter(([k, v]) => !autofill.sources[k]?.locked && v !== undefined && v !== null && v !== ''))
    try {
      const result = await getApi().submitBundle({
        bundleId,
        values: sent,
        materials: Object.fromEntries(Object.entries(materials).map(([k, files]) => [k, files.map((f) => f.fileId)])),
        idempotencyKey: key.current,
      })
      ready.current = false
      removeDraft(applicantId, draftId)
      void Taro.redirectTo({ url: bundleCaseUrl(result.id) })
    } catch (e) {
      if (isApiError(e) && e.code === 'validation') {
        const fe: Record<string, string> = {}
        const me: Record<string, string> = {}
        for (const [k, msg] of Object.entries(e.fieldErrors)) (k.startsWith('materials.') ? me : fe)[k.replace(/^materials\./, '')] = msg
        setErrors(fe)
        setMaterialErrors(me)
        setFormErrors(Object.keys(fe).length || Object.keys(me).length ? [] : [e.message])
        setStep('fill')
        setNotice('没有提交成功：请按红字提示修改，已填的内容都还在')
      } else {
        setNotice(`${isApiError(e) ? e.message : '网络不太好，申请还没有发出去'}。已填的内容都还在，可以再点“提交”`)
      }
    } finally {
      setSubmitting(false)
    }
  }, [def, autofill, submitting, values, bundleId, materials, applicantId, draftId, removeDraft])

  return {
    bundle,
    profileState,
    needsVerification: !signedIn || !verified,
    def,
    profile,
    autofill,
    today,
    values,
    materials,
    errors,
    materialErrors,
    formErrors,
    notice,
    step,
    setStep,
    submitting,
    restored,
    fees,
    typedCount,
    onChange,
    onBlur,
    onAddMaterial,
    onRemoveMaterial,
    toReview,
    submit,
  }
}

export type BundleApplicationState = ReturnType<typeof useBundleApplication>
