/**
 * Where something is, for a resident or a worker: the address in words — or, for a GPS point
 * without one, the coordinates — and a way to open the point on a map.
 */
import { View } from '@tarojs/components'
import { MapLink } from './map-link'
import './place-view.css'

export interface PlaceViewProps {
  /** the address in words (from the map, or typed) */
  address?: string | null
  lat?: number | null
  lng?: number | null
}

const hasPoint = (lat?: number | null, lng?: number | null): boolean =>
  typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng)

/** The words shown for a place; '' when there is nothing to show. */
export function placeText({ address, lat, lng }: PlaceViewProps): string {
  const words = (address ?? '').trim()
  if (words) return words
  if (hasPoint(lat, lng)) return `定位点：北纬 ${(lat as number).toFixed(5)}°，东经 ${(lng as number).toFixed(5)}°`
  return ''
}

export function PlaceView(props: PlaceViewProps) {
  const text = placeText(props)
  if (!text) return null
  return (
    <View className='place-view'>
      <View className='place-view__text'>📍 {text}</View>
      {hasPoint(props.lat, props.lng) ? (
        <MapLink lat={props.lat as number} lng={props.lng as number} name={(props.address ?? '').trim() || '问题位置'} />
      ) : null}
    </View>
  )
}
