/** Small pieces the complaint screens share: chips, the photo grid, the place field, duplicates. */
import { Image, Input, View } from '@tarojs/components'
import type { CaseSummary } from '@/api'
import { complaintCategory, PHOTOS_MAX } from '@/domain/complaints'
import type { DraftPhoto, ComplaintDraftData } from '@/stores/complaint-draft-store'
import { a11y, AppButton, cx, decorative, ProgressBar, StatusTag } from '@/ui'

export function Chip({ label, on, onClick, big }: { label: string; on?: boolean; onClick: () => void; big?: boolean }) {
  return (
    <View
      className={cx('chip', on && 'chip--on', big && 'chip--big')}
      onClick={onClick}
      {...a11y('button', { label: on ? `${label}，已选` : label })}
    >
      {on ? '✓ ' : ''}
      {label}
    </View>
  )
}

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

export function PlaceField({
  draft,
  locating,
  note,
  canPickOnMap,
  onLocate,
  onMap,
  onClear,
  onAddress,
  onConfirmOutside,
  outsideWarning,
}: {
  draft: ComplaintDraftData
  locating: boolean
  note: string | null
  canPickOnMap: boolean
  onLocate: () => void
  onMap: () => void
  onClear: () => void
  onAddress: (v: string) => void
  onConfirmOutside: () => void
  outsideWarning: boolean
}) {
  const loc = draft.location
  return (
    <View className='place'>
      {loc ? (
        <View className='place__found'>
          📍 {loc.address || '已定位'}（{loc.source === 'gps' ? '当前位置' : '地图选点'}）
          <View className='place__clear' onClick={onClear} {...a11y('button', { label: '清除位置' })}>
            清除
          </View>
        </View>
      ) : null}
      <View className='place__buttons'>
        <AppButton variant='secondary' loading={locating} onClick={onLocate}>
          {loc ? '重新定位' : '定位当前位置'}
        </AppButton>
        {canPickOnMap ? (
          <AppButton variant='secondary' onClick={onMap}>
            在地图上选
          </AppButton>
        ) : null}
      </View>
      {note ? <View className='place__note'>⚠ {note}</View> : null}
      {outsideWarning ? (
        <View className='place__outside'>
          <AppButton variant='secondary' onClick={onConfirmOutside}>
            位置没错，继续
          </AppButton>
        </View>
      ) : null}
      <Input
        className='app-input place__address'
        value={draft.address}
        placeholder={loc ? '补充说明（可选），如：3 栋楼道口' : '写下地址，如：西外大街 88 号门口'}
        onInput={(e) => onAddress(e.detail.value)}
        maxlength={100}
      />
    </View>
  )
}

export function DuplicateList({
  items,
  onSupport,
  onAnyway,
  onBack,
}: {
  items: readonly CaseSummary[]
  onSupport: (id: string) => void
  onAnyway: () => void
  onBack: () => void
}) {
  return (
    <View className='dups' {...a11y('group', { label: '附近已有的相同问题' })}>
      <View className='dups__title'>附近已经有人反映了相同的问题</View>
      <View className='dups__desc'>如果是同一件事，点“我也遇到”就行，社区会优先处理大家都遇到的问题；不是同一件事就继续提交。</View>
      {items.map((c) => (
        <View key={c.id} className='dup'>
          <View className='dup__head'>
            <View className='dup__title'>{complaintCategory(c.board?.categoryId ?? '')?.name ?? c.title}</View>
            <StatusTag label={c.statusLabel} tone='info' />
          </View>
          <View className='dup__meta'>
            {c.board?.area ?? ''}
            {c.board?.distanceMeters !== undefined ? ` · 约${c.board.distanceMeters}米` : ''} · {c.submittedAt.slice(0, 10)}
          </View>
          <View className='dup__meta'>已有 {(c.board?.supporters ?? 0) + 1} 人反映</View>
          <AppButton block onClick={() => onSupport(c.id)}>
            我也遇到
          </AppButton>
        </View>
      ))}
      <AppButton block variant='secondary' onClick={onAnyway}>
        不是同一件事，继续提交
      </AppButton>
      <AppButton block variant='secondary' onClick={onBack}>
        返回修改
      </AppButton>
    </View>
  )
}
