/** 审计日志 (admin): every action and every PII reveal, newest first, filtered by case, actor, action. */
import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '@/lib/error-message'
import { AppButton, Chip, ChipGroup, EmptyState, ErrorState, LoadingState, Screen } from '@/ui'
import { useAudit } from './api/get-audit'
import { shortTime } from './labels'
import { StaffGate } from './staff-gate'
import './worker.css'

const ACTIONS: Array<{ id: string; label: string }> = [
  { id: 'reveal-pii', label: '查看个人信息' },
  { id: 'accept', label: '受理' },
  { id: 'approve', label: '审核通过' },
  { id: 'reject', label: '驳回' },
  { id: 'request-supplement', label: '补正' },
  { id: 'triage', label: '分级' },
  { id: 'forward', label: '转派' },
  { id: 'resolve', label: '办结' },
  { id: 'follow-up', label: '回访' },
]
export const AUDIT_ACTION_LABELS: Record<string, string> = Object.fromEntries(ACTIONS.map((a) => [a.id, a.label]))

export function AuditScreen() {
  return (
    <StaffGate title='审计日志' roles={['admin']}>
      {() => <Audit />}
    </StaffGate>
  )
}

function Audit() {
  const [caseId, setCaseId] = useState('')
  const [actorId, setActorId] = useState('')
  const [action, setAction] = useState('')
  const [applied, setApplied] = useState({ caseId: '', actorId: '' })
  const state = useAudit({
    ...(applied.caseId ? { caseId: applied.caseId } : {}),
    ...(applied.actorId ? { actorId: applied.actorId } : {}),
    ...(action ? { action } : {}),
  })
  const entries = state.data ?? []
  return (
    <Screen className='worker'>
      <View className='worker__intro'>审计日志只能追加，不能修改或删除。</View>
      <View className='worker__search'>
        <Input
          className='app-input worker__search-input'
          placeholder='办件编号（如 case-0004）'
          value={caseId}
          onInput={(e) => setCaseId(e.detail.value)}
        />
        <Input
          className='app-input worker__search-input'
          placeholder='操作人（如 w-clerk）'
          value={actorId}
          onInput={(e) => setActorId(e.detail.value)}
        />
        <AppButton variant='secondary' onClick={() => setApplied({ caseId: caseId.trim(), actorId: actorId.trim() })}>
          筛选
        </AppButton>
      </View>
      <ChipGroup className='worker-filters' label='按操作筛选'>
        <Chip label='全部操作' on={!action} onClick={() => setAction('')} />
        {ACTIONS.map((a) => (
          <Chip key={a.id} label={a.label} on={action === a.id} onClick={() => setAction(action === a.id ? '' : a.id)} />
        ))}
      </ChipGroup>
      {state.isPending ? <LoadingState rows={4} label='正在加载审计日志…' /> : null}
      {state.error ? <ErrorState message={errorMessage(state.error)} onRetry={() => void state.refetch()} /> : null}
      {state.isSuccess && entries.length === 0 ? <EmptyState title='没有符合条件的记录' /> : null}
      {!state.isPending && entries.length ? (
        <View className='worker-audit'>
          <View className='worker__count'>共 {entries.length} 条</View>
          {entries.slice(0, 300).map((e) => (
            <View key={e.id} className='worker-history__item'>
              <View className='worker-history__what'>
                {AUDIT_ACTION_LABELS[e.action] ?? e.action} · {e.actorId}（{e.actorRole}）
              </View>
              <View className='worker__meta'>
                {shortTime(e.at)} · {e.caseId ?? '—'}
              </View>
              <View className='worker-history__note'>{e.detail}</View>
            </View>
          ))}
        </View>
      ) : null}
    </Screen>
  )
}
