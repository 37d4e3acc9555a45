/**
 * 体验版 only: the tester chooses what WeChat's camera step would report; the fake WeChat
 * records it and the server's confirm decides the result. Required only inside a mock-mode
 * branch of verify-screen.tsx, so release builds never contain it.
 */
import { View } from '@tarojs/components'
import type { FaceOutcome } from '@/api'
import { AppButton } from '@/ui'
import { ChoiceList } from '../screens/choice-list'

const OUTCOMES: Array<{ value: FaceOutcome; label: string }> = [
  { value: 'pass', label: '通过（本人）' },
  { value: 'mismatch', label: '不是本人' },
  { value: 'cancelled', label: '中途取消' },
  { value: 'timeout', label: '超时' },
  { value: 'unsupported', label: '设备不支持' },
]

export function FaceSimPanel(props: {
  outcome: FaceOutcome
  onOutcome(o: FaceOutcome): void
  busy: boolean
  onDone(): void
}) {
  return (
    <View className='idn__card'>
      <View className='idn__title'>模拟刷脸（体验版）</View>
      <View className='idn__note'>体验版没有接入微信人脸核验。请选择这次“刷脸”的结果，结果由服务器判定：</View>
      <ChoiceList label='刷脸结果' choices={OUTCOMES} value={props.outcome} onChange={(v) => props.onOutcome(v as FaceOutcome)} />
      <View className='idn__actions'>
        <AppButton block loading={props.busy} onClick={props.onDone}>
          完成刷脸
        </AppButton>
      </View>
    </View>
  )
}
