/** 我的诉求 on the 诉求 tab: the resident's complaints, newest first, with status in words. */
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { formatDate } from '@/domain/time/china-time'
import { useSession } from '@/features/identity'
import { errorMessage } from '@/lib/error-message'
import { Cell, CellGroup, ErrorState, LoadingState, StatusTag } from '@/ui'
import { useMyComplaints } from './api/get-complaints'
import { DETAIL_URL, toneOf } from './urls'

export function MyComplaints() {
  const { signedIn } = useSession()
  const q = useMyComplaints(signedIn)
  useDidShow(() => {
    if (signedIn) void q.refetch()
  })
  if (!signedIn) return <View className='complaints__note'>登录后，这里会列出您提交过的诉求和办理进度。</View>
  if (q.isPending) return <LoadingState rows={2} label='正在加载我的诉求…' />
  if (q.error) return <ErrorState message={errorMessage(q.error)} onRetry={() => void q.refetch()} />
  const items = [...(q.data ?? [])].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
  if (items.length === 0) return <View className='complaints__note'>您还没有提交过诉求。</View>
  return (
    <CellGroup>
      {items.map((c) => (
        <Cell
          key={c.id}
          title={c.title}
          description={`${c.caseNo} · ${formatDate(c.submittedAt)}${c.dueDate && c.bucket === 'open' ? ` · ${c.dueDate}前答复` : ''}`}
          onClick={() => void Taro.navigateTo({ url: `${DETAIL_URL}?id=${encodeURIComponent(c.id)}` })}
        >
          <StatusTag label={c.statusLabel} tone={toneOf(c.bucket, c.status)} />
        </Cell>
      ))}
    </CellGroup>
  )
}
