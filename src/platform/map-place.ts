/**
 * Showing a place on a map, on WeChat: the built-in map page (wx.openLocation), so there is no
 * link to follow. The H5 twin (map-place.h5.ts) gives 高德地图's public marker page instead.
 */
import Taro from '@tarojs/taro'
import type { MapPlace } from './map-place-types'

export type { MapPlace } from './map-place-types'

/** A web page showing the place, where the platform has one to link to (H5); null on WeChat. */
export function mapPageUrl(_place: MapPlace): string | null {
  return null
}

/** Opens the platform's map at the place. */
export function openMap({ lat, lng, name }: MapPlace): void {
  void Taro.openLocation({ latitude: lat, longitude: lng, name, scale: 17 }).catch(() => undefined)
}
