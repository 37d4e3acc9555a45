import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { isApiError, type CaseDetail } from '@/api'
import { FileThumbs } from '@/features/files'
import { CertificateCard } from '@/features/certificates'
import { ensureVerified, useSession } from '@/features/identity'
import { errorMessage } from '@/lib/error-message'
import { EmptyState, ErrorState, KeyValueRow, LoadingState, Screen, Section, StatusTag } from '@/ui'
import { bundleCaseUrl, CaseOneThingFacts } from '@/features/one-thing'
import {
  dateTime,
  dueLabel,
  historyActor,
  historyText,
  isResidentsTurn,
  itemLabel,
  ratingLabel,
  shortDate,
  statusTone,
  valueSummary,
} from './case-format'
import { useCase, useWriteCase } from './api/get-case'
import { RatingForm } from './rating-form'
import { SupplementEditor } from './supplement-editor'
import { CASE_LIST_URL } from './urls'
import { WithdrawPanel } from './withdraw-panel'
import './cases.css'

/** One of my cases: status, what to do now (补正 / 撤回 / 评价), certificate, timeline, what I sent. */
export function CaseDetailScreen({ caseId }: { caseId?: string }) {
  const { verified } = useSession()
  const [notice, setNotice] = useState<string | undefined>()
  const state = useCase(caseId, verified)
  const write = useWriteCase(caseId)
  usePullDownRefresh(() => {
    void state.refetch().finally(() => void Taro.stopPullDownRefresh())
  })

  if (!caseId) {
    return (
      <Screen>
        <EmptyState
          title='没有找到这件事'
          description='链接里缺少办件编号。可以到「我的办件」里找到它'
          action={{ label: '去我的办件', onClick: () => void Taro.redirectTo({ url: CASE_LIST_URL }) }}
        />
      </Screen>
    )
  }
  if (!verified) {
    return (
      <Screen>
        <EmptyState
          title='登录后查看办件'
          description='为保护您的信息，需要先登录并完成实名认证（刷脸）'
          action={{ label: '去登录认证', onClick: () => void ensureVerified() }}
        />
      </Screen>
    )
  }
  const c = state.data
  if (state.isPending) {
    return (
      <Screen>
        <LoadingState rows={5} label='正在加载办件…' />
      </Screen>
    )
  }
  if (state.error || !c) {
    const gone = isApiError(state.error) && state.error.status === 404
    return (
      <Screen>
        <ErrorState
          title={gone ? '没有找到这件事' : '没有加载出来'}
          message={gone ? '这件事不存在，或者不是您办理的' : errorMessage(state.error)}
          onRetry={gone ? undefined : () => void state.refetch()}
        />
      </Screen>
    )
  }

  // the server's reply goes into the cache (a conflict instead fetches the case again)
  const done = (next: CaseDetail | null, message?: string) => {
    setNotice(message)
    write(next)
  }
  const turn = isResidentsTurn(c)
  const due = dueLabel(c)
  const canWithdraw = c.allowedActions.includes('withdraw')
  const canRate = c.allowedActions.includes('rate') && !c.rating
  const summary = valueSummary(c)
  const materialKeys = Object.keys(c.materials).filter((k) => c.materials[k].length > 0)

  return (
    <Screen className='case-detail'>
      <View className='case-head'>
        <View className='case-head__title'>{c.title}</View>
        <View className='case-head__tags'>
          {turn ? <StatusTag label='轮到您了' tone='warning' /> : null}
          <StatusTag label={c.statusLabel} tone={statusTone(c)} />
        </View>
        <KeyValueRow label='办件编号' value={c.caseNo} />
        <KeyValueRow label='提交时间' value={dateTime(c.submittedAt)} />
        {due ? (
          <KeyValueRow label='办理期限' value={due + (c.dueProvisional ? '（明年节假日未公布，按预估计算）' : '')} />
        ) : null}
        <KeyValueRow label='办事人' value={c.applicant.nameMasked} />
        {c.proxy ? <KeyValueRow label='代办人' value={c.proxy.nameMasked} /> : null}
      </View>

      {/* 一件事 (the whole bundle and its other parts) and 帮办 (who prepared it, how it was authorised) */}
      <CaseOneThingFacts detail={c} onOpenBundle={(id) => void Taro.navigateTo({ url: bundleCaseUrl(id) })} />

      {notice ? <View className='case-notice'>ℹ {notice}</View> : null}

      {c.status === 'needs-supplement' && c.supplement ? (
        <Section title='需要您补充'>
          <View className='supplement__ask'>
            <View className='supplement__reason'>工作人员说明：{c.supplement.reason}</View>
            <View className='supplement__items'>
              请补充：{c.supplement.items.map((k) => `「${itemLabel(c.matterId, k)}」`).join('、')}
            </View>
            <View className='supplement__note'>其他内容不用改。补充后会接着审核，办理期限也接着算。</View>
          </View>
          <SupplementEditor key={c.version} c={c} onDone={done} />
        </Section>
      ) : null}

      {c.certificate ? (
        <Section title={c.certificate.kind === 'dog-licence' ? '电子犬证' : '电子证明'}>
          <CertificateCard caseId={c.id} />
        </Section>
      ) : null}

      {c.rating ? (
        <Section title='您的评价'>
          <View className='case-rating'>
            {ratingLabel(c.rating.level)}
            {c.rating.reason ? `：${c.rating.reason}` : ''}
          </View>
        </Section>
      ) : canRate ? (
        <Section title='评价这次办事'>
          <RatingForm c={c} onDone={done} />
        </Section>
      ) : null}

      {canWithdraw ? (
        <Section title='不想办了？'>
          <View className='supplement__note'>工作人员受理之前可以撤回。</View>
          <WithdrawPanel c={c} onDone={done} />
        </Section>
      ) : null}

      <Section title='办理记录'>
        <View className='timeline'>
          {c.history
            .slice()
            .reverse()
            .map((e, i) => (
              <View key={`${e.at}-${i}`} className='timeline__item'>
                <View className='timeline__when'>{dateTime(e.at)}</View>
                <View className='timeline__what'>
                  {historyActor(e)} {historyText(e)}
                </View>
                {e.reason ? <View className='timeline__why'>原因：{e.reason}</View> : null}
                {e.note ? <View className='timeline__why'>说明：{e.note}</View> : null}
              </View>
            ))}
        </View>
      </Section>

      {summary.length ? (
        <Section title='填写的信息'>
          {summary.map((r) => (
            <KeyValueRow key={r.key} label={r.label} value={r.value} />
          ))}
        </Section>
      ) : null}

      {materialKeys.length ? (
        <Section title='提交的材料'>
          {materialKeys.map((k) => (
            <View key={k}>
              <KeyValueRow label={itemLabel(c.matterId, k)} value={`${c.materials[k].length} 份：${c.materials[k].map((f) => f.name).join('、')}`} />
              {/* what the server holds: thumbnails of the uploaded bytes, tap to enlarge (PDF: tap to open) */}
              <FileThumbs files={c.materials[k]} size='s' label={itemLabel(c.matterId, k)} />
            </View>
          ))}
        </Section>
      ) : null}

      <View className='cases__hint'>提交于 {shortDate(c.submittedAt)} · 下拉可以刷新</View>
    </Screen>
  )
}
