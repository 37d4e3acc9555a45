/** 在线申请: the form (autofilled, draft-backed), a review step, and an idempotent submit. */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { getApi, isApiError } from '@/api'
import { reviewSummary, visibleMaterials } from '@/domain/matters/engine'
import { ensureVerified } from '@/features/identity'
import {
  AppButton,
  BottomBar,
  CellGroup,
  Cell,
  EmptyState,
  ErrorState,
  LoadingState,
  Screen,
  StatusTag,
  a11y,
} from '@/ui'
import { formProps, FormRenderer } from './form-renderer'
import { TOLERANCE_EXPLAINED } from './labels'
import { useApplication, type ApplicationState } from './use-application'
import { paths } from '@/routes'
import './guide.css'
import './apply.css'

const HALL = paths.hall.path
const matterUrl = (id: string) => paths.matter.url(id)
const formUrl = (id: string) => paths.apply.form.url(id)

export function ApplyScreen({ matterId }: { matterId: string }) {
  const app = useApplication(matterId)
  const { matter, profileState, def } = app

  if (!matterId) {
    return (
      <Screen>
        <EmptyState
          title='没有选择要办的事'
          description='请先到办事大厅选一件要办的事，再点“在线申请”'
          action={{ label: '去办事大厅', onClick: () => void Taro.switchTab({ url: HALL }) }}
        />
      </Screen>
    )
  }
  if (matter.isLoading || (profileState.loading && !profileState.error && !app.needsVerification)) {
    return (
      <Screen>
        <LoadingState rows={5} label='正在打开申请表…' />
      </Screen>
    )
  }
  if (matter.error) {
    const notFound = isApiError(matter.error) && matter.error.code === 'not-found'
    return (
      <Screen>
        {notFound ? (
          <EmptyState
            title='没有找到这个事项'
            description='事项可能已调整，请回到办事大厅重新选择'
            action={{ label: '去办事大厅', onClick: () => void Taro.switchTab({ url: HALL }) }}
          />
        ) : (
          <ErrorState
            message={isApiError(matter.error) ? matter.error.message : '网络不太好，请稍后重试'}
            onRetry={() => void matter.refetch()}
          />
        )}
      </Screen>
    )
  }
  if (matter.data && !def) {
    return (
      <Screen>
        <EmptyState
          title={`「${matter.data.name}」暂不能在手机上申请`}
          description='请查看办事指南，按指南到窗口办理'
          action={{ label: '查看办事指南', onClick: () => void Taro.redirectTo({ url: matterUrl(matterId) }) }}
        />
      </Screen>
    )
  }
  if (app.needsVerification || profileState.error) {
    const needsVerify =
      app.needsVerification ||
      (isApiError(profileState.error) && ['unauthorized', 'forbidden'].includes(profileState.error.code))
    return (
      <Screen>
        {needsVerify ? (
          <EmptyState
            title='请先登录并核验身份'
            description='核验后，您的姓名、身份证号、住址会自动填好，不用重复填写'
            action={{
              label: '去核验身份',
              onClick: () => ensureVerified(formUrl(matterId)) && void profileState.reload(),
            }}
          />
        ) : (
          <ErrorState
            message={isApiError(profileState.error) ? profileState.error.message : '没能读取您的信息，请重试'}
            onRetry={() => void profileState.reload()}
          />
        )}
      </Screen>
    )
  }
  if (!profileState.profile && !profileState.loading) {
    return (
      <Screen>
        <EmptyState
          title='只有居民本人可以在线申请'
          description='请用居民的微信登录并核验身份后再申请'
          action={{ label: '回到首页', onClick: () => void Taro.switchTab({ url: paths.home.path }) }}
        />
      </Screen>
    )
  }
  if (!app.ready || !def) {
    return (
      <Screen>
        <LoadingState rows={5} label='正在打开申请表…' />
      </Screen>
    )
  }
  return app.step === 'review' ? <ReviewStep app={app} /> : <FillStep app={app} />
}

function Notice({ app }: { app: ApplicationState }) {
  if (!app.notice) return null
  const tone = app.notice.kind === 'offline' ? 'warning' : 'danger'
  return (
    <View className={`apply-notice apply-notice--${tone}`} {...a11y('alert')}>
      <View className='apply-notice__text'>{app.notice.message}</View>
      {app.notice.kind === 'offline' ? (
        <AppButton onClick={() => void app.submit()} loading={app.submitting}>
          重新提交
        </AppButton>
      ) : null}
      {app.notice.kind === 'auth' ? (
        <AppButton variant='secondary' onClick={() => ensureVerified(formUrl(app.matter.data?.id ?? ''))}>
          重新登录核验
        </AppButton>
      ) : null}
    </View>
  )
}

function SuggestedMatters({ ids }: { ids: string[] }) {
  const [names, setNames] = useState<Record<string, string>>({})
  useEffect(() => {
    if (!ids.length) return
    let live = true
    getApi()
      .listMatters()
      .then((list) => live && setNames(Object.fromEntries(list.map((m) => [m.id, m.name]))))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [ids])
  if (!ids.length) return null
  return (
    <View className='apply-suggest'>
      <View className='apply-suggest__title'>您可以改办：</View>
      {ids.map((id) => (
        <View
          key={id}
          className='apply-suggest__link'
          onClick={() => void Taro.navigateTo({ url: matterUrl(id) })}
          {...a11y('link', { label: `去办${names[id] ?? '相关事项'}` })}
        >
          {names[id] ?? id} ›
        </View>
      ))}
    </View>
  )
}

function FillStep({ app }: { app: ApplicationState }) {
  const { def, autofill } = app
  if (!def || !autofill) return null
  return (
    <Screen safeBottom={false} className='apply'>
      <View className='apply__head'>
        <View className='apply__title' {...a11y('heading', { level: 1 })}>
          {app.matter.data?.name}
        </View>
        <View className='apply__intro'>
          带“来自…”标记的信息已按政府记录自动填好，您只需补充其余内容。填写的内容会自动保存为草稿。
        </View>
        {app.restored ? <View className='apply__restored'>已恢复您上次填写的内容</View> : null}
        {app.unsentBefore && !app.notice ? (
          <View className='apply-notice apply-notice--warning'>上次的申请因网络问题没有发出去，核对后可以再次提交</View>
        ) : null}
      </View>
      <Notice app={app} />
      {app.formErrors.length ? (
        <View className='apply-form-errors' {...a11y('alert')}>
          {app.formErrors.map((m, i) => (
            <View key={i} className='apply-form-errors__item'>
              ⚠ {m}
            </View>
          ))}
          <SuggestedMatters ids={app.suggested} />
        </View>
      ) : null}
      <FormRenderer {...formProps(def, autofill, app)} />
      <BottomBar>
        <AppButton block onClick={() => void app.toReview()}>
          下一步：核对信息
        </AppButton>
      </BottomBar>
    </Screen>
  )
}

function ReviewStep({ app }: { app: ApplicationState }) {
  const { def, autofill } = app
  const lines = useMemo(
    () => (def ? reviewSummary(def, app.values, { profile: app.profile }) : []),
    [def, app.values, app.profile],
  )
  if (!def || !autofill) return null
  const slots = visibleMaterials(def, app.values)
  return (
    <Screen safeBottom={false} className='apply apply--review'>
      <View className='apply__head'>
        <View className='apply__title' {...a11y('heading', { level: 1 })}>
          核对信息：{app.matter.data?.name}
        </View>
        <View className='apply__intro'>
          请看一遍下面的内容，没有问题就点“确认提交”。身份证号、手机号已隐去中间几位。
        </View>
      </View>
      <Notice app={app} />
      <CellGroup title='填写的信息'>
        {lines.map((l) => (
          <Cell key={l.key} title={l.label} description={l.value} className='apply-review-line' />
        ))}
      </CellGroup>
      {slots.length ? (
        <CellGroup title='上传的材料'>
          {slots.map((s) => {
            const n = app.materials[s.key]?.length ?? 0
            return (
              <Cell
                key={s.key}
                title={s.label}
                description={n ? `已上传 ${n} 个文件` : s.tolerance ? TOLERANCE_EXPLAINED[s.tolerance] : '未上传'}
              >
                {!n && s.tolerance ? <StatusTag label={`${s.tolerance}·之后补交`} tone='warning' /> : null}
              </Cell>
            )
          })}
        </CellGroup>
      ) : null}
      {def.pledge ? (
        <CellGroup title='承诺书'>
          <Cell title={`《${def.pledge.title}》`} value='已阅读并承诺' />
        </CellGroup>
      ) : null}
      <BottomBar>
        <View className='apply__actions'>
          <AppButton variant='secondary' onClick={() => app.setStep('fill')} disabled={app.submitting}>
            返回修改
          </AppButton>
          <AppButton onClick={() => void app.submit()} loading={app.submitting}>
            确认提交
          </AppButton>
        </View>
      </BottomBar>
    </Screen>
  )
}
