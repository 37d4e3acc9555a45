/**
 * 诉求 tab, until the complaints feature lands: says in plain words what 微诉求 and 随手拍 are
 * and where they will be. Coming from the home page's 随手拍, that card comes first.
 */
import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { usePrefsStore, type ComplaintIntent } from '@/stores/prefs-store'
import { AppButton, Screen, Section } from '@/ui'
import './index.css'

interface Kind {
  id: ComplaintIntent
  title: string
  what: string
  action: string
}

const KINDS: readonly Kind[] = [
  {
    id: 'complaint',
    title: '微诉求',
    what: '有什么事想让社区知道、帮忙解决，写几句话告诉我们。每一件都会有人回复，能随时看到办到哪一步了。',
    action: '提个微诉求',
  },
  {
    id: 'snap',
    title: '随手拍',
    what: '路灯坏了、垃圾没清、井盖松了……拍张照片，说清在哪里，社区派人去处理。',
    action: '随手拍',
  },
]

function comingSoon() {
  void Taro.showToast({ title: '即将开放', icon: 'none' })
}

export default function ComplaintsPage() {
  const take = usePrefsStore((s) => s.takeComplaintIntent)
  const [intent, setIntent] = useState<ComplaintIntent | null>(null)
  // the home page's intent is read once: on mount, and each time the tab shows again
  const readIntent = () => {
    const next = take()
    if (next) setIntent(next)
  }
  useEffect(readIntent, [take])
  useDidShow(readIntent)
  const kinds = intent === 'snap' ? [...KINDS].reverse() : KINDS

  return (
    <Screen safeBottom={false} className='complaints'>
      <View className='complaints__intro'>有事找社区，不用跑腿。下面两种方式，选一种就行。</View>
      {kinds.map((k) => (
        <Section
          key={k.id}
          title={k.title}
          className={intent === k.id ? 'complaints__kind complaints__kind--chosen' : 'complaints__kind'}
        >
          <View className='complaints__what'>{k.what}</View>
          <AppButton block onClick={comingSoon}>
            {k.action}
          </AppButton>
        </Section>
      ))}
      <View className='complaints__note'>这两项功能正在准备中。急事请直接到社区窗口或拨打社区电话。</View>
    </Screen>
  )
}
