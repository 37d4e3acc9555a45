import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { qrMatrix, qrRuns } from '@/lib/qr'
import { a11y } from '@/ui'
import './certificates.css'

export interface QrCodeProps {
  /** what the code encodes, e.g. the verify URL */
  value: string
  /** read instead of the picture */
  label?: string
}

const pct = (x: number) => `${(x * 100).toFixed(4)}%`

/**
 * A QR code drawn with Views: one row per module row, one box per run of dark modules
 * (a few hundred elements, the same on weapp and H5; no canvas, no image data URL).
 * Rows are square through padding-top as a percentage of the width.
 */
export function QrCode({ value, label = '核验二维码' }: QrCodeProps) {
  const rows = useMemo(() => qrRuns(qrMatrix(value)), [value])
  const n = rows.length
  return (
    <View className='qr' {...a11y('img', { label })}>
      <View className='qr__grid'>
        {rows.map((runs, y) => (
          <View key={y} className='qr__row' style={{ paddingTop: pct(1 / n) }}>
            {runs.map(([x, len]) => (
              <View key={x} className='qr__dark' style={{ left: pct(x / n), width: pct(len / n) }} />
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}
