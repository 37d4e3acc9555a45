import { Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { isApiError, type CaseDetail } from '@/api'
import { sendViaOutbox } from '@/features/outbox'
import { RATING_LEVELS, ratingLevel, validateRating, type RatingField } from '@/domain/rating/rating'
import { errorMessage } from '@/lib/error-message'
import { AppButton, Chip, ChipGroup, FormField } from '@/ui'
import './cases.css'

/** 好差评: five levels; the two lowest need a reason (we call back about it). One rating per case. */
export function RatingForm({ c, onDone }: { c: CaseDetail; onDone(next: CaseDetail | null, message?: string): void }) {
  const [level, setLevel] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Partial<Record<RatingField, string>>>({})
  const [busy, setBusy] = useState(false)
  const [formError, setFormError] = useState<string | undefined>()
  const bad = level ? (ratingLevel(level)?.bad ?? false) : false

  const submit = async () => {
    const v = validateRating({ level, reason })
    setErrors(v.errors)
    if (!v.valid) return
    setBusy(true)
    setFormError(undefined)
    try {
      // one rating per case: the case id names the outbox entry
      onDone(
        await sendViaOutbox({
          id: `rating:${c.id}`,
          label: `评价：${c.title}`,
          call: { op: 'rateCase', args: [c.id, { level: level!, reason: reason.trim() || undefined }] },
        }),
      )
    } catch (e) {
      if (isApiError(e) && e.status === 409) onDone(null, '这件事已经评价过了')
      else setFormError(errorMessage(e, '评价没有提交成功，请再试一次'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='rating'>
      <FormField label='您对这次办事满意吗' required error={errors.level ? `⚠ ${errors.level}` : undefined}>
        <ChipGroup className='rating__levels' label='评价等级'>
          {RATING_LEVELS.map((l) => (
            <Chip
              key={l.id}
              label={l.label}
              on={level === l.id}
              onClick={() => {
                setLevel(l.id)
                setErrors({})
              }}
            />
          ))}
        </ChipGroup>
      </FormField>
      <FormField
        label={bad ? '请说说哪里不满意' : '想说的话'}
        required={bad}
        help={bad ? '我们会在 5 个工作日内给您回电话，了解情况并改进' : '选填'}
        error={errors.reason ? `⚠ ${errors.reason}` : undefined}
      >
        <Textarea
          className='app-input rating__reason'
          value={reason}
          maxlength={300}
          placeholder={bad ? '例如：等了很久没有人联系我' : '可以不填'}
          onInput={(e) => {
            setReason(e.detail.value)
            setErrors((x) => ({ ...x, reason: undefined }))
          }}
        />
      </FormField>
      {formError ? <View className='supplement__error'>⚠ {formError}</View> : null}
      <View className='supplement__actions'>
        <AppButton block loading={busy} onClick={() => void submit()}>
          提交评价
        </AppButton>
      </View>
    </View>
  )
}
