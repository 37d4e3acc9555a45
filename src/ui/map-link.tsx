/**
 * 在地图上查看: on H5 a link to the place's map page, opening in a new tab so the app stays; on
 * WeChat the built-in map page (src/platform/map-place*.ts decides which the platform has).
 */
import { View } from '@tarojs/components'
import { mapPageUrl, openMap, type MapPlace } from '@/platform/map-place'
import { a11y } from './a11y'

export type MapLinkProps = MapPlace

export function MapLink(place: MapLinkProps) {
  const href = mapPageUrl(place)
  if (href) {
    return (
      <a className='map-link' href={href} target='_blank' rel='noopener noreferrer'>
        在地图上查看
      </a>
    )
  }
  return (
    <View className='map-link' onClick={() => openMap(place)} {...a11y('link')}>
      在地图上查看
    </View>
  )
}
