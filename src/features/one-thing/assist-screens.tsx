/**
 * 帮办 on the resident's side (the notice in 我的 is assist-notices.tsx): the review page — what
 * was filled in (masked), by whom — with 同意 (submits it as theirs; the case records the 帮办人
 * and the authorisation) or 不同意.
 */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { getApi, isApiError } from '@/api'
import { caseDetailUrl } from '@/features/cases'
import { AppButton, BottomBar, Cell, CellGroup, EmptyState, LoadingState, Screen, a11y } from '@/ui'
import { useMyAssistRequests } from './api/get-assists'
import './one-thing.css'

export function AssistReviewScreen({ id }: { id: string }) {
  const state = useMyAssistRequests()
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [declined, setDeclined] = useState(false)
  const a = (state.data ?? []).find((x) => x.id === id)
  if (state.isPending) return <Screen><LoadingState rows={4} label='正在打开…' /></Screen>
  if (!a) return <Screen><EmptyState title='没有找到这件帮办' description='可能已经过期或已处理，请联系社区工作人员' /></Screen>

  const authorise = async () => {
    setSending(true)
    try {
      const c = await getApi().authoriseAssist(a.id)
      void Taro.redirectTo({ url: caseDetailUrl(c.id) })
    } catch (e) {
      setError(isApiError(e) ? e.message : '网络不太好，请稍后重试')
    } finally {
      setSending(false)
    }
  }
  const decline = async () => {
    try {
      await getApi().declineAssist(a.id)
      setDeclined(true)
    } catch (e) {
      setError(isApiError(e) ? e.message : '网络不太好，请稍后重试')
    }
  }
  const open = a.status === 'awaiting-resident' && !declined
  return (
    <Screen safeBottom={false} className='onething'>
      <View className='onething__title' {...a11y('heading', { level: 1 })}>
        {a.matterName}
      </View>
      <View className='onething__text'>
        {a.helper}在{a.place === 'home' ? '上门服务时' : '社区窗口'}帮您填写了这份申请。您同意后才会提交，提交后的办件就是您本人的申请。
      </View>
      <View className='onething__status' {...a11y('status')}>
        {declined ? '您没有同意，这份申请不会提交' : a.statusLabel}
      </View>
      {error ? <View className='onething__error' {...a11y('alert')}>{error}</View> : null}
      <CellGroup title='填写的内容'>
        {a.summary.map((l) => (
          <Cell key={l.key} title={l.label} description={l.value} />
        ))}
      </CellGroup>
      {open ? (
        <BottomBar>
          <AppButton block loading={sending} onClick={() => void authorise()}>
            同意并提交
          </AppButton>
          <AppButton block variant='secondary' onClick={() => void decline()}>
            不同意
          </AppButton>
        </BottomBar>
      ) : null}
    </Screen>
  )
}
