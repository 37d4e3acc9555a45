import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { CaseSummary } from '@/api'
import { ensureVerified, useSession } from '@/features/identity'
import { errorMessage } from '@/lib/error-message'
import { Cell, Chip, ChipGroup, cx, EmptyState, ErrorState, LoadingState, Screen, StatusTag } from '@/ui'
import { BUCKET_FILTERS, dueLabel, isResidentsTurn, shortDate, statusTone, type BucketFilter } from './case-format'
import { RenewalNotices } from './renewal-notices'
import { BundleCaseRows } from '@/features/one-thing'
import { useMyCases } from './api/get-cases'
import { caseDetailUrl, complaintDetailUrl } from './urls'
import { paths } from '@/routes'
import './cases.css'

const EMPTY_TEXT: Record<BucketFilter, string> = {
  all: '您还没有办过事。在办事大厅选一件事，就能在手机上申请',
  open: '没有正在办理的事',
  done: '还没有办结的事',
  closed: '没有未通过或撤回的事',
}

export function CaseRow({ c }: { c: CaseSummary }) {
  const turn = isResidentsTurn(c)
  const due = dueLabel(c)
  return (
    <Cell
      className={cx('case-row', turn && 'case-row--turn')}
      title={c.title}
      description={`办件编号 ${c.caseNo} · ${shortDate(c.submittedAt)}提交`}
      onClick={() =>
        void Taro.navigateTo({ url: c.kind === 'complaint' ? complaintDetailUrl(c.id) : caseDetailUrl(c.id) })
      }
      ariaLabel={`${c.title}，${c.statusLabel}${turn ? '，轮到您了' : ''}${due ? `，${due}` : ''}`}
    >
      {turn ? <StatusTag label='轮到您了' tone='warning' /> : null}
      <StatusTag label={c.statusLabel} tone={statusTone(c)} />
      {due ? <StatusTag label={due} tone='neutral' /> : null}
    </Cell>
  )
}

/** 我的办件: my applications and complaints, filtered by how they ended, newest first. */
export function CaseListScreen() {
  const { verified } = useSession()
  const [bucket, setBucket] = useState<BucketFilter>('all')
  const list = useMyCases(bucket, verified)
  const asked = useRef(false)
  useEffect(() => {
    if (!verified && !asked.current) {
      asked.current = true
      ensureVerified()
    }
  }, [verified])
  const shown = useRef(false)
  useDidShow(() => {
    // coming back from a case: show its new status
    if (shown.current && verified) void list.refetch()
    shown.current = true
  })
  usePullDownRefresh(() => {
    void list.refetch().finally(() => void Taro.stopPullDownRefresh())
  })

  if (!verified) {
    return (
      <Screen className='cases'>
        <EmptyState
          title='登录后查看我的办件'
          description='为保护您的信息，需要先登录并完成实名认证（刷脸），才能看到您办理的事'
          action={{ label: '去登录认证', onClick: () => void ensureVerified() }}
        />
      </Screen>
    )
  }

  // parts of a 一件事 show once, as their bundle (BundleCaseRows)
  const items = (list.data ?? []).filter((c) => !(c as CaseSummary & { bundleCaseId?: string }).bundleCaseId)
  return (
    <Screen className='cases'>
      <RenewalNotices />
      <ChipGroup className='filters' label='按办理结果筛选'>
        {BUCKET_FILTERS.map((f) => (
          <Chip key={f.id} label={f.label} on={bucket === f.id} onClick={() => setBucket(f.id)} />
        ))}
      </ChipGroup>
      {list.isPending ? <LoadingState rows={4} label='正在加载您的办件…' /> : null}
      {list.error ? <ErrorState message={errorMessage(list.error)} onRetry={() => void list.refetch()} /> : null}
      <BundleCaseRows bucket={bucket} />
      {list.isSuccess && list.data.length === 0 ? (
        <EmptyState
          title='这里还没有办件'
          description={EMPTY_TEXT[bucket]}
          action={
            bucket === 'all'
              ? { label: '去办事大厅', onClick: () => void Taro.switchTab({ url: paths.hall.path }) }
              : undefined
          }
        />
      ) : null}
      {items.length > 0 ? (
        <View className='case-list'>
          {items.map((c) => (
            <CaseRow key={c.id} c={c} />
          ))}
        </View>
      ) : null}
      {items.length > 0 ? <View className='cases__hint'>下拉可以刷新</View> : null}
    </Screen>
  )
}
