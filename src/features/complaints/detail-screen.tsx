/**
 * One complaint as its reporter (or a supporter) sees it: status in words, 红黄蓝 level with
 * its text, due date, the public timeline (受理 → 转派 → 处理中 → 已办结 with the result), and
 * after 已办结 the reporter's choices: confirm or reopen (with a reason) within 7 days, then rate.
 */
import { Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { getApi, type CaseDetail, type HistoryEntry } from '@/api'
import { sendViaOutbox } from '@/features/outbox'
import { REOPEN_WINDOW_DAYS } from '@/domain/cases/transitions'
import { statusDef, type StatusId } from '@/domain/cases/statuses'
import { complaintCategory, triageLevel } from '@/domain/complaints'
import { MATTER_INDEX } from '@/domain/matters/matter-index'
import { departmentName, type DepartmentId } from '@/domain/org/departments'
import { RATING_LEVELS, ratingLevel, validateRating } from '@/domain/rating/rating'
import { formatDateTime } from '@/domain/time/china-time'
import { errorMessage } from '@/lib/error-message'
import { canSubscribe, requestSubscription } from '@/platform/subscribe'
import {
  AppButton,
  Chip,
  ChipGroup,
  EmptyState,
  ErrorState,
  FormField,
  LoadingState,
  PlaceView,
  placeText,
  Screen,
  Section,
  StatusTag,
  type StatusTone,
} from '@/ui'
import { FileThumbs } from '@/features/files'
import { useComplaint, useWriteComplaint } from './api/get-complaints'
import { toneOf } from './urls'
import { paths } from '@/routes'
import './complaints.css'

const ACTION_TEXT: Record<string, string> = {
  submit: '已提交',
  triage: '社区已受理',
  'start-handling': '开始处理',
  forward: '已转派',
  'return-from-department': '部门退回社区',
  resolve: '已办结',
  reopen: '您重新打开了诉求',
  confirm: '您已确认办结',
  'auto-confirm': '逾期自动确认办结',
  merge: '已并入同一问题的诉求',
  'close-unresolved': '已关闭（问题未能解决）',
  reject: '未予受理',
  withdraw: '已撤回',
  'add-note': '补充说明',
  rate: '已评价',
  'follow-up': '回访',
}

type Extra = HistoryEntry & { resultText?: string; department?: string; level?: string; rating?: { level: string } }

function entryText(e: Extra): string[] {
  const lines: string[] = []
  if (e.action === 'triage' && e.level) lines.push(`分级：${triageLevel(e.level)?.label ?? e.level}`)
  if (e.action === 'forward' && e.department) lines.push(`转派至：${departmentName(e.department as DepartmentId)}`)
  if (e.resultText) lines.push(`办理结果：${e.resultText}`)
  if (e.reason) lines.push(`理由：${e.reason}`)
  if (e.note) lines.push(e.note)
  return lines
}

/** The place of a report: the map's point and address, or the address typed without GPS. */
export function placeOf(c: CaseDetail): { address: string; lat: number | null; lng: number | null } {
  const loc = c.complaint?.location
  const typed = typeof c.values.address === 'string' ? c.values.address : ''
  return { address: loc?.address || typed, lat: loc?.lat ?? null, lng: loc?.lng ?? null }
}

function levelTone(level: string): StatusTone {
  return level === 'red' ? 'red' : level === 'yellow' ? 'yellow' : 'blue'
}

export interface DetailProps {
  id?: string
  /** just filed: show the receipt line */
  created?: boolean
  /** just joined with 我也遇到 */
  joined?: boolean
}

export function ComplaintDetailScreen({ id, created, joined }: DetailProps) {
  const q = useComplaint(id)
  const write = useWriteComplaint(id)
  const c = q.data

  if (!id) {
    return (
      <Screen>
        <EmptyState title='没有指定诉求' description='请从“我的诉求”或“社区动态”里点开一条。' />
      </Screen>
    )
  }
  if (q.isPending) return <Screen><LoadingState rows={4} label='正在加载诉求…' /></Screen>
  if (q.error && !c) return <Screen><ErrorState message={errorMessage(q.error)} onRetry={() => void q.refetch()} /></Screen>
  if (!c) return <Screen><EmptyState title='没有找到这条诉求' /></Screen>

  const facts = c.complaint
  const category = complaintCategory(c.categoryId ?? '')
  const level = c.level ? triageLevel(c.level) : undefined

  return (
    <Screen className='detail'>
      {created ? (
        <View className='detail__receipt' role='status'>
          <View>✓ 已提交，编号 {c.caseNo}。社区会尽快受理，有进展会在这里显示。</View>
          <View className='detail__next'>
            <AppButton
              onClick={() =>
                void Promise.resolve()
                  .then(() => Taro.pageScrollTo({ selector: '#complaint-progress', duration: 300 }))
                  .catch(() => undefined)
              }
            >
              查看进度
            </AppButton>
            <AppButton variant='secondary' onClick={() => void Taro.switchTab({ url: paths.home.path })}>
              回首页
            </AppButton>
          </View>
        </View>
      ) : null}
      {joined ? (
        <View className='detail__receipt' role='status'>
          ✓ 已记下“我也遇到”（共 {(facts?.supporters ?? 0) + 1} 人反映）。处理进展会在这里显示。
        </View>
      ) : null}
      <Section title={category?.name ?? c.title} extra={<StatusTag label={c.statusLabel} tone={toneOf(c.bucket, c.status)} />}>
        <View className='detail__row'>编号：{c.caseNo}</View>
        <View className='detail__row'>提交时间：{formatDateTime(c.submittedAt)}</View>
        {level ? (
          <View className='detail__row'>
            处理级别：<StatusTag label={level.label} tone={levelTone(level.id)} /> {level.description}
          </View>
        ) : (
          <View className='detail__row'>处理级别：等待社区受理后确定</View>
        )}
        {c.dueDate ? (
          <View className='detail__row'>
            {c.bucket === 'open' ? '答复期限' : '原定期限'}：{c.dueDate}
            {c.dueProvisional ? '（预计，节假日安排未公布）' : ''}
          </View>
        ) : null}
        {facts ? (
          <>
            {typeof c.values.matterId === 'string' ? (
              <View className='detail__row'>想办的事项：{MATTER_INDEX.find((m) => m.id === c.values.matterId)?.name ?? c.values.matterId}</View>
            ) : null}
            {typeof c.values.stuckAt === 'string' && c.values.stuckAt ? <View className='detail__row'>卡在：{c.values.stuckAt}</View> : null}
            <View className='detail__desc'>{facts.description}</View>
            {placeText(placeOf(c)) ? (
              <View className='detail__row detail__place'>
                <View>位置：</View>
                <PlaceView {...placeOf(c)} />
              </View>
            ) : null}
            {facts.photos.length ? (
              <View className='detail__row'>
                <View>照片：{facts.photos.length}张（点按放大）</View>
                <FileThumbs files={facts.photos} label='照片' />
              </View>
            ) : null}
            <View className='detail__row'>已有 {facts.supporters + 1} 人反映这个问题</View>
            <View className='detail__row'>反映人：{facts.anonymous ? `${c.applicant.nameMasked}（已设为不公开姓名）` : c.applicant.nameMasked}</View>
          </>
        ) : null}
      </Section>
      <ResidentActions c={c} onChanged={write} />
      <Section title='办理进度'>
        <View className='timeline' id='complaint-progress'>
          {c.history.map((e, i) => (
            <View key={i} className='timeline__item'>
              <View className='timeline__title'>
                {ACTION_TEXT[e.action] ?? e.action}
                {e.to && e.action !== 'submit' && statusDef('complaint', e.to as StatusId) ? ` · ${statusDef('complaint', e.to as StatusId)!.residentLabel}` : ''}
              </View>
              <View className='timeline__meta'>
                {formatDateTime(e.at)} · {e.actor.name}
              </View>
              {entryText(e as Extra).map((line, n) => (
                <View key={n} className='timeline__text'>
                  {line}
                </View>
              ))}
            </View>
          ))}
        </View>
      </Section>
      {canSubscribe('complaint-reply') && c.bucket === 'open' ? (
        <Section title='进度提醒'>
          <AppButton variant='secondary' block onClick={() => void requestSubscription('complaint-reply')}>
            有进展时微信提醒我
          </AppButton>
        </Section>
      ) : null}
    </Screen>
  )
}

function ResidentActions({ c, onChanged }: { c: CaseDetail; onChanged: (next: CaseDetail) => void }) {
  const [mode, setMode] = useState<'none' | 'reopen'>('none')
  const [reason, setReason] = useState('')
  const [level, setLevel] = useState<string | null>(null)
  const [ratingReason, setRatingReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<{ reason?: string; level?: string; ratingReason?: string }>({})
  const [busy, setBusy] = useState(false)
  const can = (a: string) => c.allowedActions.includes(a)

  async function run(fn: () => Promise<CaseDetail>) {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      onChanged(await fn())
      setMode('none')
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const confirm = () => run(() => getApi().confirmComplaint(c.id, { version: c.version }))
  const reopen = () => {
    if (reason.trim().length < 2) {
      setFieldError({ reason: '请写下问题哪里还没解决，方便社区继续处理' })
      return
    }
    setFieldError({})
    void run(() => getApi().reopenComplaint(c.id, { version: c.version, reason: reason.trim() }))
  }
  const rate = () => {
    const v = validateRating({ level, reason: ratingReason })
    if (!v.valid) {
      setFieldError({ level: v.errors.level, ratingReason: v.errors.reason })
      return
    }
    setFieldError({})
    void run(() =>
      sendViaOutbox({
        id: `rating:${c.id}`,
        label: `评价：${c.title}`,
        call: { op: 'rateCase', args: [c.id, { level: level!, reason: ratingReason.trim() || undefined }] },
      }),
    )
  }

  const showResolved = can('confirm') || can('reopen')
  const showRate = can('rate') && !c.rating
  if (!showResolved && !showRate && !c.rating) return null
  const chosen = level ? ratingLevel(level) : undefined

  return (
    <>
      {showResolved ? (
        <Section title='问题解决了吗？'>
          <View className='detail__row'>社区已办结。请在办结后{REOPEN_WINDOW_DAYS}天内确认；问题还在的话，可以重新打开。</View>
          {mode === 'reopen' ? (
            <>
              <FormField label='哪里还没解决' required error={fieldError.reason}>
                <Textarea className='app-input composer__textarea' value={reason} maxlength={300} placeholder='如：路灯修了两天又不亮了' onInput={(e) => setReason(e.detail.value)} />
              </FormField>
              <AppButton block variant='danger' loading={busy} onClick={reopen}>
                重新打开
              </AppButton>
              <AppButton block variant='secondary' onClick={() => setMode('none')}>
                取消
              </AppButton>
            </>
          ) : (
            <>
              {can('confirm') ? (
                <AppButton block loading={busy} onClick={() => void confirm()}>
                  已解决，确认办结
                </AppButton>
              ) : null}
              {can('reopen') ? (
                <AppButton block variant='secondary' onClick={() => setMode('reopen')}>
                  没解决，重新打开
                </AppButton>
              ) : null}
            </>
          )}
        </Section>
      ) : null}
      {showRate ? (
        <Section title='评价这次办理（好差评）'>
          <FormField label='满意程度' required error={fieldError.level}>
            <ChipGroup>
              {RATING_LEVELS.map((r) => (
                <Chip key={r.id} label={r.label} on={level === r.id} onClick={() => setLevel(r.id)} />
              ))}
            </ChipGroup>
          </FormField>
          <FormField label={chosen?.bad ? '不满意的原因' : '想说的话（可选）'} required={Boolean(chosen?.bad)} error={fieldError.ratingReason} help={chosen?.bad ? '社区会专人回访您' : undefined}>
            <Textarea className='app-input composer__textarea' value={ratingReason} maxlength={300} onInput={(e) => setRatingReason(e.detail.value)} />
          </FormField>
          <AppButton block loading={busy} onClick={rate}>
            提交评价
          </AppButton>
        </Section>
      ) : null}
      {c.rating ? (
        <Section title='您的评价'>
          <View className='detail__row'>
            {ratingLevel(c.rating.level)?.label ?? c.rating.level}
            {c.rating.reason ? `：${c.rating.reason}` : ''}
          </View>
        </Section>
      ) : null}
      {error ? (
        <View className='composer__error' role='alert'>
          ⚠ {error}
        </View>
      ) : null}
    </>
  )
}
