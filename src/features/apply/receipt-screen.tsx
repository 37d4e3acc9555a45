/** 提交成功 (回执): case number, status, the working-day due date, what happens next, where to collect. */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { isApiError } from '@/api'
import { formatDateCn } from '@/domain/time/china-time'
import { canSubscribe, requestSubscription } from '@/platform/subscribe'
import { a11y, AppButton, Cell, CellGroup, EmptyState, ErrorState, LoadingState, Screen, StatusTag } from '@/ui'
import { useReceipt } from './api/get-matter'
import { DELIVERY_EXPLAINED, promisedOnline } from './labels'
import { paths } from '@/routes'
import './guide.css'
import './apply.css'

export const MY_CASES_URL = paths.cases.list.path
const HOME = paths.home.path

export function ReceiptScreen({ caseId }: { caseId: string }) {
  const state = useReceipt(caseId)

  if (!caseId) {
    return (
      <Screen>
        <EmptyState
          title='没有找到这份回执'
          description='您提交过的申请都在“我的办件”里，可以随时查看进度'
          action={{ label: '查看我的办件', onClick: () => void Taro.navigateTo({ url: MY_CASES_URL }) }}
        />
      </Screen>
    )
  }
  if (state.isPending) {
    return (
      <Screen>
        <LoadingState rows={3} label='正在读取回执…' />
      </Screen>
    )
  }
  if (state.error || !state.data) {
    return (
      <Screen>
        <ErrorState
          message={isApiError(state.error) ? state.error.message : '回执没有加载出来，申请已提交的可在“我的办件”查看'}
          onRetry={() => void state.refetch()}
        />
      </Screen>
    )
  }
  const { c, matter } = state.data
  const guide = matter?.guide ?? null
  const due = c.dueDate ? `${c.dueProvisional ? '预计 ' : ''}${formatDateCn(c.dueDate)}前办结` : '工作人员受理后告知'
  return (
    <Screen className='apply-receipt'>
      <View className='apply-receipt__hero' {...a11y('status')}>
        <View className='apply-receipt__ok'>✓ 申请已提交</View>
        <View className='apply-receipt__title'>{c.title}</View>
      </View>
      <CellGroup title='办件信息'>
        <Cell title='办件编号' description={c.caseNo} className='apply-receipt__no' />
        <Cell title='当前状态'>
          <StatusTag label={c.statusLabel} tone='info' />
        </Cell>
        <Cell
          title='办结时限'
          description={`${due}${guide ? `（${promisedOnline(guide.timeLimitDays)}）` : ''}`}
          className='apply-receipt__due'
        />
        {c.dueProvisional ? (
          <Cell title='说明' description='明年的放假安排还没公布，日期按惯例预计，公布后会自动更新' />
        ) : null}
      </CellGroup>
      <CellGroup title='接下来'>
        <Cell
          title='1. 工作人员审核'
          description='社区工作人员会在时限内审核您的材料；需要补充材料时会通知您，补正期间不计时'
        />
        <Cell title='2. 查看进度' description='在“我的办件”里随时查看进度和处理意见' />
        <Cell
          title='3. 领取结果'
          description={
            guide?.delivery?.length
              ? guide.delivery.map((d) => DELIVERY_EXPLAINED[d] ?? d).join('；') +
                (guide.window ? `。窗口地址：${guide.window.address}，${guide.window.hours}` : '')
              : '办好后会通知您领取方式'
          }
        />
      </CellGroup>
      <SubscribePrompt />
      <View className='apply-receipt__actions'>
        <AppButton block onClick={() => void Taro.redirectTo({ url: MY_CASES_URL })}>
          查看我的办件
        </AppButton>
        <AppButton block variant='secondary' onClick={() => void Taro.switchTab({ url: HOME })}>
          回到首页
        </AppButton>
      </View>
    </Screen>
  )
}

function SubscribePrompt() {
  const [answer, setAnswer] = useState<string | null>(null)
  if (!canSubscribe('case-progress')) return null
  return (
    <View className='apply-receipt__subscribe'>
      {answer ? (
        <View className='apply-receipt__subscribe-text'>{answer}</View>
      ) : (
        <>
          <View className='apply-receipt__subscribe-text'>想在微信里收到办理进度提醒吗？</View>
          <AppButton
            variant='secondary'
            onClick={() =>
              void requestSubscription('case-progress').then((r) =>
                setAnswer(
                  r === 'accepted' ? '好的，办理有进展时会在微信里提醒您' : '没有开启提醒，可以在“我的办件”查看进度',
                ),
              )
            }
          >
            开启进度提醒
          </AppButton>
        </>
      )}
    </View>
  )
}
