/**
 * Where the problem is, in the browser (H5): the Geolocation API. Browsers offer it only on
 * https or localhost and after the user allows it; otherwise the screen falls back to a typed
 * address. No map picker on H5 (it would need a map provider's key and script).
 */
import { LocationError, LOCATION_DENIED_MESSAGE, LOCATION_UNAVAILABLE_MESSAGE, type FoundLocation } from './location-types'

export { LocationError, LOCATION_DENIED_MESSAGE, type FoundLocation } from './location-types'

export const canPickOnMap = false

export function locateMe(): Promise<FoundLocation> {
  return new Promise((resolve, reject) => {
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined
    if (!geo) return reject(new LocationError('unavailable', LOCATION_UNAVAILABLE_MESSAGE))
    geo.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, address: '' }),
      (err) =>
        reject(
          err.code === 1
            ? new LocationError('denied', LOCATION_DENIED_MESSAGE)
            : new LocationError('unavailable', LOCATION_UNAVAILABLE_MESSAGE),
        ),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    )
  })
}

export function pickOnMap(): Promise<FoundLocation> {
  return Promise.reject(new LocationError('unavailable', '网页版不能在地图上选点，请直接写下地址'))
}
