/** 我的: 帮办待您确认 — a worker prepared an application for the resident; it waits for their 同意. Main package (the review page is in packages/one-thing). */
import Taro from '@tarojs/taro'
import { formatMonthDayTime } from '@/domain/time/china-time'
import { useSession } from '@/features/identity'
import { Cell, CellGroup } from '@/ui'
import { useMyAssistRequests } from './api/get-assists'
import { assistUrl } from './urls'

/** 我的: 帮办待您确认 (renders nothing when none waits). */
export function AssistNotices() {
  const { verified } = useSession()
  const state = useMyAssistRequests(verified)
  const waiting = (state.data ?? []).filter((a) => a.status === 'awaiting-resident')
  if (!verified || waiting.length === 0) return null
  return (
    <CellGroup title='帮办待您确认'>
      {waiting.map((a) => (
        <Cell
          key={a.id}
          title={`${a.helper}帮您填写了「${a.matterName}」`}
          description={`请在 ${formatMonthDayTime(a.expiresAt)} 前查看并确认`}
          arrow
          onClick={() => void Taro.navigateTo({ url: assistUrl(a.id) })}
        />
      ))}
    </CellGroup>
  )
}
