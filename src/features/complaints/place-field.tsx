/** The composer's 位置 field: locate, pick on the map, clear, the outside-the-community warning, and the written address. */
import { Input, View } from '@tarojs/components'
import type { ComplaintDraftData } from '@/stores/complaint-draft-store'
import { a11y, AppButton } from '@/ui'

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
