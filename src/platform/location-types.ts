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
/** the phone itself does not let WeChat use location: the mini-program's 设置 page cannot help */
export const LOCATION_SYSTEM_OFF_MESSAGE = '手机没有允许微信使用位置信息。可以在手机「设置」里为微信打开定位，或者直接写下问题所在的地址，一样可以提交'

export function locationErrorFrom(e: unknown): LocationError {
  if (e instanceof LocationError) return e
  const msg = String((e as { errMsg?: string; message?: string } | null)?.errMsg ?? (e as Error | null)?.message ?? '')
  if (/cancel/i.test(msg)) return new LocationError('cancelled', '没有选择位置')
  if (/system permission denied|system.*(auth|permission)/i.test(msg)) return new LocationError('unavailable', LOCATION_SYSTEM_OFF_MESSAGE)
  if (/auth|deny|denied|permission|authorize/i.test(msg)) return new LocationError('denied', LOCATION_DENIED_MESSAGE)
  return new LocationError('unavailable', LOCATION_UNAVAILABLE_MESSAGE)
}
