/**
 * 诉求 tab: the two ways to reach the community (微诉求, 随手拍), 我的诉求 and 社区动态.
 * Coming from the home page's 随手拍 / 微诉求 (switchTab takes no query), the intent the home
 * page left in the prefs store puts that card first and opens it.
 */
import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { usePrefsStore, type ComplaintIntent } from '@/stores/prefs-store'
import { AppButton, Cell, CellGroup, Screen, Section } from '@/ui'
import { MyComplaints } from './my-complaints'
import { COMPLAINT_URLS } from './urls'
import './tab-screen.css'

interface Kind {
  id: ComplaintIntent
  title: string
  what: string
  action: string
  url: string
}

const KINDS: readonly Kind[] = [
  {
    id: 'complaint',
    title: '微诉求',
    what: '有什么事想让社区知道、帮忙解决，写几句话告诉我们。每一件都会有人回复，能随时看到办到哪一步了。',
    action: '提个微诉求',
    url: COMPLAINT_URLS.complaint,
  },
  {
    id: 'snap',
    title: '随手拍',
    what: '路灯坏了、垃圾没清、井盖松了……拍张照片，说清在哪里，社区派人去处理。',
    action: '随手拍',
    url: COMPLAINT_URLS.snap,
  },
]

const open = (url: string) => void Taro.navigateTo({ url })

/** The 诉求 tab's content: the two ways in (the chosen one first), 社区动态 and 我的诉求. */
export function ComplaintsTabScreen() {
  const take = usePrefsStore((s) => s.takeComplaintIntent)
  const [intent, setIntent] = useState<ComplaintIntent | null>(null)
  // the home page's intent is read once: on mount, and each time the tab shows again
  const readIntent = () => {
    const next = take()
    if (!next) return
    setIntent(next)
    // the resident already chose on the home page: go straight there (the tab stays underneath)
    open(next === 'snap' ? COMPLAINT_URLS.snap : COMPLAINT_URLS.complaint)
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
          <AppButton block onClick={() => open(k.url)}>
            {k.action}
          </AppButton>
        </Section>
      ))}
      <CellGroup>
        <Cell title='社区动态' description='邻居们最近反映的问题和处理进展' onClick={() => open(COMPLAINT_URLS.board)} />
      </CellGroup>
      <Section title='我的诉求'>
        <MyComplaints />
      </Section>
      <View className='complaints__note'>急事请直接到社区窗口或拨打社区电话。</View>
    </Screen>
  )
}
