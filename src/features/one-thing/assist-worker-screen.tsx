/**
 * 帮办 in the worker console: prepare an application for a resident of one's grid (found by ID
 * number; the name and ID number come from the record on the server, the worker fills the rest),
 * which waits for the resident's own 同意; the list of one's 帮办 with what each waits for —
 * a resident without a phone: 登记现场授权 (photo of the signed form) for a second worker to
 * 复核; an expired or declined one: 重新发送.
 */
import { Input, View } from '@tarojs/components'
import { useMemo, useRef, useState } from 'react'
import { getApi, isApiError } from '@/api'
import type { AssistRequest } from '@/api/contract/one-thing'
import { MATTERS } from '@/domain/matters/catalog'
import type { FieldValue, FormDefinition, FormValues, MaterialSlot } from '@/domain/matters/types'
import { FormRenderer } from '@/features/apply'
import { appToday } from '@/lib/app-clock'
import { StaffGate } from '@/features/worker'
import { newKey } from '@/lib/ids'
import { MediaError, pickMaterials } from '@/platform/media'
import type { DraftFile } from '@/stores/drafts-store'
import { AppButton, Cell, CellGroup, ChoicePicker, FormField, Screen, Section, a11y } from '@/ui'
import { useAssists } from './api/get-assists'
import './one-thing.css'

const NO_AUTOFILL = { values: {}, sources: {}, missing: [], notes: {} }
const ONLINE = MATTERS.filter((m) => m.form && m.guide.mode !== 'guide').map((m) => ({ value: m.id, label: m.name }))
const PLACES = [
  { value: 'window', label: '在社区窗口' },
  { value: 'home', label: '上门服务' },
]

export function AssistWorkerScreen() {
  return <StaffGate title='帮办' roles={['clerk', 'grid-worker', 'admin']}>{(user) => <AssistWorker userId={user.id} canPrepare={user.role !== 'admin'} />}</StaffGate>
}

function AssistWorker({ userId, canPrepare }: { userId: string; canPrepare: boolean }) {
  const list = useAssists()
  return (
    <Screen className='onething'>
      <View className='onething__title' {...a11y('heading', { level: 1 })}>
        帮办
      </View>
      <View className='onething__text'>替居民填好申请，居民在自己手机上同意后才提交；没有手机的居民现场签字，由另一名工作人员复核。</View>
      {canPrepare ? <Prepare onDone={() => void list.refetch()} /> : null}
      <Section title='我的帮办与待复核'>
        {(list.data ?? []).length === 0 ? <View className='onething__text'>暂无</View> : null}
        {(list.data ?? []).map((a) => (
          <AssistRow key={`${a.id}-${a.status}`} a={a} mine={a.helper !== '' && (a as AssistRequest & { helperId?: string }).helperId === userId} onChanged={() => void list.refetch()} />
        ))}
      </Section>
    </Screen>
  )
}

function Prepare({ onDone }: { onDone(): void }) {
  const [idNumber, setIdNumber] = useState('')
  const [matterId, setMatterId] = useState<string | null>(null)
  const [place, setPlace] = useState('window')
  const [values, setValues] = useState<FormValues>({})
  const [materials, setMaterials] = useState<Record<string, DraftFile[]>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const key = useRef(newKey('assist'))
  const def: FormDefinition | null = useMemo(() => {
    const form = MATTERS.find((m) => m.id === matterId)?.form
    // the name and ID number come from the record on the server
    return form ? { ...form, fields: form.fields.filter((f) => !f.autofill?.locked) } : null
  }, [matterId])

  const onAddMaterial = async (slot: MaterialSlot, onProgress: (pct: number) => void): Promise<string | null> => {
    try {
      const picked = await pickMaterials(slot.kind, slot.max, (p) => onProgress(Math.round(p * 0.6)))
      const up: DraftFile[] = []
      for (const f of picked) {
        const ref = await getApi().uploadFile({ path: f.path, name: f.name, mime: f.mime, size: f.size, purpose: 'material' })
        up.push({ fileId: ref.fileId, name: ref.name, mime: ref.mime, size: ref.size, kind: f.kind })
      }
      setMaterials((prev) => ({ ...prev, [slot.key]: [...(prev[slot.key] ?? []), ...up].slice(0, slot.max) }))
      return null
    } catch (e) {
      if (e instanceof MediaError) return e.cancelled ? null : e.message
      return isApiError(e) ? e.message : '上传没有成功，请重试'
    }
  }

  const send = async () => {
    if (!matterId) return setErrors({ matterId: '请选择事项' })
    setSending(true)
    try {
      await getApi().prepareAssist({
        idNumber,
        matterId,
        values,
        materials: Object.fromEntries(Object.entries(materials).map(([k, fs]) => [k, fs.map((f) => f.fileId)])),
        place: place === 'home' ? 'home' : 'window',
        idempotencyKey: key.current,
      })
      key.current = newKey('assist')
      setValues({})
      setMaterials({})
      setErrors({})
      setMessage('已发给居民确认：居民在自己手机上“我的”里同意后才提交（72 小时内有效）')
      onDone()
    } catch (e) {
      if (isApiError(e) && e.code === 'validation') setErrors(Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k.replace(/^materials\./, ''), v])))
      setMessage(isApiError(e) ? e.message : '网络不太好，请稍后重试')
    } finally {
      setSending(false)
    }
  }

  return (
    <Section title='为居民帮办'>
      <FormField label='居民身份证号' required error={errors.idNumber}>
        <Input value={idNumber} maxlength={18} type='idcard' placeholder='18 位身份证号' onInput={(e) => setIdNumber(e.detail.value)} />
      </FormField>
      <FormField label='事项' required error={errors.matterId}>
        <ChoicePicker label='事项' options={ONLINE} value={matterId} onChange={(v) => { setMatterId(v); setValues({}); setErrors({}) }} />
      </FormField>
      <FormField label='帮办地点' required>
        <ChoicePicker label='帮办地点' options={PLACES} value={place} onChange={setPlace} />
      </FormField>
      {def ? (
        <FormRenderer
          def={def}
          values={values}
          autofill={NO_AUTOFILL}
          profile={null}
          errors={errors}
          materials={materials}
          materialErrors={errors}
          today={appToday()}
          onChange={(k: string, v: FieldValue) => {
            setValues((prev) => ({ ...prev, [k]: v }))
            setErrors(({ [k]: _fixed, ...rest }) => rest)
          }}
          onBlur={() => undefined}
          onAddMaterial={onAddMaterial}
          onRemoveMaterial={(slot, fileId) => setMaterials((prev) => ({ ...prev, [slot]: (prev[slot] ?? []).filter((f) => f.fileId !== fileId) }))}
        />
      ) : null}
      {message ? <View className='onething__text' {...a11y('status')}>{message}</View> : null}
      <AppButton block loading={sending} onClick={() => void send()}>
        发给居民确认
      </AppButton>
    </Section>
  )
}

function AssistRow({ a, mine, onChanged }: { a: AssistRequest; mine: boolean; onChanged(): void }) {
  const [error, setError] = useState<string | null>(null)
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn()
      onChanged()
    } catch (e) {
      setError(isApiError(e) ? e.message : '网络不太好，请稍后重试')
    }
  }
  const recordInPerson = () =>
    run(async () => {
      let picked
      try {
        picked = await pickMaterials('photo', 1)
      } catch (e) {
        if (e instanceof MediaError && e.cancelled) return
        throw e
      }
      const f = picked[0]
      const ref = await getApi().uploadFile({ path: f.path, name: f.name, mime: f.mime, size: f.size, purpose: 'material' })
      await getApi().recordInPersonAuthorisation(a.id, ref.fileId)
    })
  return (
    <CellGroup title={`${a.matterName} · ${a.residentMasked}`}>
      <Cell title={a.statusLabel} description={`${a.place === 'home' ? '上门' : '窗口'} · 帮办人 ${a.helper}`} />
      {error ? <View className='onething__error' {...a11y('alert')}>{error}</View> : null}
      {mine && a.status === 'awaiting-resident' && !a.residentHasPhone ? (
        <AppButton variant='secondary' onClick={() => void recordInPerson()}>
          居民没有手机：拍照登记现场授权书
        </AppButton>
      ) : null}
      {mine && (a.status === 'expired' || a.status === 'declined') ? (
        <AppButton variant='secondary' onClick={() => void run(() => getApi().resendAssist(a.id))}>
          重新发给居民确认
        </AppButton>
      ) : null}
      {!mine && a.status === 'awaiting-review' ? (
        <View className='benefit__actions'>
          <AppButton onClick={() => void run(() => getApi().reviewInPersonAuthorisation(a.id, { approve: true }))}>复核通过并提交</AppButton>
          <AppButton variant='secondary' onClick={() => void run(() => getApi().reviewInPersonAuthorisation(a.id, { approve: false, reason: '授权书看不清或签名不全' }))}>
            退回帮办人
          </AppButton>
        </View>
      ) : null}
    </CellGroup>
  )
}
