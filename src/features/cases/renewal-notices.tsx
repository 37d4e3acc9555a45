import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Notice } from '@/api'
import { useSession } from '@/features/identity'
import { canSubscribe, requestSubscription } from '@/platform/subscribe'
import { AppButton, a11y } from '@/ui'
import { useNotices } from './api/get-cases'
import { paths } from '@/routes'
import './notices.css'

export function openNoticeMatter(n: Notice): void {
  void Taro.navigateTo({ url: paths.matter.url(n.matterId) })
}

/**
 * 犬证年检 reminders for the signed-in, verified resident (within 30 days of expiry, or
 * expired). Renders nothing otherwise, so it can sit on 首页 and 我的办件 without noise.
 */
export function RenewalNotices() {
  const { verified } = useSession()
  const state = useNotices(verified)
  const [subscribed, setSubscribed] = useState<string | null>(null)
  const notices = state.data ?? []
  if (!verified || notices.length === 0) return null

  const subscribe = async () => {
    const r = await requestSubscription('cert-expiry')
    setSubscribed(r === 'accepted' ? '好的，到期前会在微信里提醒您' : '没有开启微信提醒，您也可以随时在这里查看')
  }

  return (
    <View className='notices'>
      {notices.map((n) => (
        <View key={n.id} className={`notice ${n.daysLeft < 0 ? 'notice--expired' : ''}`} {...a11y('alert')}>
          <View className='notice__title'>⏰ {n.title}</View>
          <View className='notice__body'>{n.body}</View>
          <AppButton block onClick={() => openNoticeMatter(n)}>
            去办理犬只年检
          </AppButton>
        </View>
      ))}
      {canSubscribe('cert-expiry') ? (
        subscribed ? (
          <View className='notice__hint'>{subscribed}</View>
        ) : (
          <AppButton block variant='secondary' onClick={() => void subscribe()}>
            到期前在微信里提醒我
          </AppButton>
        )
      ) : null}
    </View>
  )
}
