/**
 * One bundle case: its status derived from the parts, each part's progress underneath (with
 * its department and case number), the fee summary, and — when a part needs the resident —
 * the reason with 修改后重新提交 (a rejected part) or 撤回这一项 (a part not yet taken on).
 */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { getApi, isApiError } from '@/api'
import type { BundleCase, BundlePart } from '@/api/contract/one-thing'
import { findBundle } from '@/domain/bundles'
import type { FieldValue, FormDefinition, FormValues } from '@/domain/matters/types'
import { FormRenderer } from '@/features/apply'
import { appToday } from '@/lib/app-clock'
import { caseDetailUrl } from '@/features/cases'
import { newKey } from '@/lib/ids'
import { AppButton, ConfirmDialog, ErrorState, LoadingState, Screen, a11y, cx } from '@/ui'
import './one-thing.css'
import { FeeCard } from './fee-card'
import { useBundleCase, usePartCase, useWriteBundleCase } from './api/get-bundles'

export function BundleCaseScreen({ id }: { id: string }) {
  const state = useBundleCase(id)
  const write = useWriteBundleCase(id)
  const b = state.data
  if (state.isPending)
    return (
      <Screen>
        <LoadingState rows={4} label='正在查询进度…' />
      </Screen>
    )
  if (!b)
    return (
      <Screen>
        <ErrorState
          message={isApiError(state.error) ? state.error.message : '网络不太好，请稍后重试'}
          onRetry={() => void state.refetch()}
        />
      </Screen>
    )
  return (
    <Screen className='onething'>
      <View className='onething__title' {...a11y('heading', { level: 1 })}>
        {b.name}
      </View>
      <View className={cx('onething__status', `onething__status--${b.status}`)} {...a11y('status')}>
        {b.statusLabel}
      </View>
      <View className='onething__card'>
        <View className='onething__card-title' {...a11y('heading', { level: 2 })}>
          各项进度
        </View>
        {b.parts.map((p) => (
          <Part
            key={p.caseId}
            bundle={b}
            part={p}
            onChanged={write}
            reload={() => void state.refetch()}
          />
        ))}
      </View>
      {b.fees ? <FeeCard fees={b.fees} /> : null}
    </Screen>
  )
}

function Part({
  bundle,
  part,
  onChanged,
  reload,
}: {
  bundle: BundleCase
  part: BundlePart
  onChanged(next: BundleCase): void
  reload(): void
}) {
  const [fixing, setFixing] = useState(false)
  const [withdrawing, setWithdrawing] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const withdraw = async () => {
    setWithdrawing(false)
    try {
      await getApi().withdrawCase(part.caseId, { version: part.version, reason: '一件事中撤回这一项' })
      reload()
    } catch (e) {
      setError(isApiError(e) ? e.message : '网络不太好，请稍后重试')
    }
  }
  return (
    <View className='onething__part' data-part={part.matterId}>
      <View className='onething__part-name'>{part.matterName}</View>
      <View className='onething__meta'>
        {part.departmentName} · {part.caseNo} · {part.statusLabel}
      </View>
      {part.reason ? <View className='onething__reason'>原因：{part.reason}</View> : null}
      {error ? (
        <View className='onething__error' {...a11y('alert')}>
          {error}
        </View>
      ) : null}
      <AppButton variant='secondary' onClick={() => void Taro.navigateTo({ url: caseDetailUrl(part.caseId) })}>
        查看这一项
      </AppButton>
      {part.status === 'rejected' && !fixing ? (
        <AppButton onClick={() => setFixing(true)}>修改后重新提交</AppButton>
      ) : null}
      {part.status === 'needs-supplement' ? (
        <AppButton onClick={() => void Taro.navigateTo({ url: caseDetailUrl(part.caseId) })}>去补充材料</AppButton>
      ) : null}
      {part.status === 'submitted' || part.status === 'needs-supplement' ? (
        <AppButton variant='secondary' onClick={() => setWithdrawing(true)}>
          撤回这一项
        </AppButton>
      ) : null}
      {fixing ? (
        <Refile
          bundle={bundle}
          part={part}
          onDone={(next) => {
            setFixing(false)
            onChanged(next)
          }}
        />
      ) : null}
      <ConfirmDialog
        open={withdrawing}
        title={`撤回「${part.matterName}」？`}
        message='只撤回这一项，其他几项照常办理'
        confirmLabel='撤回这一项'
        cancelLabel='不撤回'
        danger
        onConfirm={() => void withdraw()}
        onCancel={() => setWithdrawing(false)}
      />
    </View>
  )
}

const NO_AUTOFILL = { values: {}, sources: {}, missing: [], notes: {} }

/** The rejected part's own answers, to fix: only its fields and materials; the other parts stand. */
function Refile({ bundle, part, onDone }: { bundle: BundleCase; part: BundlePart; onDone(next: BundleCase): void }) {
  const def = findBundle(bundle.bundleId)
  const spec = def?.parts.find((p) => p.matterId === part.matterId)
  const sub: FormDefinition | null = useMemo(() => {
    if (!def || !spec) return null
    const lockedOrPersonal = (t: string) => t === 'id-number' || t === 'phone' || t === 'household-member'
    return {
      version: def.form.version,
      fields: def.form.fields.filter(
        (f) => spec.fields.includes(f.key) && !f.autofill?.locked && !lockedOrPersonal(f.type),
      ),
      materials: def.form.materials
        .filter((m) => spec.materials.includes(m.key))
        .map((m) => ({ ...m, required: false })),
    }
  }, [def, spec])
  const before = usePartCase(part.caseId)
  const [changed, setChanged] = useState<FormValues>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [sending, setSending] = useState(false)
  const [key] = useState(() => newKey('refile'))
  if (!sub || before.isPending) return <LoadingState rows={2} label='正在打开…' />
  const values: FormValues = { ...((before.data?.values ?? {}) as FormValues), ...changed }
  const send = async () => {
    setSending(true)
    try {
      onDone(
        await getApi().refileBundlePart(bundle.id, part.caseId, {
          values: changed,
          materials: {},
          idempotencyKey: key,
        }),
      )
    } catch (e) {
      if (isApiError(e) && e.code === 'validation') setErrors(e.fieldErrors)
      else setErrors({ _: isApiError(e) ? e.message : '网络不太好，请稍后重试' })
    } finally {
      setSending(false)
    }
  }
  return (
    <View className='onething__card'>
      <View className='onething__text'>改好下面的内容后重新提交；其他几项不受影响。</View>
      {errors._ ? (
        <View className='onething__error' {...a11y('alert')}>
          {errors._}
        </View>
      ) : null}
      <FormRenderer
        def={sub}
        values={values}
        autofill={NO_AUTOFILL}
        profile={null}
        errors={errors}
        materials={{}}
        materialErrors={{}}
        today={appToday()}
        onChange={(k: string, v: FieldValue) => {
          setChanged((prev) => ({ ...prev, [k]: v }))
          setErrors(({ [k]: _fixed, ...rest }) => rest)
        }}
        onBlur={() => undefined}
        onAddMaterial={async () => '请在这一项的办件详情里补充材料'}
        onRemoveMaterial={() => undefined}
      />
      <AppButton block loading={sending} onClick={() => void send()}>
        重新提交这一项
      </AppButton>
    </View>
  )
}
