/**
 * Client state of one online application: the matter and the verified record, autofill, the
 * draft (saved while typing, restored after a restart), validation on blur and before review,
 * and an idempotent submit whose server errors land next to the fields.
 */
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { getApi, isApiError } from '@/api'
import type { ResidentProfile } from '@/domain/identity/profile'
import { COMMUNITY } from '@/domain/matters/community-config'
import { autofillValues, validateField, type AutofillResult } from '@/domain/matters/engine'
import { checkSubmission } from '@/domain/matters/rules'
import type { FieldValue, FormValues, MaterialSlot, MaterialUploads } from '@/domain/matters/types'
import { errorMessage } from '@/lib/error-message'
import { pickMaterials, MediaError } from '@/platform/media'
import { useDraftsStore, type DraftFile, type DraftValue } from '@/stores/drafts-store'
import { getOutbox } from '@/stores/outbox-store'
import { profileForForms, useProfile, useSession } from '@/features/identity'
import { useMatter } from './api/get-matter'
import { firstProblem, problemBanner, scrollToRow } from './first-problem'
import { personalNumberKeys } from '@/domain/matters/personal-fields'
import { appToday } from '@/lib/app-clock'
import { paths } from '@/routes'

export const DRAFT_SAVE_MS = 500

export type Step = 'fill' | 'review'

export interface SubmitNotice {
  kind: 'offline' | 'refused' | 'auth' | 'error'
  message: string
}

export const receiptUrl = (caseId: string) => paths.apply.receipt.url(caseId)

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** What the draft keeps: only what the resident typed or changed; never locked government facts. */
export function draftValuesOf(values: FormValues, autofill: AutofillResult): Record<string, DraftValue> {
  const out: Record<string, DraftValue> = {}
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue
    if (autofill.sources[k]?.locked) continue
    if (k in autofill.values && same(autofill.values[k], v)) continue
    out[k] = v as DraftValue
  }
  return out
}

function uploadsOf(materials: Record<string, DraftFile[]>): MaterialUploads {
  return Object.fromEntries(
    Object.entries(materials).map(([k, files]) => [k, files.map((f) => ({ id: f.fileId, kind: f.kind }))]),
  )
}

const withoutLocked = (errors: Record<string, string>, autofill: AutofillResult) =>
  Object.fromEntries(Object.entries(errors).filter(([k]) => !autofill.sources[k]?.locked))

export function useApplication(matterId: string) {
  const matter = useMatter(matterId)
  const profileState = useProfile()
  const { signedIn, verified } = useSession()
  const today = useMemo(() => appToday(), [])

  const def = matter.data?.form ?? null
  const profile: ResidentProfile | null = useMemo(
    () => (profileState.profile ? profileForForms(profileState.profile) : null),
    [profileState.profile],
  )
  const autofill: AutofillResult | null = useMemo(
    () => (def && profile ? autofillValues(def, profile) : null),
    [def, profile],
  )
  const applicantId = profile?.residentId ?? ''

  const ensureDraft = useDraftsStore((s) => s.ensureDraft)
  const saveDraft = useDraftsStore((s) => s.saveDraft)
  const removeDraft = useDraftsStore((s) => s.removeDraft)
  const unsentBefore = useDraftsStore((s) =>
    applicantId ? s.drafts[`${applicantId}:${matterId}`]?.unsent === true : false,
  )

  const [values, setValues] = useState<FormValues>({})
  const [materials, setMaterials] = useState<Record<string, DraftFile[]>>({})
  const [ready, setReady] = useState(false)
  const [restored, setRestored] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [materialErrors, setMaterialErrors] = useState<Record<string, string>>({})
  const [formErrors, setFormErrors] = useState<string[]>([])
  const [suggested, setSuggested] = useState<string[]>([])
  const [step, setStep] = useState<Step>('fill')
  const [submitting, setSubmitting] = useState(false)
  const [notice, setNotice] = useState<SubmitNotice | null>(null)
  const submittingRef = useRef(false)

  // restore: the record's facts first, then what the resident typed last time (locked facts always from the record)
  useEffect(() => {
    if (!def || !autofill || !applicantId || ready) return
    const draft = ensureDraft(applicantId, matterId, def.version, [...personalNumberKeys(def)])
    const typed = Object.fromEntries(Object.entries(draft.values).filter(([k]) => !autofill.sources[k]?.locked))
    setValues({ ...autofill.values, ...typed })
    setMaterials(draft.materials)
    setRestored(Object.keys(typed).length > 0 || Object.keys(draft.materials).length > 0)
    setReady(true)
  }, [def, autofill, applicantId, matterId, ready, ensureDraft])

  // throttled draft saving (~500 ms), flushed on leaving the page
  const latest = useRef({ values, materials })
  latest.current = { values, materials }
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const flush = useCallback(() => {
    if (timer.current) {
      clearTimeout(timer.current)
      timer.current = null
    }
    if (!autofill || !applicantId || !def) return
    saveDraft(applicantId, matterId, {
      values: draftValuesOf(latest.current.values, autofill),
      materials: latest.current.materials,
      formVersion: def.version,
      // ID numbers and phones (anyone's) stay in memory: never in plain storage
      memoryOnly: [...personalNumberKeys(def)],
    })
  }, [autofill, applicantId, def, matterId, saveDraft])
  const scheduleSave = useCallback(() => {
    if (timer.current) return
    timer.current = setTimeout(flush, DRAFT_SAVE_MS)
  }, [flush])
  useEffect(() => () => flush(), [flush])

  const ctx = useMemo(
    () => ({ today, profile, householdDogs: profile?.dogs ?? [], keyZone: COMMUNITY.inDogKeyZone }),
    [today, profile],
  )

  const onChange = useCallback(
    (key: string, value: FieldValue) => {
      // the ref first, so a blur in the same tap validates the new value
      const next = { ...latest.current.values, [key]: value }
      latest.current = { ...latest.current, values: next }
      setValues(next)
      setErrors((prev) => {
        if (!(key in prev)) return prev
        const { [key]: _fixed, ...rest } = prev
        return rest
      })
      scheduleSave()
    },
    [scheduleSave],
  )

  const onBlur = useCallback(
    (key: string) => {
      if (!def || !autofill || autofill.sources[key]?.locked) return
      const field = def.fields.find((f) => f.key === key)
      if (!field) return
      const msg = validateField(def, field, latest.current.values, ctx)
      setErrors((prev) => {
        const { [key]: _old, ...rest } = prev
        return msg ? { ...rest, [key]: msg } : rest
      })
    },
    [def, autofill, ctx],
  )

  const setMaterialFiles = useCallback(
    (update: (prev: Record<string, DraftFile[]>) => Record<string, DraftFile[]>) => {
      setMaterials((prev) => {
        const next = update(prev)
        latest.current = { ...latest.current, materials: next }
        return next
      })
      scheduleSave()
    },
    [scheduleSave],
  )

  const onAddMaterial = useCallback(
    async (slot: MaterialSlot, onProgress: (pct: number) => void): Promise<string | null> => {
      const have = latest.current.materials[slot.key]?.length ?? 0
      try {
        const picked = await pickMaterials(slot.kind, Math.max(1, slot.max - have), (p) =>
          onProgress(Math.round(p * 0.6)),
        )
        // each file alone: one that fails does not take the others with it
        const uploaded: DraftFile[] = []
        const failed: Array<{ name: string; reason: string }> = []
        for (const [i, f] of picked.entries()) {
          try {
            const ref = await getApi().uploadFile({
              path: f.path,
              name: f.name,
              mime: f.mime,
              size: f.size,
              purpose: f.kind === 'photo' && slot.key.startsWith('dog') ? 'dog-photo' : 'material',
              // the bytes going up fill the last 40 % of the bar, file by file
              onProgress: (pct) => onProgress(60 + Math.round(((i + pct / 100) / picked.length) * 40)),
            })
            uploaded.push({ fileId: ref.fileId, name: ref.name, mime: ref.mime, size: ref.size, kind: f.kind })
          } catch (e) {
            failed.push({ name: f.name, reason: errorMessage(e, '上传没有成功，请检查网络后再试') })
          }
        }
        if (uploaded.length) {
          setMaterialFiles((prev) => ({
            ...prev,
            [slot.key]: [...(prev[slot.key] ?? []), ...uploaded].slice(0, slot.max),
          }))
        }
        if (!failed.length) {
          setMaterialErrors(({ [slot.key]: _fixed, ...rest }) => rest)
          return null
        }
        if (failed.length === 1 && picked.length === 1) return failed[0].reason
        return `${failed.map((x) => x.name).join('、')} 没有上传成功（${failed[0].reason}），请再添加一次${uploaded.length ? `；其余 ${uploaded.length} 个已上传` : ''}`
      } catch (e) {
        if (e instanceof MediaError) return e.cancelled ? null : e.message
        return errorMessage(e, '上传没有成功，请检查网络后再试')
      }
    },
    [setMaterialFiles],
  )

  const onRemoveMaterial = useCallback(
    (slotKey: string, fileId: string) =>
      setMaterialFiles((prev) => ({ ...prev, [slotKey]: (prev[slotKey] ?? []).filter((f) => f.fileId !== fileId) })),
    [setMaterialFiles],
  )

  /** Checks everything the app can check; on success moves to the review step. */
  const toReview = useCallback((): boolean => {
    if (!def || !autofill) return false
    const check = checkSubmission(def, values, uploadsOf(materials), ctx)
    const fieldErrs = withoutLocked(check.fieldErrors, autofill)
    setErrors(fieldErrs)
    setMaterialErrors(check.materialErrors)
    setFormErrors(check.formErrors)
    setSuggested(check.suggestedMatters)
    const ok =
      Object.keys(fieldErrs).length === 0 &&
      Object.keys(check.materialErrors).length === 0 &&
      check.formErrors.length === 0
    const first = ok ? null : firstProblem(def, values, fieldErrs, check.materialErrors)
    setNotice(ok ? null : { kind: 'refused', message: first ? problemBanner(first) : '有几处需要修改，请看红字提示' })
    if (ok) setStep('review')
    // the first problem is usually off screen when 下一步 (at the bottom) is tapped: go there
    else if (first) scrollToRow(first.id)
    return ok
  }, [def, autofill, values, materials, ctx])

  const submit = useCallback(async () => {
    if (!def || !autofill || submittingRef.current) return
    submittingRef.current = true
    setSubmitting(true)
    flush()
    const draft = ensureDraft(applicantId, matterId, def.version)
    const sent = Object.fromEntries(
      Object.entries(values).filter(
        ([k, v]) => !autofill.sources[k]?.locked && v !== undefined && v !== null && v !== '',
      ),
    )
    try {
      // through the outbox: stored before sending, resent with the same key until the server answers
      const outcome = await getOutbox().submit({
        id: draft.idempotencyKey,
        label: `办事：${matter.data?.name ?? '申请'}`,
        call: {
          op: 'submitApplication',
          args: [
            {
              matterId,
              values: sent,
              materials: Object.fromEntries(Object.entries(materials).map(([k, files]) => [k, files.map((f) => f.fileId)])),
              idempotencyKey: draft.idempotencyKey,
            },
          ],
        },
      })
      if (outcome.state === 'pending') {
        saveDraft(applicantId, matterId, { unsent: true })
        setNotice({
          kind: 'offline',
          message:
            '网络不太好，申请还没有发出去。已放入待发送，恢复网络后会自动发送；草稿也保存着，也可以点“重新提交”' +
            (outcome.persisted ? '' : '（手机存储空间已满：请不要关闭小程序，直到发送成功）'),
        })
        return
      }
      removeDraft(applicantId, matterId)
      setNotice(null)
      void Taro.redirectTo({ url: receiptUrl(outcome.result.id) })
    } catch (e) {
      if (isApiError(e) && e.code === 'validation') {
        const fieldErrs: Record<string, string> = {}
        const matErrs: Record<string, string> = {}
        for (const [k, msg] of Object.entries(e.fieldErrors)) {
          if (k.startsWith('materials.')) matErrs[k.slice('materials.'.length)] = msg
          else fieldErrs[k] = msg
        }
        const fe = Array.isArray(e.details.formErrors) ? (e.details.formErrors as unknown[]).map(String) : []
        const sm = Array.isArray(e.details.suggestedMatters)
          ? (e.details.suggestedMatters as unknown[]).map(String)
          : []
        setErrors(fieldErrs)
        setMaterialErrors(matErrs)
        setFormErrors(fe.length || Object.keys(fieldErrs).length || Object.keys(matErrs).length ? fe : [e.message])
        setSuggested(sm)
        setStep('fill')
        setNotice({ kind: 'refused', message: '没有提交成功：请按红字提示修改，已填的内容都还在' })
      } else if (isApiError(e) && (e.code === 'unauthorized' || e.code === 'forbidden')) {
        setNotice({ kind: 'auth', message: `${e.message}。已填的内容保存在草稿里` })
      } else if (!isApiError(e) || e.retryable) {
        saveDraft(applicantId, matterId, { unsent: true })
        setNotice({ kind: 'offline', message: '网络不太好，申请还没有发出去。已保存为草稿，网络好了点“重新提交”即可' })
      } else {
        setNotice({ kind: 'error', message: `${e.message}。已填的内容保存在草稿里` })
      }
    } finally {
      submittingRef.current = false
      setSubmitting(false)
    }
  }, [def, autofill, flush, ensureDraft, applicantId, matterId, values, materials, removeDraft, saveDraft, matter.data?.name])

  return {
    matter,
    profileState,
    /** not signed in or not face-verified (the form needs the verified record) */
    needsVerification: !signedIn || !verified,
    def,
    profile,
    autofill,
    today,
    ready,
    restored,
    unsentBefore,
    values,
    materials,
    errors,
    materialErrors,
    formErrors,
    suggested,
    step,
    setStep,
    submitting,
    notice,
    onChange,
    onBlur,
    onAddMaterial,
    onRemoveMaterial,
    toReview,
    submit,
  }
}

export type ApplicationState = ReturnType<typeof useApplication>
