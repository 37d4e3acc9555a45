/**
 * What the outbox holds, said honestly: an offline banner, and in 我的 the submissions that are
 * 待发送 / 发送中 / 未成功 and the last ones 已送达. 重新发送 tries now; nothing here claims a
 * submission arrived before the server acknowledged it.
 */
import { View } from '@tarojs/components'
import { OUTBOX_STATE_LABELS } from '@/api/outbox'
import { getOutbox, useOnline, useOutboxEntries } from '@/stores/outbox-store'
import { AppButton, Cell, CellGroup, a11y } from '@/ui'
import './outbox.css'

export function OfflineBanner() {
  const online = useOnline()
  const waiting = useOutboxEntries().filter((e) => e.state === 'pending' || e.state === 'sending').length
  if (online && !waiting) return null
  return (
    <View className='offline-banner' {...a11y('status')}>
      {online ? `有 ${waiting} 件待发送，正在重试` : `没有网络：提交的内容先存在手机上，联网后自动发送${waiting ? `（待发送 ${waiting} 件）` : ''}`}
    </View>
  )
}

export function OutboxList() {
  const entries = useOutboxEntries()
  if (!entries.length) return null
  const open = entries.filter((e) => e.state !== 'delivered')
  const done = entries.filter((e) => e.state === 'delivered').slice(-3)
  return (
    <CellGroup title='发送情况'>
      {[...open, ...done].map((e) => (
        <Cell key={e.id} title={e.label} value={OUTBOX_STATE_LABELS[e.state]} description={e.state === 'delivered' ? undefined : e.error} />
      ))}
      {open.some((e) => e.state === 'pending') ? (
        <View className='outbox__retry'>
          <AppButton variant='secondary' block onClick={() => void getOutbox().drain()}>
            现在重新发送
          </AppButton>
        </View>
      ) : null}
    </CellGroup>
  )
}
