/** 我的 → 走流程 (testers and community leaders, mock and demo builds): on, notes, 结束并生成报告. */
import { Input, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { AppButton, Section, SwitchRow, a11y } from '@/ui'
import { addNote, isRecording, onRecorderChange, recording, startRecording, stopRecording } from './recorder'
import { paths } from '@/routes'
import './walkthrough.css'

export const WALKTHROUGH_REPORT_URL = paths.oneThing.walkthrough.path

export function WalkthroughPanel() {
  const [, setTick] = useState(0)
  const [note, setNote] = useState('')
  useEffect(() => onRecorderChange(() => setTick((n) => n + 1)), [])
  const on = isRecording()
  const r = recording()
  return (
    <Section title='走流程（测试与体验）'>
      <SwitchRow
        label='走流程'
        description='记录走一遍流程：页面、每步用时、手动输入、报错、返回和您的记录'
        checked={on}
        onChange={(next) => (next ? startRecording() : stopRecording())}
      />
      {on && r ? (
        <View className='walkthrough'>
          <View {...a11y('status')}>
            正在记录：已走过 {r.visits.length} 个页面，遇到 {r.errors.length} 处报错，记了 {r.notes.length} 条
          </View>
          <Input className='walkthrough__note' value={note} placeholder='哪里卡住了？写下来' onInput={(e) => setNote(e.detail.value)} />
          <AppButton
            variant='secondary'
            onClick={() => {
              addNote(note)
              setNote('')
            }}
          >
            记下来
          </AppButton>
          <AppButton
            onClick={() => {
              stopRecording()
              void Taro.navigateTo({ url: WALKTHROUGH_REPORT_URL })
            }}
          >
            结束并生成报告
          </AppButton>
        </View>
      ) : r ? (
        <AppButton variant='secondary' onClick={() => void Taro.navigateTo({ url: WALKTHROUGH_REPORT_URL })}>
          查看上次的报告
        </AppButton>
      ) : null}
    </Section>
  )
}
