import { Input, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { getApi, isApiError, type CaseDetail, type FileRef } from '@/api'
import { sendViaOutbox } from '@/features/outbox'
import { appToday } from '@/lib/app-clock'
import { newKey } from '@/lib/ids'
import { errorMessage } from '@/lib/error-message'
import { MEDIA_DENIED_MESSAGE, MediaError, pickMaterials } from '@/platform/media'
import { formatDateCn } from '@/domain/time/china-time'
import { AppButton, ChoicePicker, DatePicker, FormField } from '@/ui'
import { SettingsFix } from '@/ui/settings-fix'
import { FileThumb } from '@/features/files'
import { fieldsOf, formatValue } from './case-format'
import './cases.css'

export interface SupplementEditorProps {
  c: CaseDetail
  /** after a successful resubmission, or a 409 (someone else changed the case) */
  onDone(next: CaseDetail | null, message?: string): void
}

type Draft = { values: Record<string, string>; files: Record<string, FileRef[]> }

/**
 * 补正: only what the worker flagged, each with its own control and its own error; the draft
 * survives a failed submit, and a retry reuses the idempotency key so it cannot file twice.
 */
export function SupplementEditor({ c, onDone }: SupplementEditorProps) {
  const items = c.supplement?.items ?? []
  const { fields, materials } = fieldsOf(c.matterId)
  const [draft, setDraft] = useState<Draft>({ values: {}, files: {} })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | undefined>()
  const key = useRef(newKey('supplement'))

  const setValue = (k: string, v: string) => {
    setDraft((d) => ({ ...d, values: { ...d.values, [k]: v } }))
    setErrors((e) => ({ ...e, [k]: '' }))
  }

  const addFiles = async (k: string) => {
    const slot = materials.find((m) => m.key === k)
    setBusy(k)
    try {
      const picked = await pickMaterials(
        slot?.kind ?? 'photo-or-pdf',
        Math.max(1, (slot?.max ?? 3) - (draft.files[k]?.length ?? 0)),
      )
      const refs: FileRef[] = []
      for (const f of picked)
        refs.push(await getApi().uploadFile({ path: f.path, name: f.name, mime: f.mime, size: f.size, purpose: 'material' }))
      setDraft((d) => ({ ...d, files: { ...d.files, [k]: [...(d.files[k] ?? []), ...refs].slice(0, slot?.max ?? 3) } }))
      setErrors((e) => ({ ...e, [k]: '' }))
    } catch (e) {
      if (!(e instanceof MediaError && e.cancelled))
        setErrors((x) => ({ ...x, [k]: `⚠ ${e instanceof MediaError ? e.message : errorMessage(e, '没有上传成功，请再试一次')}` }))
    } finally {
      setBusy(null)
    }
  }

  const removeFile = (k: string, fileId: string) =>
    setDraft((d) => ({ ...d, files: { ...d.files, [k]: (d.files[k] ?? []).filter((f) => f.fileId !== fileId) } }))

  const submit = async () => {
    const missing: Record<string, string> = {}
    for (const k of items) {
      const isMaterial = materials.some((m) => m.key === k) || !fields.some((f) => f.key === k)
      const filled = isMaterial ? (draft.files[k]?.length ?? 0) > 0 : (draft.values[k] ?? '').trim() !== ''
      if (!filled) missing[k] = isMaterial ? '⚠ 请重新上传这项材料' : '⚠ 请重新填写这一项'
    }
    setErrors(missing)
    if (Object.keys(missing).length) {
      setFormError('还有工作人员指出的内容没有补充，请看标红的地方')
      return
    }
    setFormError(undefined)
    setBusy('submit')
    try {
      const values: Record<string, unknown> = {}
      const mats: Record<string, string[]> = {}
      for (const k of items) {
        if (draft.files[k]?.length) mats[k] = draft.files[k].map((f) => f.fileId)
        else {
          const field = fields.find((f) => f.key === k)
          const raw = draft.values[k]?.trim() ?? ''
          values[k] = field?.type === 'number' && raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw
        }
      }
      // through the outbox: kept and resent with the same key when the network fails
      const next = await sendViaOutbox({
        id: key.current,
        label: `补正：${c.title}`,
        call: { op: 'supplementCase', args: [c.id, { version: c.version, values, materials: mats, idempotencyKey: key.current }] },
      })
      onDone(next, '补正材料已提交')
    } catch (e) {
      if (isApiError(e) && e.status === 409) {
        onDone(null, '这件事刚有新进展，已为您刷新，请看一下再补充')
        return
      }
      const fe = isApiError(e) ? (e.fieldErrors ?? {}) : {}
      setErrors(Object.fromEntries(Object.entries(fe).map(([k, v]) => [k.replace(/^materials\./, ''), `⚠ ${v}`])))
      setFormError(errorMessage(e, '没有提交成功，您填的内容还在，请再试一次'))
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className='supplement'>
      {items.map((k) => {
        const field = fields.find((f) => f.key === k)
        const slot = materials.find((m) => m.key === k)
        const label = field?.label ?? slot?.label ?? k
        if (slot || !field) {
          const files = draft.files[k] ?? []
          return (
            <FormField key={k} label={label} required help={slot?.help} error={errors[k] || undefined}>
              {(c.materials[k] ?? []).length ? (
                <View className='supplement__old'>
                  原来上传的：{(c.materials[k] ?? []).map((f) => f.name).join('、')}（需要换掉）
                </View>
              ) : null}
              {files.map((f, i) => (
                <View key={f.fileId} className='supplement__file'>
                  {f.mime.startsWith('image/') ? <FileThumb file={f} group={files} size='s' label={`${label} ${i + 1}`} /> : null}
                  <View className='supplement__file-name'>✓ {f.mime.startsWith('image/') ? `第${i + 1}张已上传` : f.name}</View>
                  <View className='supplement__remove' onClick={() => removeFile(k, f.fileId)}>
                    删除
                  </View>
                </View>
              ))}
              {errors[k]?.includes(MEDIA_DENIED_MESSAGE) ? (
                <SettingsFix what='相机和相册' scope='scope.camera' onBack={(ok) => ok && setErrors((x) => ({ ...x, [k]: '' }))} />
              ) : null}
              <AppButton variant='secondary' block loading={busy === k} onClick={() => void addFiles(k)}>
                {files.length ? '再加一份' : '拍照或选择文件'}
              </AppButton>
            </FormField>
          )
        }
        const value = draft.values[k] ?? ''
        return (
          <FormField key={k} label={label} required help={field.help} error={errors[k] || undefined}>
            <View className='supplement__old'>原来填的：{formatValue(field, c.values[k])}</View>
            {field.type === 'date' ? (
              <DatePicker
                label={label}
                value={value || null}
                initial={String(c.values[k] ?? '') || appToday()}
                format={formatDateCn}
                placeholder='请选择日期'
                onChange={(date) => setValue(k, date)}
              />
            ) : field.type === 'picker' && field.options?.length ? (
              <ChoicePicker
                label={label}
                options={field.options}
                value={value || null}
                placeholder='请选择'
                onChange={(next) => setValue(k, next)}
              />
            ) : (
              <Input
                className='app-input'
                type={field.type === 'number' ? 'digit' : 'text'}
                value={value}
                placeholder={field.placeholder ?? `请重新填写${label}`}
                onInput={(e) => setValue(k, e.detail.value)}
              />
            )}
          </FormField>
        )
      })}
      {formError ? <View className='supplement__error'>⚠ {formError}</View> : null}
      <View className='supplement__actions'>
        <AppButton
          block
          loading={busy === 'submit'}
          disabled={busy !== null && busy !== 'submit'}
          disabledReason='正在上传材料，请稍等'
          onClick={() => void submit()}
        >
          提交补正材料
        </AppButton>
      </View>
    </View>
  )
}
