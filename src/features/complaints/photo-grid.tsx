/** The composer's photos: each one's state (压缩 / 上传 / 失败) with retry and delete, and the add tile up to PHOTOS_MAX. */
import { Image, View } from '@tarojs/components'
import { PHOTOS_MAX } from '@/domain/complaints'
import type { DraftPhoto } from '@/stores/complaint-draft-store'
import { a11y, cx, decorative, ProgressBar } from '@/ui'

const PHOTO_STATE_TEXT: Record<DraftPhoto['state'], string> = {
  compressing: '正在压缩',
  ready: '待上传',
  uploading: '正在上传',
  uploaded: '已上传',
  failed: '没有成功',
}

export function PhotoGrid({
  photos,
  onAdd,
  onRemove,
  onRetry,
  addLabel = '添加照片',
}: {
  photos: readonly DraftPhoto[]
  onAdd: () => void
  onRemove: (id: string) => void
  onRetry: (id: string) => void
  addLabel?: string
}) {
  return (
    <View className='photos'>
      {photos.map((p, i) => (
        <View key={p.id} className={cx('photo', p.state === 'failed' && 'photo--failed')}>
          <Image className='photo__img' src={p.path} mode='aspectFill' {...a11y('img', { label: `第${i + 1}张照片` })} />
          <View className='photo__state'>
            第{i + 1}张 · {PHOTO_STATE_TEXT[p.state]}
          </View>
          {p.state === 'compressing' || p.state === 'uploading' ? <ProgressBar value={p.progress} /> : null}
          {p.error ? <View className='photo__error'>⚠ {p.error}</View> : null}
          <View className='photo__actions'>
            {p.state === 'failed' ? (
              <View className='photo__btn' onClick={() => onRetry(p.id)} {...a11y('button', { label: `重试第${i + 1}张` })}>
                重试
              </View>
            ) : null}
            <View className='photo__btn' onClick={() => onRemove(p.id)} {...a11y('button', { label: `删除第${i + 1}张` })}>
              删除
            </View>
          </View>
        </View>
      ))}
      {photos.length < PHOTOS_MAX ? (
        <View className='photo photo--add' onClick={onAdd} {...a11y('button')}>
          <View className='photo__plus' {...decorative}>
            📷
          </View>
          <View>{addLabel}</View>
          <View className='photo__count'>
            {photos.length}/{PHOTOS_MAX}
          </View>
        </View>
      ) : (
        <View className='photos__full'>已有{PHOTOS_MAX}张，最多{PHOTOS_MAX}张</View>
      )}
    </View>
  )
}
