/**
 * The one generic action form: inputs rendered from the transition's requires/optional data,
 * client validation with the same words as the server, server fieldErrors shown next to the
 * field, and one idempotency key per opened sheet (a double tap or retry acts once).
 */
import { Input, Textarea, View } from '@tarojs/components'
import { useMemo, useRef, useState } from 'react'
import { isApiError, type CaseDetail, type User } from '@/api'
import { sendViaOutbox } from '@/features/outbox'
import { templatesFor } from '@/domain/cases/reply-templates'
import { findMatter } from '@/domain/matters/catalog'
import { errorMessage } from '@/lib/error-message'
import { newKey } from '@/lib/ids'
import { a11y, AppButton, Chip, ChipGroup, FormField } from '@/ui'
import {
  actionInputs,
  actionLabel,
  toActionBody,
  transitionFor,
  validateActionInput,
  type ActionValues,
  type FormItemOption,
} from './action-form'
import { useReplyStore, type OwnTemplate } from './reply-store'

const NO_TEMPLATES: OwnTemplate[] = []

export interface ActionSheetProps {
  detail: CaseDetail
  user: User
  action: string
  today: string
  supplementOptions: FormItemOption[]
  onDone(next: CaseDetail): void
  /** 409: someone else changed the case; the page reloads it */
  onConflict(message: string): void
  onCancel(): void
}

export function ActionSheet({
  detail,
  user,
  action,
  today,
  supplementOptions,
  onDone,
  onConflict,
  onCancel,
}: ActionSheetProps) {
  const def = transitionFor(detail.kind, detail.status, user.role, action)
  const inputs = useMemo(
    () => (def ? actionInputs(def, detail.kind, supplementOptions) : []),
    [def, detail.kind, supplementOptions],
  )
  const [values, setValues] = useState<ActionValues>(() =>
    action === 'add-note' ? { visibility: 'internal' } : ({} as ActionValues),
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)
  const key = useRef(newKey(`act-${action}`))
  const scope = detail.kind === 'application' ? 'application' : (detail.categoryId ?? '*')
  const certificate = (detail.matterId ? findMatter(detail.matterId)?.certificate : null) ?? null
  const own = useReplyStore((s) => s.byWorker[user.id]) ?? NO_TEMPLATES
  const addOwn = useReplyStore((s) => s.add)
  const removeOwn = useReplyStore((s) => s.remove)

  if (!def) return null
  const set = (field: string, v: string | string[]) => {
    setValues((s) => ({ ...s, [field]: v }))
    setErrors((e) => ({ ...e, [field]: '' }))
  }

  async function submit() {
    if (!def) return
    const found = validateActionInput(def, inputs, values, today)
    setErrors(found)
    setFormError('')
    if (Object.values(found).some(Boolean)) {
      setFormError('请先按提示补全')
      return
    }
    setBusy(true)
    try {
      // through the outbox: kept and resent with the same key when the network fails
      const next = await sendViaOutbox({
        id: key.current,
        label: `${def.label}：${detail.caseNo}`,
        call: {
          op: 'workerAct',
          args: [detail.id, { action, version: detail.version, input: toActionBody(inputs, values), idempotencyKey: key.current }],
        },
      })
      onDone(next)
    } catch (e) {
      if (isApiError(e) && e.code === 'conflict' && typeof e.details.changedBy === 'string') {
        const what =
          typeof e.details.action === 'string'
            ? actionLabel(detail.kind, detail.status, user.role, e.details.action)
            : '更新'
        onConflict(
          `这件办件刚被${e.details.changedBy}${what === '更新' ? '更新' : `做了「${what}」`}，已为您刷新，请看最新情况再操作`,
        )
        return
      }
      if (isApiError(e) && e.fieldErrors) setErrors(e.fieldErrors)
      setFormError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='worker-form' {...a11y('group', { label: def.label })}>
      <View className='worker-form__title'>{def.label}</View>
      {def.internalNote ? <View className='worker-form__hint'>说明为内部信息，居民看不到</View> : null}
      {inputs.map((i) => {
        const v = values[i.field]
        const templates =
          i.field === 'resultText' || i.field === 'note' || i.field === 'reason'
            ? [
                ...templatesFor(scope, i.field, certificate).map((t) => ({ id: t.id, text: t.text, own: false })),
                ...own
                  .filter((t) => t.field === i.field && (t.scope === scope || t.scope === '*'))
                  .map((t) => ({ id: t.id, text: t.text, own: true })),
              ]
            : []
        return (
          <FormField
            key={i.field}
            label={i.label}
            required={i.required}
            help={i.help}
            error={errors[i.field] || undefined}
          >
            {i.kind === 'choice' || i.kind === 'multi' ? (
              <ChipGroup>
                {(i.options ?? []).map((o) => {
                  const on = i.kind === 'multi' ? Array.isArray(v) && v.includes(o.value) : v === o.value
                  return (
                    <Chip
                      key={o.value}
                      label={o.label}
                      on={on}
                      onClick={() => {
                        if (i.kind === 'multi') {
                          const cur = Array.isArray(v) ? v : []
                          set(i.field, on ? cur.filter((x) => x !== o.value) : [...cur, o.value])
                        } else set(i.field, o.value)
                      }}
                    />
                  )
                })}
                {i.kind === 'multi' && !(i.options ?? []).length ? (
                  <View className='worker-form__hint'>该事项没有表单，请在“理由”里写清楚</View>
                ) : null}
              </ChipGroup>
            ) : i.kind === 'textarea' ? (
              <View>
                <Textarea
                  className='app-input worker-form__textarea'
                  value={typeof v === 'string' ? v : ''}
                  maxlength={500}
                  autoHeight
                  onInput={(e) => set(i.field, e.detail.value)}
                />
                {templates.length ? (
                  <View className='worker-reply-templates'>
                    <View className='worker-form__hint'>常用回复（点一下填入）：</View>
                    {templates.map((t) => (
                      <View key={t.id} className='worker-reply-template'>
                        <View
                          className='worker-reply-template__text'
                          onClick={() => set(i.field, t.text)}
                          {...a11y('button', { label: `填入：${t.text}` })}
                        >
                          {t.own ? '★ ' : ''}
                          {t.text}
                        </View>
                        {t.own ? (
                          <View
                            className='worker-link'
                            onClick={() => removeOwn(user.id, t.id)}
                            {...a11y('button', { label: '删除这条我的模板' })}
                          >
                            删除
                          </View>
                        ) : null}
                      </View>
                    ))}
                  </View>
                ) : null}
                {typeof v === 'string' && v.trim().length >= 5 ? (
                  <View
                    className='worker-link'
                    onClick={() => addOwn(user.id, { scope, field: i.field, text: v.trim() })}
                    {...a11y('button')}
                  >
                    存为我的常用回复
                  </View>
                ) : null}
              </View>
            ) : (
              <Input
                className='app-input'
                value={typeof v === 'string' ? v : ''}
                placeholder={i.kind === 'date' ? '2026-12-01' : ''}
                onInput={(e) => set(i.field, e.detail.value)}
              />
            )}
          </FormField>
        )
      })}
      {formError ? (
        <View className='worker__error' {...a11y('alert')}>
          ⚠ {formError}
        </View>
      ) : null}
      <View className='worker-form__buttons'>
        <AppButton
          block
          loading={busy}
          onClick={() => void submit()}
          variant={action === 'reject' ? 'danger' : 'primary'}
        >
          确认{def.label}
        </AppButton>
        <AppButton block variant='secondary' onClick={onCancel}>
          取消
        </AppButton>
      </View>
    </View>
  )
}
