/** 社区动态: recent public reports — type, street-level place, status, how many people reported it. No names. */
import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { complaintCategory } from '@/domain/complaints'
import { formatDate } from '@/domain/time/china-time'
import { errorMessage } from '@/lib/error-message'
import { a11y, EmptyState, ErrorState, LoadingState, Screen, StatusTag } from '@/ui'
import { FileThumb } from '@/features/files'
import { useBoard } from './api/get-complaints'
import { toneOf } from './urls'
import { paths } from '@/routes'
import './complaints.css'

export function BoardScreen() {
  const q = useBoard()
  return (
    <Screen className='board'>
      <View className='composer__intro'>邻居们最近反映的问题和处理进展。只显示大概位置，不显示姓名。</View>
      {q.isPending ? <LoadingState rows={4} label='正在加载社区动态…' /> : null}
      {q.error ? <ErrorState message={errorMessage(q.error)} onRetry={() => void q.refetch()} /> : null}
      {q.data && q.data.length === 0 ? (
        <EmptyState title='最近没有公开的问题' description='有问题可以点“随手拍”告诉社区。' />
      ) : null}
      <View {...a11y('list')}>
        {q.data?.map((c) => {
          const b = c.board
          return (
            <View key={c.id} className='board-item' {...a11y('listitem')}>
              {b?.photoFileId ? (
                <FileThumb file={{ fileId: b.photoFileId, name: '问题照片', mime: 'image/jpeg' }} label='问题照片' />
              ) : b?.photoUrl ? (
                <Image
                  className='board-item__img'
                  src={b.photoUrl}
                  mode='aspectFill'
                  {...a11y('img', { label: '问题照片' })}
                />
              ) : null}
              <View className='board-item__head'>
                <View className='board-item__title'>{complaintCategory(b?.categoryId ?? '')?.name ?? c.title}</View>
                <StatusTag label={c.statusLabel} tone={toneOf(c.bucket, c.status)} />
              </View>
              <View className='board-item__meta'>📍 {b?.area ?? '西外社区内'}</View>
              <View className='board-item__meta'>
                {formatDate(c.submittedAt)} · {c.applicantMasked} · {(b?.supporters ?? 0) + 1} 人反映
                {b?.photoCount ? ` · ${b.photoCount}张照片` : ''}
              </View>
            </View>
          )
        })}
      </View>
      {q.data ? (
        <View
          className='board__more'
          onClick={() => void Taro.navigateTo({ url: paths.complaints.snap.path })}
          {...a11y('link')}
        >
          发现新问题？点这里随手拍 ›
        </View>
      ) : null}
    </Screen>
  )
}
