import { Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { getApi, isApiError, type CaseDetail } from '@/api'
import { errorMessage } from '@/lib/error-message'
import { AppButton, ConfirmDialog, FormField } from '@/ui'
import './cases.css'

/** 撤回: only before a worker takes the case on; asks why, then confirms (it cannot be undone). */
export function WithdrawPanel({
  c,
  onDone,
}: {
  c: CaseDetail
  onDone(next: CaseDetail | null, message?: string): void
}) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [asking, setAsking] = useState(false)

  if (!open) {
    return (
      <View className='supplement__actions'>
        <AppButton variant='secondary' block onClick={() => setOpen(true)}>
          撤回申请
        </AppButton>
      </View>
    )
  }

  const submit = async () => {
    if ([...reason.trim()].length < 2) {
      setError('⚠ 请写一下撤回的原因，例如：不需要办了')
      return
    }
    setAsking(true)
  }

  const withdraw = async () => {
    setAsking(false)
    setBusy(true)
    try {
      onDone(await getApi().withdrawCase(c.id, { version: c.version, reason: reason.trim() }), '已撤回')
    } catch (e) {
      if (isApiError(e) && e.status === 409) onDone(null, '这件事刚有新进展，已为您刷新')
      else setError(`⚠ ${errorMessage(e, '没有撤回成功，请再试一次')}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='withdraw'>
      <FormField label='撤回原因' required error={error}>
        <Textarea
          className='app-input rating__reason'
          value={reason}
          maxlength={100}
          placeholder='例如：不需要办了 / 填错了要重新申请'
          onInput={(e) => {
            setReason(e.detail.value)
            setError(undefined)
          }}
        />
      </FormField>
      <View className='supplement__actions'>
        <AppButton variant='danger' block loading={busy} onClick={() => void submit()}>
          确认撤回
        </AppButton>
        <AppButton variant='secondary' block onClick={() => setOpen(false)}>
          不撤回了
        </AppButton>
      </View>
      <ConfirmDialog
        open={asking}
        title='确定撤回吗？'
        message='撤回后这件事就不再办理了，需要时可以重新申请。'
        confirmLabel='确定撤回'
        cancelLabel='再想想'
        danger
        onConfirm={() => void withdraw()}
        onCancel={() => setAsking(false)}
      />
    </View>
  )
}
