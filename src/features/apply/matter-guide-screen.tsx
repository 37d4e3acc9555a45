/**
 * 办事指南: who may apply, conditions, materials (容缺/承诺制 explained), time limit in
 * working days with the compression, fee, delivery, department, where and when, legal basis;
 * the bottom bar starts the online application (or says plainly where to go).
 */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { isApiError } from '@/api'
import { departmentName } from '@/domain/org/departments'
import { ensureVerified } from '@/features/identity'
import { findDraftForMatter, useDraftsStore } from '@/stores/drafts-store'
import {
  a11y,
  AppButton,
  BottomBar,
  Cell,
  CellGroup,
  EmptyState,
  ErrorState,
  LoadingState,
  Screen,
  Section,
  StatusTag,
} from '@/ui'
import { compressionText, DELIVERY_EXPLAINED, timeLimitTag, timeLimitText, TOLERANCE_EXPLAINED } from './labels'
import { useMatter } from './api/get-matter'
import './guide.css'
import { HomeVisitOffer } from '@/features/one-thing'
import { paths } from '@/routes'

const HALL = paths.hall.path

export const applyFormUrl = (id: string) => paths.apply.form.url(id)

/** Opens the online form after sign-in and face verification (and comes back to it afterwards). */
export function startApplication(matterId: string): void {
  const url = applyFormUrl(matterId)
  if (ensureVerified(url)) void Taro.navigateTo({ url })
}

function callWindow(phone: string): void {
  Taro.makePhoneCall?.({ phoneNumber: phone })?.catch(() => undefined)
}

export function MatterGuideScreen({ matterId }: { matterId: string }) {
  const state = useMatter(matterId)
  const draft = useDraftsStore((s) => (matterId ? findDraftForMatter(s.drafts, matterId) : null))

  const toHall = () => void Taro.switchTab({ url: HALL })
  if (!matterId) {
    return (
      <Screen>
        <EmptyState
          title='还没有选择事项'
          description='到办事大厅选一件要办的事，就能看到要带什么、去哪里办'
          action={{ label: '去办事大厅', onClick: toHall }}
        />
      </Screen>
    )
  }
  if (state.isPending) {
    return (
      <Screen>
        <LoadingState rows={4} label='正在加载办事指南…' />
      </Screen>
    )
  }
  if (state.error || !state.data) {
    const notFound = !state.error || (isApiError(state.error) && state.error.code === 'not-found')
    return (
      <Screen>
        {notFound ? (
          <EmptyState
            title='没有找到这个事项'
            description='事项可能已调整，请回到办事大厅重新选择'
            action={{ label: '去办事大厅', onClick: toHall }}
          />
        ) : (
          <ErrorState
            message={isApiError(state.error) ? state.error.message : '网络不太好，请稍后重试'}
            onRetry={() => void state.refetch()}
          />
        )}
      </Screen>
    )
  }

  const m = state.data
  const g = m.guide
  const hasForm = Boolean(m.form)
  const canApply = hasForm && g.mode !== 'guide'
  const online = canApply && g.mode === 'online'
  const compression = compressionText(g.timeLimitDays, g.statutoryDays, online)
  const hasDraft = Boolean(draft && (Object.keys(draft.values).length || Object.keys(draft.materials).length))

  return (
    <Screen safeBottom={false} className='guide'>
      <View className='guide__head'>
        <View className='guide__title' {...a11y('heading', { level: 1 })}>
          {m.name}
        </View>
        <View className='guide__summary'>{m.summary}</View>
        <View className='guide__tags'>
          <StatusTag
            label={canApply ? (g.mode === 'appointment' ? '可网上预约' : '可网上办') : '到窗口办'}
            tone={canApply ? 'info' : 'neutral'}
          />
          <StatusTag label={g.visits === 0 ? '不见面' : '见一次面'} tone='success' />
          <StatusTag label={timeLimitTag(g.timeLimitDays, online)} tone={g.timeLimitDays <= 0 ? 'success' : 'neutral'} />
        </View>
      </View>

      <Section title='谁可以办'>
        {g.whoMayApply.map((t, i) => (
          <View key={i} className='guide__item'>
            · {t}
          </View>
        ))}
      </Section>
      {g.conditions.length ? (
        <Section title='办理条件'>
          {g.conditions.map((t, i) => (
            <View key={i} className='guide__item'>
              · {t}
            </View>
          ))}
        </Section>
      ) : null}
      <Section title='要准备的材料'>
        {g.materials.length === 0 ? <View className='guide__item'>不需要另外准备材料</View> : null}
        {g.materials.map((mat, i) => (
          <View key={i} className='guide__material'>
            <View className='guide__material-name'>
              {i + 1}. {mat.name}
              {mat.required ? '' : '（如有）'}
            </View>
            {mat.note ? <View className='guide__material-note'>{mat.note}</View> : null}
            {mat.tolerance ? (
              <View className='apply-tolerance'>
                <StatusTag label={mat.tolerance} tone='warning' />
                <View className='apply-tolerance__text'>{TOLERANCE_EXPLAINED[mat.tolerance]}</View>
              </View>
            ) : null}
          </View>
        ))}
      </Section>
      <CellGroup title='办理须知'>
        <Cell
          title='办结时限'
          description={
            compression
              ? `${timeLimitText(g.timeLimitDays, online)}（${compression}）`
              : timeLimitText(g.timeLimitDays, online)
          }
        />
        <Cell title='收费' description={g.fee} />
        <Cell title='结果怎么拿' description={g.delivery.map((d) => DELIVERY_EXPLAINED[d] ?? d).join('；')} />
        <Cell title='办理部门' description={departmentName(g.departmentId)} />
        <Cell
          title='办理方式'
          description={
            canApply
              ? g.mode === 'appointment'
                ? '在手机上预约，按预约时间办理'
                : g.visits === 0
                  ? '在手机上申请，不用跑腿'
                  : '在手机上申请，办好后到窗口领取一次'
              : '暂不能在手机上申请，请按下面的地址到窗口办理'
          }
        />
      </CellGroup>
      {g.window ? (
        <CellGroup title='办理窗口'>
          <Cell title='地址' description={g.window.address} />
          <Cell title='时间' description={g.window.hours} />
          <Cell
            title='咨询电话'
            description={g.window.phone}
            value='拨打'
            onClick={() => callWindow(g.window!.phone)}
            ariaLabel={`拨打咨询电话 ${g.window.phone}`}
          />
        </CellGroup>
      ) : null}
      {g.legalBasis.length ? (
        <Section title='办理依据'>
          {g.legalBasis.map((t, i) => (
            <View key={i} className='guide__item guide__item--small'>
              {t}
            </View>
          ))}
        </Section>
      ) : null}

      {/* 上门服务 for residents aged 70+ or with a disability record (the backend decides) */}
      <HomeVisitOffer matterId={matterId} />

      <BottomBar>
        {canApply ? (
          <View className='apply__actions'>
            {hasDraft ? (
              <AppButton block onClick={() => startApplication(m.id)} ariaLabel='继续填写上次没填完的申请'>
                继续填写
              </AppButton>
            ) : (
              <AppButton block onClick={() => startApplication(m.id)}>
                {g.mode === 'appointment' ? '预约' : '在线申请'}
              </AppButton>
            )}
          </View>
        ) : (
          <View className='guide__offline'>
            <View className='guide__offline-text'>
              这件事暂不能在手机上办，请带齐材料到
              {g.window ? `：${g.window.address}（${g.window.hours}）` : '办理部门窗口'}办理。
            </View>
            {g.window ? (
              <AppButton block variant='secondary' onClick={() => callWindow(g.window!.phone)}>
                先打电话问问
              </AppButton>
            ) : null}
          </View>
        )}
      </BottomBar>
    </Screen>
  )
}
