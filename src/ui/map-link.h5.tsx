/**
 * 在地图上查看 in the browser: a link to the point on 高德地图's public marker page (no key or
 * script needed; coordinates are GCJ-02 like WeChat's). Opens in a new tab, so the app stays.
 */
import type { MapLinkProps } from './map-link'

export type { MapLinkProps } from './map-link'

export function MapLink({ lat, lng, name }: MapLinkProps) {
  const href = `https://uri.amap.com/marker?position=${lng},${lat}&name=${encodeURIComponent(name)}&coordinate=gaode&callnative=0`
  return (
    <a className='map-link' href={href} target='_blank' rel='noopener noreferrer'>
      在地图上查看
    </a>
  )
}
