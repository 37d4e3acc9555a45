/**
 * Where the problem is, on WeChat (location.h5.ts is the browser's). getLocation gives GPS
 * (gcj02, what WeChat maps use); chooseLocation opens the map picker with an address. Both need
 * the user's permission (and requiredPrivateInfos in app.json); a denial is a LocationError the
 * screen turns into the typed-address fallback, never a dead end.
 */
import Taro from '@tarojs/taro'
import { LocationError, locationErrorFrom, type FoundLocation } from './location-types'

export { LocationError, LOCATION_DENIED_MESSAGE, type FoundLocation } from './location-types'

export const canPickOnMap = true

export async function locateMe(): Promise<FoundLocation> {
  try {
    const r = await Taro.getLocation({ type: 'gcj02' })
    return { lat: r.latitude, lng: r.longitude, address: '' }
  } catch (e) {
    throw locationErrorFrom(e)
  }
}

export async function pickOnMap(near?: { lat: number; lng: number }): Promise<FoundLocation> {
  try {
    const r = await Taro.chooseLocation(near ? { latitude: near.lat, longitude: near.lng } : {})
    if (!r.latitude && !r.longitude) throw new LocationError('cancelled', '没有选择位置')
    return { lat: r.latitude, lng: r.longitude, address: [r.name, r.address].filter(Boolean).join(' ') }
  } catch (e) {
    throw locationErrorFrom(e)
  }
}
