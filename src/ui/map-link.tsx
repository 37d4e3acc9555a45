/** 在地图上查看 on WeChat: the built-in map page (wx.openLocation). H5 has its own file. */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { a11y } from './a11y'

export interface MapLinkProps {
  lat: number
  lng: number
  /** what the map page shows as the place's name */
  name: string
}

export function MapLink({ lat, lng, name }: MapLinkProps) {
  return (
    <View
      className='map-link'
      onClick={() => void Taro.openLocation({ latitude: lat, longitude: lng, name, scale: 17 }).catch(() => undefined)}
      {...a11y('link')}
    >
      在地图上查看
    </View>
  )
}
