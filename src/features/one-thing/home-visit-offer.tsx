/**
 * 上门服务 on a matter's 办事指南: for a verified resident the backend finds eligible (age ≥ 70
 * or a disability record) — pick a slot of the next working days, 预约上门; the request lands
 * in the worker queue. Renders nothing for anyone else.
 */
import { View } from '@tarojs/components'
import { useState } from 'react'
import { getApi, isApiError } from '@/api'
import { useSession } from '@/features/identity'
import { newKey } from '@/lib/ids'
import { AppButton, ChoicePicker, Section, a11y } from '@/ui'
import { useHomeVisitSlots } from './api/get-assists'
import './one-thing.css'

export function HomeVisitOffer({ matterId }: { matterId: string }) {
  const { verified } = useSession()
  const offer = useHomeVisitSlots(verified)
  const [slot, setSlot] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [key] = useState(() => newKey('visit'))
  const o = offer.data
  if (!verified || !o || !o.eligible) return null

  const book = async () => {
    if (!slot) {
      setError('请选择上门时间')
      return
    }
    setSending(true)
    try {
      const c = await getApi().requestHomeVisit({ matterId, slot, idempotencyKey: key })
      setDone(`已预约（办件编号 ${c.caseNo}），工作人员会按约定时间上门，出发前会先打电话`)
    } catch (e) {
      setError(isApiError(e) ? e.message : '网络不太好，请稍后再试')
    } finally {
      setSending(false)
    }
  }

  return (
    <Section title='上门服务'>
      <View className='onething__text'>{o.reason}，行动不便的可以请工作人员上门帮您办。</View>
      {done ? (
        <View className='benefit__done' {...a11y('status')}>
          {done}
        </View>
      ) : (
        <View className='benefit__actions'>
          <ChoicePicker label='上门时间' options={o.slots} value={slot} onChange={(v) => { setSlot(v); setError(null) }} />
          {error ? <View className='onething__error' {...a11y('alert')}>{error}</View> : null}
          <AppButton block variant='secondary' loading={sending} onClick={() => void book()}>
            预约上门服务
          </AppButton>
        </View>
      )}
    </Section>
  )
}
