/**
 * 测试工具 (mock and demo builds only: required on the build-time literal, so http builds do
 * not contain it). Opened by a long press on the version line in 我的. Switch persona, reset
 * and reseed, fix the simulated face outcome, inject faults per endpoint, move the clock, and
 * watch the live request log (no bodies: nothing personal is shown).
 */
import { Input, View } from '@tarojs/components'
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { FaceOutcome, Persona } from '@/api'
import { FAULT_KINDS, FAULT_LABELS, testerControls, type FaultKind } from '@/api/tester-controls'
import { getTesterApi } from '@/api/tester-api'
import { todayInChina } from '@/domain/time/china-time'
import { signInAs, signOut } from '@/features/identity'
import { errorMessage } from '@/lib/error-message'
import { getOutbox } from '@/stores/outbox-store'
import { AppButton, Sheet, a11y, cx } from '@/ui'
import './tester.css'

const FACE: Array<[FaceOutcome | null, string]> = [
  [null, '由核验页选择'],
  ['pass', '通过'],
  ['mismatch', '不是本人'],
  ['cancelled', '取消'],
  ['timeout', '超时'],
]

function Pill({ label, on, onClick }: { label: string; on?: boolean; onClick(): void }) {
  return (
    <View className={cx('tester__pill', on && 'tester__pill--on')} onClick={onClick} {...a11y('button', { label: on ? `${label}，已选` : label })}>
      {label}
    </View>
  )
}

function useControls() {
  return useSyncExternalStore(
    (fn) => testerControls.subscribe(fn),
    () => testerControls.log,
  )
}

export function TesterPanel({ open, onClose }: { open: boolean; onClose(): void }) {
  const log = useControls()
  const [personas, setPersonas] = useState<Persona[]>([])
  const [note, setNote] = useState('')
  const [path, setPath] = useState('/v1/complaints')
  const [kind, setKind] = useState<FaultKind>('error-503')
  const [probability, setProbability] = useState(1)
  const [, bump] = useState(0)
  const refresh = () => bump((n) => n + 1)

  useEffect(() => {
    if (!open) return
    getTesterApi()
      .listPersonas()
      .then(setPersonas, () => setPersonas([]))
  }, [open])

  const act = async (label: string, fn: () => unknown) => {
    try {
      await fn()
      setNote(`已${label}`)
    } catch (e) {
      setNote(errorMessage(e, `${label}没有成功`))
    }
    refresh()
  }

  const rules = testerControls.faults.list()
  const offsetDays = Math.round(testerControls.clock.offsetMs / 86_400_000)
  const pending = getOutbox().entries().filter((e) => e.state !== 'delivered').length

  return (
    <Sheet open={open} title='测试工具（仅体验版）' onClose={onClose} closeLabel='关闭'>
      <View className='tester'>
        {note ? <View className='tester__note' {...a11y('status')}>{note}</View> : null}

        <View className='tester__h'>切换身份</View>
        <View className='tester__row'>
          {personas.map((p) => (
            <Pill key={p.id} label={p.label} onClick={() => void act(`切换为${p.label}`, () => signInAs(p.id))} />
          ))}
        </View>

        <View className='tester__h'>数据</View>
        <View className='tester__row'>
          <AppButton
            variant='danger'
            onClick={() =>
              void act('重置并重新生成演示数据', async () => {
                await signOut()
                await testerControls.reset()
              })
            }
          >
            重置数据
          </AppButton>
        </View>

        <View className='tester__h'>人脸核验结果</View>
        <View className='tester__row'>
          {FACE.map(([o, label]) => (
            <Pill
              key={label}
              label={label}
              on={testerControls.faceOutcome === o}
              onClick={() => {
                testerControls.faceOutcome = o
                setNote(`人脸核验结果：${label}`)
                refresh()
              }}
            />
          ))}
        </View>

        <View className='tester__h'>故障注入（按接口）</View>
        <View className='tester__field'>
          <View>接口（可用 :id 和 *）</View>
          <Input className='tester__input' value={path} onInput={(e) => setPath(e.detail.value)} ariaLabel='接口路径' />
        </View>
        <View className='tester__row'>
          {FAULT_KINDS.map((k) => (
            <Pill key={k} label={FAULT_LABELS[k]} on={kind === k} onClick={() => setKind(k)} />
          ))}
        </View>
        <View className='tester__row'>
          {[1, 0.5, 0.3].map((p) => (
            <Pill key={p} label={`${Math.round(p * 100)}%`} on={probability === p} onClick={() => setProbability(p)} />
          ))}
        </View>
        <View className='tester__row'>
          <AppButton
            onClick={() => {
              if (!path.startsWith('/')) return setNote('接口要以 / 开头，例如 /v1/complaints')
              testerControls.faults.set([
                ...rules,
                { path: path.trim(), kind, probability, ...(kind === 'rate-limit' ? { retryAfterS: 2 } : {}), ...(kind === 'timeout' ? { latencyMs: 3000 } : {}) },
              ])
              setNote(`已添加：${path} ${FAULT_LABELS[kind]} ${Math.round(probability * 100)}%`)
              refresh()
            }}
          >
            添加故障
          </AppButton>
          <AppButton variant='secondary' onClick={() => void act('清除全部故障', () => testerControls.faults.clear())}>
            清除全部
          </AppButton>
        </View>
        {rules.map((r, i) => (
          <View key={`${r.path}-${i}`} className='tester__line'>
            {r.method ?? '任意'} {r.path} · {FAULT_LABELS[r.kind]} · {Math.round((r.probability ?? 1) * 100)}%
          </View>
        ))}

        <View className='tester__h'>时钟（服务端时间）</View>
        <View className='tester__line'>
          {todayInChina(testerControls.clock.now())}（{offsetDays === 0 ? '当前时间' : `${offsetDays > 0 ? '+' : ''}${offsetDays} 天`}）
        </View>
        <View className='tester__row'>
          {[1, 7, 30, 365].map((d) => (
            <Pill key={d} label={`+${d}天`} onClick={() => void act(`把时钟拨快 ${d} 天`, () => testerControls.clock.advanceDays(d))} />
          ))}
          <Pill label='恢复' onClick={() => void act('恢复当前时间', () => testerControls.clock.setOffset(0))} />
        </View>

        <View className='tester__h'>请求记录（最近 30 条{pending ? `；待发送 ${pending} 件` : ''}）</View>
        <View className='tester__log' {...a11y('list')}>
          {log.length === 0 ? <View className='tester__line'>还没有请求</View> : null}
          {log
            .slice(-30)
            .reverse()
            .map((l) => (
              <View key={`${l.at}-${l.path}-${l.method}`} className='tester__line' {...a11y('listitem')}>
                {l.method} {l.path} → {l.status || l.error || '无回复'} · {l.durationMs}ms
                {l.retries ? ` · 重试${l.retries}次` : ''}
                {l.idempotencyKey ? ` · 幂等键 ${l.idempotencyKey.slice(0, 18)}` : ''}
              </View>
            ))}
        </View>
      </View>
    </Sheet>
  )
}
