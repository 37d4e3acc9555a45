/**
 * 您可享受 (免申即享) on 首页 and in 我的: what the backend found the verified resident eligible
 * for, why, and how much. One tap on 确认领取 creates the approved-by-rule case (a paid benefit
 * goes to the account shown on the card: the record's, or another one picked there); 不需要
 * declines. The client decides nothing:
 * a stale card is refused by the server with the reason, which is shown on the card.
 */
import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { getApi, isApiError } from '@/api'
import type { Benefit } from '@/api/contract/one-thing'
import { useSession } from '@/features/identity'
import { newKey } from '@/lib/ids'
import { AppButton, ChoicePicker, a11y } from '@/ui'
import { useMyBenefits } from './api/get-assists'
import './one-thing.css'

type Step = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; caseNo: string } | { kind: 'declined' } | { kind: 'error'; message: string }

export function BenefitsCard() {
  const { verified } = useSession()
  const state = useMyBenefits(verified)
  // back on 首页 / 我的 (a tab stays mounted): ask again — the record or the tester's clock may have moved
  const seen = useRef(false)
  useDidShow(() => {
    if (seen.current && verified) void state.refetch()
    seen.current = true
  })
  const benefits = state.data ?? []
  if (!verified || benefits.length === 0) return null
  return (
    <View className='benefits' {...a11y('group', { label: '您可享受' })}>
      <View className='benefits__title' {...a11y('heading', { level: 2 })}>
        您可享受
      </View>
      {benefits.map((b) => (
        <BenefitItem key={b.id} benefit={b} />
      ))}
    </View>
  )
}

function BenefitItem({ benefit }: { benefit: Benefit }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  const [payTo, setPayTo] = useState(benefit.payOptions[0]?.value ?? '')
  const [key] = useState(() => newKey('benefit'))

  const confirm = async (payTo?: string) => {
    setStep({ kind: 'sending' })
    try {
      const c = await getApi().confirmBenefit(benefit.id, { payTo, idempotencyKey: key })
      setStep({ kind: 'done', caseNo: c.caseNo })
    } catch (e) {
      setStep({ kind: 'error', message: isApiError(e) ? e.message : '网络不太好，请稍后再试' })
    }
  }
  const decline = async () => {
    try {
      await getApi().declineBenefit(benefit.id)
      setStep({ kind: 'declined' })
    } catch (e) {
      setStep({ kind: 'error', message: isApiError(e) ? e.message : '网络不太好，请稍后再试' })
    }
  }

  if (step.kind === 'declined') return null
  return (
    <View className='benefit' data-benefit={benefit.id}>
      <View className='benefit__name'>{benefit.name}</View>
      {benefit.amount ? <View className='benefit__amount'>{benefit.amount}</View> : null}
      <View className='benefit__reason'>{benefit.reason}，不用申请，确认即可享受</View>
      {step.kind === 'done' ? (
        <View className='benefit__done' {...a11y('status')}>
          已确认，按规则核准（办件编号 {step.caseNo}），可在“我的办件”查看
        </View>
      ) : step.kind === 'error' ? (
        <View className='benefit__error' {...a11y('alert')}>
          {step.message}
        </View>
      ) : (
        <View className='benefit__actions'>
          {benefit.payOptions.length ? (
            <View>
              <View className='benefit__hint'>发放到（可以换）</View>
              <ChoicePicker label='发放到' options={benefit.payOptions} value={payTo} onChange={setPayTo} />
            </View>
          ) : null}
          <AppButton block loading={step.kind === 'sending'} onClick={() => void confirm(benefit.payOptions.length ? payTo : undefined)}>
            确认领取
          </AppButton>
          <AppButton block variant='secondary' onClick={() => void decline()}>
            不需要
          </AppButton>
        </View>
      )}
    </View>
  )
}
