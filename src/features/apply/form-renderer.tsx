/**
 * The form engine's renderer: ONE component draws any FormDefinition — fields, material
 * slots and the 承诺书 — from data. Autofilled facts carry a source badge; locked ones are
 * shown, not editable; what the record lacks is editable with the engine's note.
 */
import { Input, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { AutofillResult } from '@/domain/matters/engine'
import { fieldOptions, PLEDGE_KEY, visibleFields, visibleMaterials } from '@/domain/matters/engine'
import type { FieldDef, FieldValue, FormDefinition, FormValues, MaterialSlot } from '@/domain/matters/types'
import type { ResidentProfile } from '@/domain/identity/profile'
import { formatDateCn } from '@/domain/time/china-time'
import { MEDIA_DENIED_MESSAGE } from '@/platform/media-types'
import type { DraftFile } from '@/stores/drafts-store'
import { FileThumb } from '@/features/files'
import { a11y, AppButton, ChoicePicker, DatePicker, FormField, ProgressBar, Section, StatusTag, SwitchRow } from '@/ui'
import { SettingsFix } from '@/ui/settings-fix'
import { TOLERANCE_EXPLAINED } from './labels'
import './guide.css'
import './apply.css'

export interface FormRendererProps {
  def: FormDefinition
  values: FormValues
  autofill: AutofillResult
  profile: ResidentProfile | null
  errors: Record<string, string>
  materials: Record<string, DraftFile[]>
  materialErrors: Record<string, string>
  today: string
  onChange(key: string, value: FieldValue): void
  onBlur(key: string): void
  /** picks, compresses and uploads files for a slot; resolves with the error to show, or null */
  onAddMaterial(slot: MaterialSlot, onProgress: (pct: number) => void): Promise<string | null>
  onRemoveMaterial(slotKey: string, fileId: string): void
}

/** The renderer's state as both application hooks hold it (single matter and 一件事 bundle). */
export type FormRendererState = Omit<FormRendererProps, 'def' | 'autofill'>

/** Picks exactly the renderer's props from an application's state: `<FormRenderer {...formProps(def, autofill, app)} />`. */
export function formProps(def: FormDefinition, autofill: AutofillResult, app: FormRendererState): FormRendererProps {
  return {
    def,
    autofill,
    values: app.values,
    profile: app.profile,
    errors: app.errors,
    materials: app.materials,
    materialErrors: app.materialErrors,
    today: app.today,
    onChange: app.onChange,
    onBlur: app.onBlur,
    onAddMaterial: app.onAddMaterial,
    onRemoveMaterial: app.onRemoveMaterial,
  }
}

const str = (v: FieldValue): string =>
  v === undefined || v === null ? '' : Array.isArray(v) ? v.join('、') : String(v)

/** true when the resident types this field on a keyboard (not filled from the record). */
export function isToType(field: FieldDef, autofill: AutofillResult): boolean {
  return field.typed && !(field.key in autofill.sources)
}

export function FormRenderer(props: FormRendererProps) {
  const { def, values } = props
  return (
    <View className='apply-form'>
      {visibleFields(def, values).map((f) => (
        <FieldRow key={f.key} field={f} {...props} />
      ))}
      {visibleMaterials(def, values).length > 0 ? (
        <Section title='上传材料' className='apply-materials'>
          {visibleMaterials(def, values).map((slot) => (
            <MaterialRow key={slot.key} slot={slot} {...props} />
          ))}
        </Section>
      ) : null}
      {def.pledge ? <PledgeBlock {...props} /> : null}
    </View>
  )
}

function SourceBadge({ source, locked }: { source: string; locked: boolean }) {
  return (
    <View className='apply-source'>
      <StatusTag label={`来自${source}`} tone='info' />
      {locked ? (
        <View className='apply-source__lock'>政府记录，不能修改</View>
      ) : (
        <View className='apply-source__lock'>可以修改</View>
      )}
    </View>
  )
}

function FieldRow({
  field,
  values,
  autofill,
  profile,
  errors,
  today,
  onChange,
  onBlur,
}: FormRendererProps & { field: FieldDef }) {
  const source = autofill.sources[field.key]
  const note = autofill.notes[field.key]
  const help = [note, field.help].filter(Boolean).join('。')
  const v = values[field.key]
  const locked = Boolean(source?.locked)
  const typed = isToType(field, autofill)
  return (
    <View
      className={`apply-field apply-field--${field.type}${typed ? ' apply-field--typed' : ''}`}
      id={`field-${field.key}`}
    >
      <FormField label={field.label} required={field.required} help={help || undefined} error={errors[field.key]}>
        {source ? <SourceBadge source={source.source} locked={locked} /> : null}
        {locked ? (
          <View className='apply-locked'>
            {field.type === 'picker' ? (field.options?.find((o) => o.value === v)?.label ?? str(v)) : str(v)}
          </View>
        ) : (
          <Control field={field} value={v} profile={profile} today={today} onChange={onChange} onBlur={onBlur} />
        )}
      </FormField>
    </View>
  )
}

function Control({
  field,
  value,
  profile,
  today,
  onChange,
  onBlur,
}: {
  field: FieldDef
  value: FieldValue
  profile: ResidentProfile | null
  today: string
  onChange(key: string, value: FieldValue): void
  onBlur(key: string): void
}) {
  const key = field.key
  const placeholder = field.placeholder ?? `请填写${field.label}`
  switch (field.type) {
    case 'text':
    case 'name':
    case 'address':
    case 'id-number':
    case 'phone':
    case 'number':
      return (
        <View className='apply-input-row'>
          <Input
            className='apply-input'
            value={str(value)}
            type={
              field.type === 'number'
                ? 'digit'
                : field.type === 'phone'
                  ? 'number'
                  : field.type === 'id-number'
                    ? 'idcard'
                    : 'text'
            }
            // names and other text are never cut silently: the field's rule says how long is too long
            maxlength={field.type === 'phone' ? 11 : field.type === 'id-number' ? 18 : -1}
            placeholder={placeholder}
            placeholderClass='apply-input__placeholder'
            ariaLabel={field.label}
            onInput={(e) => onChange(key, e.detail.value)}
            onBlur={() => onBlur(key)}
          />
          {field.unit ? <View className='apply-input__unit'>{field.unit}</View> : null}
        </View>
      )
    case 'textarea':
      return (
        <Textarea
          className='apply-textarea'
          value={str(value)}
          placeholder={placeholder}
          maxlength={500}
          onInput={(e) => onChange(key, e.detail.value)}
          onBlur={() => onBlur(key)}
        />
      )
    case 'date': {
      const notFuture = field.validate?.some((s) => s.kind === 'date-not-future')
      return (
        <DatePicker
          label={field.label}
          value={typeof value === 'string' ? value : null}
          initial={today}
          end={notFuture ? today : undefined}
          format={formatDateCn}
          onChange={(date) => {
            onChange(key, date)
            onBlur(key)
          }}
        />
      )
    }
    case 'picker':
    case 'dog-picker':
    case 'household-member': {
      const options = fieldOptions(field, profile)
      if (options.length === 0) {
        return (
          <View className='apply-empty-note'>
            {field.type === 'dog-picker' ? '您家还没有登记过犬只' : '没有可选的家庭成员'}
          </View>
        )
      }
      if (field.type === 'household-member' && field.multiple) {
        const picked = Array.isArray(value) ? value : []
        return (
          <View className='apply-checks'>
            {options.map((o) => {
              const on = picked.includes(o.value)
              return (
                <SwitchRow
                  key={o.value}
                  label={o.label}
                  checked={on}
                  onChange={(next) => onChange(key, next ? [...picked, o.value] : picked.filter((x) => x !== o.value))}
                />
              )
            })}
          </View>
        )
      }
      return (
        <ChoicePicker
          label={field.label}
          options={options}
          value={typeof value === 'string' ? value : null}
          onChange={(next) => {
            onChange(key, next)
            onBlur(key)
          }}
        />
      )
    }
    case 'switch':
      return <SwitchRow label={field.label} checked={value === true} onChange={(next) => onChange(key, next)} />
  }
}

const kb = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(n / 1024))}KB`

function MaterialRow({
  slot,
  materials,
  materialErrors,
  onAddMaterial,
  onRemoveMaterial,
}: FormRendererProps & { slot: MaterialSlot }) {
  const files = materials[slot.key] ?? []
  const [progress, setProgress] = useState<number | null>(null)
  const [localError, setLocalError] = useState<string | null>(null)
  const full = files.length >= slot.max
  const add = async () => {
    setLocalError(null)
    setProgress(0)
    try {
      const err = await onAddMaterial(slot, setProgress)
      setLocalError(err)
    } finally {
      setProgress(null)
    }
  }
  const what = slot.kind === 'photo' ? '照片' : slot.kind === 'pdf' ? 'PDF 文件' : '照片或 PDF 文件'
  return (
    <View className='apply-material' id={`material-${slot.key}`}>
      <FormField
        label={slot.label}
        required={slot.required && !slot.tolerance}
        help={slot.help}
        error={localError ?? materialErrors[slot.key]}
      >
        {slot.tolerance ? (
          <View className='apply-tolerance'>
            <StatusTag label={slot.tolerance} tone='warning' />
            <View className='apply-tolerance__text'>{TOLERANCE_EXPLAINED[slot.tolerance]}</View>
          </View>
        ) : null}
        {files.map((f, i) => (
          <View key={f.fileId} className='apply-file'>
            {f.kind === 'pdf' ? null : <FileThumb file={f} group={files} size='s' label={`${slot.label} ${i + 1}`} />}
            <View className='apply-file__name'>
              {f.kind === 'pdf' ? `PDF：${f.name}（${kb(f.size)}）已上传` : `第${i + 1}张已上传`}
            </View>
            <View
              className='apply-file__remove'
              onClick={() => onRemoveMaterial(slot.key, f.fileId)}
              {...a11y('button', { label: `删除${f.name}` })}
            >
              删除
            </View>
          </View>
        ))}
        {localError === MEDIA_DENIED_MESSAGE ? (
          <SettingsFix what='相机和相册' scope='scope.camera' onBack={(allowed) => allowed && setLocalError(null)} />
        ) : null}
        {progress !== null ? <ProgressBar value={progress} label='正在压缩并上传' /> : null}
        <AppButton
          variant='secondary'
          disabled={full}
          disabledReason={full ? `最多上传 ${slot.max} 个，已经传满了` : undefined}
          loading={progress !== null}
          onClick={() => void add()}
          ariaLabel={`上传${slot.label}`}
        >
          {files.length ? `再传一个${what}` : `上传${what}`}
        </AppButton>
      </FormField>
    </View>
  )
}

function PledgeBlock({ def, values, errors, onChange }: FormRendererProps) {
  const pledge = def.pledge
  if (!pledge) return null
  const accepted = values[PLEDGE_KEY] === true
  return (
    <Section title={pledge.title} className='apply-pledge'>
      <View className='apply-pledge__text'>
        {pledge.text.split('\n').map((line, i) => (
          <View key={i} className='apply-pledge__line'>
            {line}
          </View>
        ))}
      </View>
      <View id={`field-${PLEDGE_KEY}`}>
        <FormField label='确认承诺' required error={errors[PLEDGE_KEY]}>
          <SwitchRow label='我已阅读并承诺遵守' checked={accepted} onChange={(next) => onChange(PLEDGE_KEY, next)} />
        </FormField>
      </View>
    </Section>
  )
}
