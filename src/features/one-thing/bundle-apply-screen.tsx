/** One bundle application: who it is for, its parts and departments, one form, review with the fee summary, submit. */
import { View } from '@tarojs/components'
import { reviewSummary } from '@/domain/matters/engine'
import { formProps, FormRenderer } from '@/features/apply'
import { ensureVerified } from '@/features/identity'
import { AppButton, BottomBar, Cell, CellGroup, EmptyState, ErrorState, LoadingState, Screen, a11y } from '@/ui'
import { useBundleApplication, type BundleApplicationState } from './use-bundle-application'
import { bundleApplyUrl } from './urls'
import './one-thing.css'
import { FeeCard } from './fee-card'

export function BundleApplyScreen({ bundleId }: { bundleId: string }) {
  const app = useBundleApplication(bundleId)
  if (app.bundle.isLoading)
    return (
      <Screen>
        <LoadingState rows={5} label='正在打开申请表…' />
      </Screen>
    )
  if (app.bundle.error || !app.bundle.data)
    return (
      <Screen>
        <ErrorState message='没有找到这件一件事，请返回重试' onRetry={() => void app.bundle.refetch()} />
      </Screen>
    )
  if (app.needsVerification) {
    return (
      <Screen>
        <EmptyState
          title='请先登录并核验身份'
          description='核验后，您的姓名、身份证号、住址会自动填好，不用重复填写'
          action={{
            label: '去核验身份',
            onClick: () => ensureVerified(bundleApplyUrl(bundleId)) && void app.profileState.reload(),
          }}
        />
      </Screen>
    )
  }
  if (app.profileState.loading || !app.def || !app.autofill)
    return (
      <Screen>
        <LoadingState rows={5} label='正在打开申请表…' />
      </Screen>
    )
  return app.step === 'review' ? <Review app={app} /> : <Fill app={app} />
}

function Parts({ app }: { app: BundleApplicationState }) {
  const b = app.bundle.data!
  return (
    <CellGroup title='一次提交，分别办理'>
      {b.parts.map((p) => (
        <Cell
          key={p.matterId}
          title={p.matterName}
          description={`${p.departmentName}办理${p.optional ? '（选择后才办）' : ''}，承诺 ${p.timeLimitDays} 个工作日`}
        />
      ))}
    </CellGroup>
  )
}

function Fill({ app }: { app: BundleApplicationState }) {
  const b = app.bundle.data!
  return (
    <Screen safeBottom={false} className='apply'>
      <View className='apply__head'>
        <View className='apply__title' {...a11y('heading', { level: 1 })}>
          {b.name}
        </View>
        <View className='apply__intro'>{b.whoFor}。带“来自…”标记的信息已按政府记录自动填好，共用的信息只填一次。</View>
        {app.restored ? <View className='apply__restored'>已恢复您上次填写的内容</View> : null}
        <View className='apply__intro' data-typed-count={app.typedCount}>
          还需要您手动输入 {app.typedCount} 项
        </View>
      </View>
      <Parts app={app} />
      {app.notice ? (
        <View className='apply-notice apply-notice--danger' {...a11y('alert')}>
          {app.notice}
        </View>
      ) : null}
      {app.formErrors.map((m) => (
        <View key={m} className='apply-form-errors__item'>
          ⚠ {m}
        </View>
      ))}
      <FormRenderer {...formProps(app.def!, app.autofill!, app)} />
      <FeeCard fees={app.fees} />
      <BottomBar>
        <AppButton block onClick={() => app.toReview()}>
          下一步
        </AppButton>
      </BottomBar>
    </Screen>
  )
}

function Review({ app }: { app: BundleApplicationState }) {
  const lines = reviewSummary(app.def!, app.values, { profile: app.profile })
  return (
    <Screen safeBottom={false} className='apply'>
      <View className='apply__head'>
        <View className='apply__title' {...a11y('heading', { level: 1 })}>
          请核对：{app.bundle.data!.name}
        </View>
      </View>
      {app.notice ? (
        <View className='apply-notice apply-notice--danger' {...a11y('alert')}>
          {app.notice}
        </View>
      ) : null}
      <CellGroup title='填写的内容'>
        {lines.map((l) => (
          <Cell key={l.key} title={l.label} description={l.value} />
        ))}
      </CellGroup>
      <Parts app={app} />
      <FeeCard fees={app.fees} />
      <BottomBar>
        <AppButton block loading={app.submitting} onClick={() => void app.submit()}>
          提交
        </AppButton>
        <AppButton block variant='secondary' onClick={() => app.setStep('fill')}>
          返回修改
        </AppButton>
      </BottomBar>
    </Screen>
  )
}
