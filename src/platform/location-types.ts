/** Shapes and errors shared by location.ts (WeChat) and location.h5.ts (browser). */
export interface FoundLocation {
  lat: number
  lng: number
  /** what the map picker returned, or '' (GPS gives no address) */
  address: string
}

export type LocationErrorCode = 'denied' | 'unavailable' | 'cancelled'

export class LocationError extends Error {
  constructor(
    readonly code: LocationErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export const LOCATION_DENIED_MESSAGE = '没有定位权限。请直接写下问题所在的地址（例如：西外大街 88 号门口），一样可以提交'
export const LOCATION_UNAVAILABLE_MESSAGE = '暂时没能定位。请直接写下问题所在的地址，或者稍后再试'

export function locationErrorFrom(e: unknown): LocationError {
  if (e instanceof LocationError) return e
  const msg = String((e as { errMsg?: string; message?: string } | null)?.errMsg ?? (e as Error | null)?.message ?? '')
  if (/cancel/i.test(msg)) return new LocationError('cancelled', '没有选择位置')
  if (/auth|deny|denied|permission|authorize/i.test(msg)) return new LocationError('denied', LOCATION_DENIED_MESSAGE)
  return new LocationError('unavailable', LOCATION_UNAVAILABLE_MESSAGE)
}
