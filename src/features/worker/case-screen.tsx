/**
 * One case for a worker: applicant data masked (reveal = a deliberate tap with a reason, logged),
 * materials (photos open zoomable), the full append-only history with 内部 notes marked,
 * complaint facts (supporters, linked duplicates), rating and reopen reasons, and the actions
 * the state machine allows, each through the one generic action sheet.
 */
import { Input, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { getApi, type CaseDetail, type FileRef, type User } from '@/api'
import { TRANSITIONS } from '@/domain/cases/transitions'
import { findMatter } from '@/domain/matters/catalog'
import { formOfMatter } from '@/domain/bundles'
import { ONE_THING_VALUE_LABELS } from '@/domain/benefits/case-values'
import { CaseOneThingFacts } from '@/features/one-thing'
import { PLEDGE_KEY } from '@/domain/matters/engine'
import { ratingLevel } from '@/domain/rating/rating'
import { maskName } from '@/domain/identity/name'
import { DEPARTMENTS } from '@/domain/org/departments'
import { appToday } from '@/lib/app-clock'
import { errorMessage } from '@/lib/error-message'
import {
  a11y,
  AppButton,
  Cell,
  CellGroup,
  EmptyState,
  ErrorState,
  LoadingState,
  Screen,
  Section,
  StatusTag,
  PlaceView,
  placeText,
} from '@/ui'
import type { FormItemOption } from './action-form'
import { actionLabel } from './action-form'
import { FileThumbs } from '@/features/files'
import { ActionSheet } from './action-sheet'
import { useWorkerCase, useWriteWorkerCase } from './api/get-case'
import { kindLabel, levelTag, shortTime, slaLabel, slaOf, SLA_TONES } from './labels'
import { ME_TAB, QUEUE_URL, StaffGate } from './staff-gate'
import './worker.css'

const SYSTEM_ACTIONS = new Set(TRANSITIONS.filter((t) => t.system).map((t) => t.action as string))
const REVEALABLE: Array<{ field: string; label: string }> = [
  { field: 'name', label: '姓名' },
  { field: 'idNumber', label: '身份证号' },
  { field: 'phone', label: '手机号' },
]

export function CaseScreen({ id }: { id?: string }) {
  return <StaffGate title='办件详情'>{(user) => (id ? <Case id={id} user={user} /> : <NoCase />)}</StaffGate>
}

function NoCase() {
  return (
    <Screen>
      <EmptyState
        title='没有指定要看的办件'
        description='请从待办列表里点开一件'
        action={{ label: '回到待办', onClick: () => void Taro.redirectTo({ url: QUEUE_URL }) }}
      />
    </Screen>
  )
}

export function supplementOptionsFor(matterId: string | undefined): FormItemOption[] {
  const form = formOfMatter(matterId, matterId ? findMatter(matterId)?.form : undefined)
  if (!form) return []
  return [
    ...form.fields.map((f) => ({ value: f.key, label: f.label })),
    ...form.materials.map((m) => ({ value: m.key, label: `材料：${m.label}` })),
  ]
}

/** Back to the queue: the page below when the case was opened from it, else the queue itself. */
function backToQueue(): void {
  const pages = Taro.getCurrentPages()
  const below = pages.length > 1 ? pages[pages.length - 2]?.route ?? '' : ''
  if (below && QUEUE_URL.includes(below.replace(/^\//, ''))) void Taro.navigateBack()
  else void Taro.redirectTo({ url: QUEUE_URL })
}

function Case({ id, user }: { id: string; user: User }) {
  const state = useWorkerCase(id)
  const write = useWriteWorkerCase(id)
  const [action, setAction] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const detail = state.data

  const options = useMemo(() => supplementOptionsFor(detail?.matterId), [detail?.matterId])

  if (state.isPending)
    return (
      <Screen>
        <LoadingState rows={5} label='正在加载办件…' />
      </Screen>
    )
  if (state.error && !detail)
    return (
      <Screen>
        <ErrorState message={errorMessage(state.error)} onRetry={() => void state.refetch()} />
      </Screen>
    )
  if (!detail) return <NoCase />

  const today = appToday()
  // a closed case has no clock running: it shows how it ended instead
  const sla = detail.bucket === 'open' ? slaOf(detail.dueDate, today) : null
  const lv = levelTag(detail.level)
  const actions = detail.allowedActions.filter((a) => !SYSTEM_ACTIONS.has(a))
  const reopenReasons = detail.history.filter((h) => h.action === 'reopen' && h.reason)
  const photos = detail.complaint?.photos ?? []
  const label = (k: string) => options.find((o) => o.value === k)?.label ?? EXTRA_LABELS[k] ?? k
  const place = {
    address: detail.complaint?.location?.address || (typeof detail.values.address === 'string' ? detail.values.address : ''),
    lat: detail.complaint?.location?.lat ?? null,
    lng: detail.complaint?.location?.lng ?? null,
  }
  const shownValues = Object.entries(detail.values).filter(([k]) => !(detail.complaint && k === 'address'))

  return (
    <Screen safeBottom className='worker'>
      <View className='worker__links worker-case__nav'>
        <View className='worker-link' onClick={backToQueue} {...a11y('link')}>
          ‹ 返回待办
        </View>
        <View className='worker-link' onClick={() => void Taro.switchTab({ url: ME_TAB })} {...a11y('link')}>
          我的
        </View>
      </View>
      <View className='worker-case__head'>
        <View className='worker-case__title'>
          [{kindLabel(detail.kind)}] {detail.title}
        </View>
        <View className='worker__meta'>
          {detail.caseNo} · 提交于 {shortTime(detail.submittedAt)}
        </View>
        <View className='worker__tags'>
          <StatusTag label={detail.statusLabel} tone='info' />
          {sla ? <StatusTag label={`${slaLabel(sla)}（${detail.dueDate}到期）`} tone={SLA_TONES[sla]} /> : null}
          {lv ? <StatusTag label={lv.label} tone={lv.tone} /> : null}
        </View>
      </View>

      {/* 一件事: the bundle this part belongs to; 帮办: who prepared it and how it was authorised */}
      <CaseOneThingFacts detail={detail} />

      {notice ? (
        <View className='worker-notice' {...a11y('alert')}>
          {notice}
        </View>
      ) : null}

      {action ? (
        <ActionSheet
          detail={detail}
          user={user}
          action={action}
          today={today}
          supplementOptions={options}
          onCancel={() => setAction(null)}
          onDone={(next) => {
            // the server's reply goes into the cache
            write(next)
            setAction(null)
            setNotice(
              `✓ 已${actionLabel(detail.kind, detail.status, user.role, action)}，当前状态：${next.statusLabel}`,
            )
          }}
          onConflict={(message) => {
            setAction(null)
            setNotice(`⚠ ${message}`)
            write(null)
          }}
        />
      ) : (
        <Section title='办理'>
          {actions.length ? (
            <View className='worker-actions'>
              {actions.map((a) => (
                <AppButton
                  key={a}
                  variant={
                    a === 'reject' || a === 'close-unresolved' ? 'danger' : a === 'add-note' ? 'secondary' : 'primary'
                  }
                  onClick={() => {
                    setNotice('')
                    setAction(a)
                  }}
                >
                  {actionLabel(detail.kind, detail.status, user.role, a)}
                </AppButton>
              ))}
            </View>
          ) : (
            <View className='worker-form__hint'>这件办件当前没有您可以做的操作</View>
          )}
        </Section>
      )}

      <Applicant detail={detail} />

      {detail.supplement ? (
        <CellGroup title='待补正'>
          <Cell title='需补正的内容' description={detail.supplement.items.map(label).join('、')} />
          <Cell title='理由' description={detail.supplement.reason} />
        </CellGroup>
      ) : null}

      {detail.complaint ? (
        <CellGroup title='诉求内容'>
          <Cell title='描述' description={detail.complaint.description} />
          {placeText(place) ? (
            <Cell title='位置'>
              <PlaceView {...place} />
            </Cell>
          ) : (
            <Cell title='位置' description='居民没有给出位置' />
          )}
          <Cell title='我也遇到（附议）' value={`${detail.complaint.supporters} 人`} />
          {detail.complaint.duplicates.length ? (
            <Cell title='已合并的重复诉求' description={detail.complaint.duplicates.join('、')} />
          ) : null}
          {detail.complaint.anonymous ? <Cell title='公开时匿名' value='是' /> : null}
        </CellGroup>
      ) : null}

      {shownValues.length ? (
        <CellGroup title='填报内容'>
          {shownValues.map(([k, v]) => (
            <Cell key={k} title={label(k)} description={showValue(detail.matterId, k, v)} />
          ))}
        </CellGroup>
      ) : null}

      <Materials materials={detail.materials} photos={photos} label={label} />

      {detail.certificate ? (
        <CellGroup title='已出证'>
          <Cell
            title={detail.certificate.title}
            description={`编号 ${detail.certificate.serialNo}`}
            value={detail.certificate.code}
          />
        </CellGroup>
      ) : null}

      {detail.rating ? (
        <CellGroup title='居民评价'>
          <Cell
            title={ratingLevel(detail.rating.level)?.label ?? detail.rating.level}
            description={detail.rating.reason}
            value={shortTime(detail.rating.at)}
          />
        </CellGroup>
      ) : null}
      {reopenReasons.length ? (
        <CellGroup title='重新打开的原因'>
          {reopenReasons.map((h) => (
            <Cell key={h.at} title={h.reason ?? ''} value={shortTime(h.at)} />
          ))}
        </CellGroup>
      ) : null}

      <CellGroup title='办理记录（不可修改）'>
        {detail.history
          .slice()
          .reverse()
          .map((h, i) => (
            <View key={`${h.at}-${i}`} className='worker-history__item'>
              <View className='worker-history__line'>
                {h.visibility === 'internal' ? <StatusTag label='内部' tone='warning' /> : null}
                <View className='worker-history__what'>
                  {actionLabel(detail.kind, h.from ?? 'submitted', h.actor.role as User['role'], h.action)} ·{' '}
                  {h.actor.role === 'resident' ? maskName(h.actor.name) : h.actor.name}
                </View>
              </View>
              <View className='worker__meta'>{shortTime(h.at)}</View>
              {historyDetails(h as unknown as Record<string, unknown>).map((t) => (
                <View key={t} className='worker-history__note'>
                  {t}
                </View>
              ))}
            </View>
          ))}
      </CellGroup>
    </Screen>
  )
}

function historyDetails(h: Record<string, unknown>): string[] {
  const out: string[] = []
  const s = (k: string) => (typeof h[k] === 'string' && h[k] ? String(h[k]) : '')
  if (s('level')) out.push(`分级：${levelTag(s('level'))?.label}`)
  if (s('department')) out.push(`转派：${DEPARTMENTS.find((d) => d.id === s('department'))?.name ?? s('department')}`)
  if (s('reason')) out.push(`理由：${s('reason')}`)
  if (s('resultText')) out.push(`结果：${s('resultText')}`)
  if (s('note')) out.push(`说明：${s('note')}`)
  if (s('internalNote')) out.push(`内部说明：${s('internalNote')}`)
  if (s('missingMaterial')) out.push(`容缺材料：${s('missingMaterial')}，承诺 ${s('promisedDate')} 前补交`)
  return out
}

/** A form value as staff read it: option labels instead of codes, names masked (PII is revealed only on purpose). */
/** Values that are not form fields: the 承诺书 confirmation and what a 微诉求 carries beside its text. */
const EXTRA_LABELS: Record<string, string> = {
  ...ONE_THING_VALUE_LABELS,
  [PLEDGE_KEY]: '承诺书',
  matterId: '想办的事项',
  stuckAt: '卡在哪一步',
  address: '位置',
}

function showValue(matterId: string | undefined, key: string, v: unknown): string {
  if (key === PLEDGE_KEY) return v === true ? '已阅读并承诺遵守' : '未确认'
  if (key === 'matterId' && typeof v === 'string' && !findMatter(matterId ?? '')?.form?.fields.some((f) => f.key === key))
    return findMatter(v)?.name ?? v
  const field = formOfMatter(matterId, matterId ? findMatter(matterId)?.form : undefined)?.fields.find((f) => f.key === key)
  if (field?.type === 'name' && typeof v === 'string') return maskName(v)
  const options = field?.options
  if (options) {
    const one = (x: unknown) => options.find((o) => o.value === x)?.label ?? formatValue(x)
    return Array.isArray(v) ? v.map(one).join('、') : one(v)
  }
  return formatValue(v)
}

function formatValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（未填）'
  if (typeof v === 'string' || typeof v === 'number') return String(v)
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (Array.isArray(v)) return v.map(formatValue).join('、')
  if (typeof v === 'object')
    return Object.values(v as Record<string, unknown>)
      .filter((x) => typeof x === 'string')
      .join(' ')
  return String(v)
}

function Applicant({ detail }: { detail: CaseDetail }) {
  const [field, setField] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [revealed, setRevealed] = useState<Record<string, string>>({})

  async function reveal() {
    if (!field) return
    if ([...reason.trim()].length < 2) {
      setError('请填写查看原因（至少2个字），会记入审计日志')
      return
    }
    setBusy(true)
    setError('')
    try {
      const { value } = await getApi().workerReveal(detail.id, { field, reason: reason.trim() })
      setRevealed((r) => ({ ...r, [field]: value }))
      setField(null)
      setReason('')
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <CellGroup title='申请人' footer='个人信息默认隐藏；查看完整信息需填写原因，会记入审计日志'>
      <Cell title='姓名（已隐藏）' value={detail.applicant.nameMasked} />
      {detail.proxy ? <Cell title='代办人' value={detail.proxy.nameMasked} /> : null}
      {REVEALABLE.map((r) =>
        revealed[r.field] ? (
          <Cell key={r.field} title={`${r.label}（已查看，已记录）`} value={revealed[r.field]} />
        ) : (
          <Cell
            key={r.field}
            title={`查看完整${r.label}`}
            description='需填写原因'
            onClick={() => {
              setField(r.field)
              setError('')
            }}
          />
        ),
      )}
      {field ? (
        <View className='worker-form'>
          <View className='worker-form__title'>查看完整{REVEALABLE.find((r) => r.field === field)?.label}</View>
          <Input
            className='app-input'
            placeholder='查看原因，例如：电话联系补正'
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
          />
          {error ? (
            <View className='worker__error' {...a11y('alert')}>
              ⚠ {error}
            </View>
          ) : null}
          <View className='worker-form__buttons'>
            <AppButton block loading={busy} onClick={() => void reveal()}>
              确认查看（记入审计）
            </AppButton>
            <AppButton block variant='secondary' onClick={() => setField(null)}>
              取消
            </AppButton>
          </View>
        </View>
      ) : null}
    </CellGroup>
  )
}

function Materials({
  materials,
  photos,
  label,
}: {
  materials: Record<string, FileRef[]>
  photos: FileRef[]
  label: (k: string) => string
}) {
  const groups = Object.entries(materials).filter(([, files]) => files.length)
  if (!groups.length && !photos.length) return null
  // thumbnails of the bytes the resident uploaded, fetched with the worker's session; tap to enlarge
  const row = (files: FileRef[], name: string) => <FileThumbs files={files} label={name} />
  return (
    <CellGroup title='材料与照片（点照片可放大）'>
      {photos.length ? (
        <View className='worker-files'>
          <View className='worker-files__label'>现场照片</View>
          {row(photos, '现场照片')}
        </View>
      ) : null}
      {groups.map(([k, files]) => (
        <View key={k} className='worker-files'>
          <View className='worker-files__label'>{label(k)}</View>
          {row(files, label(k))}
        </View>
      ))}
    </CellGroup>
  )
}
