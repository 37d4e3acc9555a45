/** 窗口代录: the clerk types the ID number from the resident's card, picks a category and writes what they said. */
import { Input, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import { getApi, isApiError } from '@/api'
import { COMPLAINT_CATEGORIES } from '@/domain/complaints/categories'
import { validateComplaintDraft } from '@/domain/complaints/validation'
import { validateIdNumber } from '@/domain/identity/id-number'
import { errorMessage } from '@/lib/error-message'
import { newKey } from '@/lib/ids'
import { a11y, AppButton, Chip, ChipGroup, FormField } from '@/ui'

export function WalkInPanel({ onClose, caseUrl }: { onClose(): void; caseUrl(id: string): string }) {
  const [idNumber, setIdNumber] = useState('')
  const [categoryId, setCategoryId] = useState('')
  const [description, setDescription] = useState('')
  const [address, setAddress] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [busy, setBusy] = useState(false)
  const key = useRef(newKey('walk-in'))
  const categories = COMPLAINT_CATEGORIES.filter((c) => c.id !== 'not-done')

  async function submit() {
    const found: Record<string, string> = {}
    const id = validateIdNumber(idNumber.trim())
    if (!id.ok) found.idNumber = id.reason
    const draft = validateComplaintDraft({ categoryId, description, photos: [], location: null, anonymous: false })
    Object.assign(found, draft.errors)
    setErrors(found)
    if (Object.keys(found).length) {
      setFormError('请先按提示补全')
      return
    }
    setBusy(true)
    setFormError('')
    try {
      const filed = await getApi().workerWalkIn({
        idNumber: idNumber.trim(),
        categoryId,
        description,
        address: address.trim() || undefined,
        idempotencyKey: key.current,
      })
      onClose()
      void Taro.navigateTo({ url: caseUrl(filed.id) })
    } catch (e) {
      if (isApiError(e)) setErrors(e.fieldErrors)
      setFormError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='worker-form' {...a11y('group', { label: '窗口代录' })}>
      <View className='worker-form__title'>窗口代录诉求</View>
      <View className='worker-form__hint'>居民到窗口反映问题时由您录入；办件记录和审计日志会写明是代录。</View>
      <FormField label='居民身份证号' required help='按居民出示的身份证录入' error={errors.idNumber}>
        <Input
          className='app-input'
          type='idcard'
          maxlength={18}
          value={idNumber}
          onInput={(e) => setIdNumber(e.detail.value)}
        />
      </FormField>
      <FormField label='问题类型' required error={errors.categoryId}>
        <ChipGroup>
          {categories.map((c) => (
            <Chip key={c.id} label={c.name} on={categoryId === c.id} onClick={() => setCategoryId(c.id)} />
          ))}
        </ChipGroup>
      </FormField>
      <FormField label='居民反映的问题' required error={errors.description}>
        <Textarea
          className='app-input worker-form__textarea'
          value={description}
          maxlength={500}
          onInput={(e) => setDescription(e.detail.value)}
        />
      </FormField>
      <FormField label='地点' help='选填，例如：凤凰大道 12 号 2 单元'>
        <Input className='app-input' value={address} onInput={(e) => setAddress(e.detail.value)} />
      </FormField>
      {formError ? (
        <View className='worker__error' {...a11y('alert')}>
          ⚠ {formError}
        </View>
      ) : null}
      <View className='worker-form__buttons'>
        <AppButton block loading={busy} onClick={() => void submit()}>
          提交代录
        </AppButton>
        <AppButton block variant='secondary' onClick={onClose}>
          取消
        </AppButton>
      </View>
    </View>
  )
}
