/**
 * 待办: applications and complaints in one list, soonest due first, with filters, search, SLA
 * badges in words, server paging and a windowed list (smooth with 10 000 cases), and batch
 * 受理 / 分级 with a per-item result list.
 */
import { Input, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useMemo, useRef, useState } from 'react'
import { getApi, type CaseSummary, type QueueFilter, type User } from '@/api'
import { TRIAGE_LEVELS } from '@/domain/complaints/triage'
import { signOut } from '@/features/identity'
import { useElderMode, usePrefsStore } from '@/stores/prefs-store'
import { a11y, AppButton, Chip, ChipGroup, cx, EmptyState, ErrorState, LoadingState, Screen, StatusTag } from '@/ui'
import { batchSummary, newBatch, runBatch, type BatchOutcome, type BatchRun } from './batch'
import { kindLabel, levelTag, slaLabel, slaOf, SLA_TONES } from './labels'
import { ME_TAB, ROLE_NAMES, StaffGate } from './staff-gate'
import { useQueue } from './api/get-queue'
import { WalkInPanel } from './walk-in'
import { WindowedList } from './windowed-list'
import { paths } from '@/routes'
import './worker.css'

export function caseUrl(id: string): string {
  return paths.worker.case.url(id)
}

type Preset = 'all' | 'overdue' | 'due-today' | 'due-soon' | 'mine' | 'follow-up'
const PRESETS: Array<{ id: Preset; label: string }> = [
  { id: 'all', label: '全部待办' },
  { id: 'overdue', label: '已超期' },
  { id: 'due-today', label: '今日到期' },
  { id: 'due-soon', label: '1个工作日内到期' },
  { id: 'mine', label: '分给我的' },
  { id: 'follow-up', label: '待回访' },
]

export function QueueScreen() {
  return <StaffGate title='待办'>{(user) => <Queue user={user} />}</StaffGate>
}

export function rowHeightFor(elder: boolean, fontScale: number): number {
  return Math.round((elder ? 156 : 124) * Math.max(1, fontScale))
}

function Queue({ user }: { user: User }) {
  const [preset, setPreset] = useState<Preset>('all')
  const [kind, setKind] = useState<QueueFilter['kind']>(undefined)
  const [level, setLevel] = useState<string | undefined>(undefined)
  const [gridId, setGridId] = useState<string | undefined>(undefined)
  const [search, setSearch] = useState('')
  const [q, setQ] = useState('')
  const filter = useMemo<QueueFilter>(() => {
    const f: QueueFilter = {}
    if (kind) f.kind = kind
    if (level) f.level = level
    if (gridId) f.gridId = gridId
    if (q) f.q = q
    if (preset === 'overdue' || preset === 'due-today' || preset === 'due-soon') f.sla = preset
    if (preset === 'mine') f.mine = true
    if (preset === 'follow-up') f.followUp = true
    return f
  }, [preset, kind, level, gridId, q])
  const queue = useQueue(filter)
  const first = useRef(true)
  useDidShow(() => {
    // coming back from a case: its status may have changed
    if (first.current) first.current = false
    else void queue.reload()
  })

  const { elderMode: elder } = useElderMode()
  const fontScale = usePrefsStore((s) => s.fontScale)
  const rowHeight = rowHeightFor(elder, fontScale)
  const listHeight = useMemo(() => {
    try {
      const h = Taro.getWindowInfo?.().windowHeight ?? Taro.getSystemInfoSync().windowHeight
      return Math.max(320, Math.round(h * 0.62))
    } catch {
      return 480
    }
  }, [])

  const [walkIn, setWalkIn] = useState(false)
  const [selecting, setSelecting] = useState(false)
  const [selected, setSelected] = useState<Record<string, CaseSummary>>({})
  const [batchLevel, setBatchLevel] = useState<string>('')
  const [batchBusy, setBatchBusy] = useState('')
  const [outcomes, setOutcomes] = useState<BatchOutcome[] | null>(null)
  const lastRun = useRef<{ run: BatchRun; items: CaseSummary[] } | null>(null)
  const picked = Object.values(selected)

  function toggle(c: CaseSummary) {
    setSelected((s) => {
      const next = { ...s }
      if (next[c.id]) delete next[c.id]
      else next[c.id] = c
      return next
    })
  }

  async function batch(action: 'accept' | 'triage', retry = false) {
    const prev = lastRun.current
    const items =
      retry && prev
        ? prev.items.filter((c) => outcomes?.some((o) => o.id === c.id && !o.ok))
        : picked.filter((c) => c.kind === (action === 'accept' ? 'application' : 'complaint'))
    if (!items.length) return
    const run = retry && prev ? prev.run : newBatch(action, action === 'triage' ? { level: batchLevel } : {}, items)
    lastRun.current = { run, items: retry && prev ? prev.items : items }
    setBatchBusy(`正在处理 0/${items.length}`)
    const result = await runBatch(getApi(), run, items, (done, total) => setBatchBusy(`正在处理 ${done}/${total}`))
    setBatchBusy('')
    setOutcomes(retry && outcomes ? outcomes.map((o) => result.find((r) => r.id === o.id) ?? o) : result)
    setSelected({})
    void queue.reload()
  }

  /** 退出登录 ends the staff session and leaves the console for 我的, where one can sign in again. */
  async function leave() {
    await signOut()
    void Taro.switchTab({ url: ME_TAB })
  }

  const apps = picked.filter((c) => c.kind === 'application').length
  const complaints = picked.length - apps
  const canGrid = user.role === 'clerk' || user.role === 'admin'

  return (
    <Screen safeBottom={false} className='worker'>
      <View className='worker__head'>
        <View className='worker__who'>
          {user.displayName} · {ROLE_NAMES[user.role as keyof typeof ROLE_NAMES] ?? user.role}
        </View>
        <View className='worker__links'>
          <View className='worker-link' onClick={() => void Taro.switchTab({ url: ME_TAB })} {...a11y('link')}>
            我的
          </View>
          <View className='worker-link' onClick={() => void leave()} {...a11y('button')}>
            退出登录
          </View>
          {user.role === 'clerk' || user.role === 'grid-worker' ? (
            <View className='worker-link' onClick={() => setWalkIn(!walkIn)} {...a11y('button')}>
              窗口代录
            </View>
          ) : null}
          <View className='worker-link' onClick={() => void Taro.navigateTo({ url: paths.worker.assist.path })} {...a11y('link')}>
            帮办
          </View>
          {user.role === 'admin' || user.role === 'clerk' ? (
            <View
              className='worker-link'
              onClick={() => void Taro.navigateTo({ url: paths.worker.stats.path })}
              {...a11y('link')}
            >
              统计
            </View>
          ) : null}
          {user.role === 'admin' ? (
            <View
              className='worker-link'
              onClick={() => void Taro.navigateTo({ url: paths.worker.audit.path })}
              {...a11y('link')}
            >
              审计日志
            </View>
          ) : null}
        </View>
      </View>

      {walkIn ? <WalkInPanel caseUrl={caseUrl} onClose={() => setWalkIn(false)} /> : null}

      <View className='worker__search'>
        <Input
          className='app-input worker__search-input'
          placeholder='办件编号或姓名（如 周*）'
          value={search}
          confirmType='search'
          onInput={(e) => setSearch(e.detail.value)}
          onConfirm={() => setQ(search.trim())}
        />
        <AppButton variant='secondary' onClick={() => setQ(search.trim())}>
          搜索
        </AppButton>
      </View>

      <ChipGroup className='worker-filters' label='按到期筛选'>
        {PRESETS.map((p) => (
          <Chip key={p.id} label={p.label} on={preset === p.id} onClick={() => setPreset(p.id)} />
        ))}
      </ChipGroup>
      <ChipGroup className='worker-filters' label='按类型和分级筛选'>
        <Chip
          label='办件'
          on={kind === 'application'}
          onClick={() => setKind(kind === 'application' ? undefined : 'application')}
        />
        <Chip
          label='诉求'
          on={kind === 'complaint'}
          onClick={() => setKind(kind === 'complaint' ? undefined : 'complaint')}
        />
        {TRIAGE_LEVELS.map((l) => (
          <Chip
            key={l.id}
            label={l.label}
            on={level === l.id}
            onClick={() => setLevel(level === l.id ? undefined : l.id)}
          />
        ))}
        {canGrid ? (
          <>
            <Chip
              label='网格一'
              on={gridId === 'g-1'}
              onClick={() => setGridId(gridId === 'g-1' ? undefined : 'g-1')}
            />
            <Chip
              label='网格二'
              on={gridId === 'g-2'}
              onClick={() => setGridId(gridId === 'g-2' ? undefined : 'g-2')}
            />
          </>
        ) : null}
      </ChipGroup>

      <View className='worker__bar'>
        <View className='worker__count' {...a11y('status', { live: 'polite' })}>
          {queue.loading ? '正在加载…' : `共 ${queue.total} 件${q ? `（搜索“${q}”）` : ''}，按到期日排序`}
        </View>
        <View className='worker__bar-actions'>
          <View className='worker-link' onClick={() => void queue.reload()} {...a11y('button')}>
            刷新
          </View>
          <View
            className='worker-link'
            onClick={() => {
              setSelecting(!selecting)
              setSelected({})
              setOutcomes(null)
            }}
            {...a11y('button')}
          >
            {selecting ? '退出批量' : '批量处理'}
          </View>
        </View>
      </View>

      {outcomes ? (
        <View className='worker-batch-result' {...a11y('status', { live: 'polite' })}>
          <View className='worker-batch-result__title'>{batchSummary(outcomes)}</View>
          {outcomes.map((o) => (
            <View key={o.id} className={cx('worker-batch-result__row', !o.ok && 'worker-batch-result__row--fail')}>
              {o.caseNo}：{o.ok ? '✓ 成功' : `⚠ ${o.message}`}
            </View>
          ))}
          {outcomes.some((o) => !o.ok && o.retryable) && lastRun.current ? (
            <AppButton
              variant='secondary'
              onClick={() => void batch(lastRun.current!.run.action as 'accept' | 'triage', true)}
            >
              重试未成功的
            </AppButton>
          ) : null}
        </View>
      ) : null}

      {queue.loading && !queue.items.length ? <LoadingState rows={5} label='正在加载待办…' /> : null}
      {queue.error && !queue.items.length ? (
        <ErrorState message={queue.error} onRetry={() => void queue.reload()} />
      ) : null}
      {!queue.loading && !queue.error && queue.items.length === 0 ? (
        <EmptyState
          title={preset === 'all' && !q ? '待办都处理完了' : '没有符合条件的办件'}
          description='换个筛选条件，或稍后刷新看看'
          action={{ label: '刷新', onClick: () => void queue.reload() }}
        />
      ) : null}
      {queue.items.length ? (
        <WindowedList
          className='worker-list'
          items={queue.items}
          rowHeight={rowHeight}
          height={listHeight}
          rowKey={(c) => c.id}
          onEndReached={() => void queue.loadMore()}
          refreshing={queue.loading}
          onRefresh={() => void queue.reload()}
          renderRow={(c) => (
            <QueueRow
              c={c}
              today={queue.today}
              selecting={selecting}
              selected={Boolean(selected[c.id])}
              onTap={() => (selecting ? toggle(c) : void Taro.navigateTo({ url: caseUrl(c.id) }))}
            />
          )}
        />
      ) : null}
      {queue.loadingMore ? <View className='worker__more'>正在加载更多…</View> : null}

      {selecting ? (
        <View className='worker-batch-bar'>
          <View className='worker-batch-bar__count'>
            已选 {picked.length} 件（办件 {apps}，诉求 {complaints}）
          </View>
          {batchBusy ? <View className='worker-batch-bar__count'>{batchBusy}</View> : null}
          <AppButton
            block
            disabled={!apps || Boolean(batchBusy)}
            disabledReason={apps ? undefined : '先勾选待受理的办件'}
            onClick={() => void batch('accept')}
          >
            受理所选办件（{apps}）
          </AppButton>
          <ChipGroup>
            {TRIAGE_LEVELS.map((l) => (
              <Chip key={l.id} label={l.label} on={batchLevel === l.id} onClick={() => setBatchLevel(l.id)} />
            ))}
          </ChipGroup>
          <AppButton
            block
            variant='secondary'
            disabled={!complaints || !batchLevel || Boolean(batchBusy)}
            disabledReason={!complaints ? '先勾选待分级的诉求' : !batchLevel ? '先选红黄蓝分级' : undefined}
            onClick={() => void batch('triage')}
          >
            分级受理所选诉求（{complaints}）
          </AppButton>
        </View>
      ) : null}
    </Screen>
  )
}

function QueueRow({
  c,
  today,
  selecting,
  selected,
  onTap,
}: {
  c: CaseSummary
  today?: string
  selecting: boolean
  selected: boolean
  onTap: () => void
}) {
  const sla = slaOf(c.dueDate, today)
  const lv = levelTag(c.level)
  const label = `${selecting ? (selected ? '已选，' : '未选，') : ''}${kindLabel(c.kind)}${c.title}，${c.caseNo}，${c.applicantMasked}，${c.statusLabel}${sla ? `，${slaLabel(sla)}` : ''}`
  return (
    <View className={cx('worker-queue-row', selected && 'worker-queue-row--selected')} onClick={onTap} {...a11y('button', { label })}>
      {selecting ? <View className='worker-queue-row__check'>{selected ? '☑' : '☐'}</View> : null}
      <View className='worker-queue-row__main'>
        <View className='worker-queue-row__title'>
          [{kindLabel(c.kind)}] {c.title}
        </View>
        <View className='worker__meta'>
          {c.caseNo} · {c.applicantMasked} ·{' '}
          {c.dueDate ? `${c.dueDate}${c.dueProvisional ? '（预计）' : ''}到期` : '未定时限'}
        </View>
        <View className='worker__tags'>
          <StatusTag label={c.statusLabel} tone='info' />
          {sla ? <StatusTag label={slaLabel(sla)} tone={SLA_TONES[sla]} /> : null}
          {lv ? <StatusTag label={lv.label} tone={lv.tone} /> : null}
        </View>
      </View>
    </View>
  )
}
