/**
 * On a case page (resident and worker): the bundle it belongs to, with the other parts'
 * status, and its 帮办 (who prepared it and how the resident authorised it). Renders nothing
 * for other cases. The server decides what each viewer sees (names masked for residents).
 */
import { View } from '@tarojs/components'
import type { CaseDetail } from '@/api'
import { a11y } from '@/ui'
import './one-thing.css'

interface Facts {
  bundle?: { id: string; name: string; parts: Array<{ caseId: string; caseNo: string; matterName: string; statusLabel: string }> } | null
  assist?: { helper: string; authorisationLabel: string; reviewer: string | null; place: 'window' | 'home' } | null
}

export function CaseOneThingFacts({ detail, onOpenBundle }: { detail: CaseDetail; onOpenBundle?: (bundleCaseId: string) => void }) {
  const { bundle, assist } = detail as CaseDetail & Facts
  if (!bundle && !assist) return null
  return (
    <View className='onething__card onething__facts' {...a11y('group', { label: '一件事与帮办' })}>
      {bundle ? (
        <View>
          <View
            className='onething__card-title'
            onClick={onOpenBundle ? () => onOpenBundle(bundle.id) : undefined}
            {...(onOpenBundle ? a11y('link', { label: `属于${bundle.name}，查看整件事` }) : {})}
          >
            属于「{bundle.name}」{onOpenBundle ? ' ›' : ''}
          </View>
          {bundle.parts.map((p) => (
            <View key={p.caseId} className='onething__meta'>
              同一件事的另一项：{p.matterName}（{p.caseNo}）· {p.statusLabel}
            </View>
          ))}
        </View>
      ) : null}
      {assist ? (
        <View className='onething__meta'>
          帮办人：{assist.helper}（{assist.place === 'home' ? '上门' : '窗口'}）· {assist.authorisationLabel}
          {assist.reviewer ? `，复核：${assist.reviewer}` : ''}
        </View>
      ) : null}
    </View>
  )
}
