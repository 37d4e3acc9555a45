/** 一件事一次办: the bundles, and the resident's bundle cases with their derived status. */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useSession } from '@/features/identity'
import { AppButton, ErrorState, LoadingState, Screen, a11y, cx } from '@/ui'
import { useBundles, useMyBundleCases } from './api/get-bundles'
import { bundleApplyUrl, bundleCaseUrl } from './urls'
import './one-thing.css'

export function BundleListScreen() {
  const { verified } = useSession()
  const bundles = useBundles()
  const mine = useMyBundleCases(verified)
  if (bundles.isPending) return <Screen><LoadingState rows={3} label='正在打开一件事…' /></Screen>
  if (bundles.error) return <Screen><ErrorState message='网络不太好，请稍后重试' onRetry={() => void bundles.refetch()} /></Screen>
  return (
    <Screen className='onething'>
      <View className='onething__title' {...a11y('heading', { level: 1 })}>
        一件事一次办
      </View>
      <View className='onething__text'>一件事涉及几个部门的，填一张表一次提交，各部门分别办理，进度在一处看。</View>
      {(mine.data ?? []).length ? (
        <View className='onething__card'>
          <View className='onething__card-title' {...a11y('heading', { level: 2 })}>
            我的一件事
          </View>
          {(mine.data ?? []).map((b) => (
            <View key={b.id} className='onething__part' onClick={() => void Taro.navigateTo({ url: bundleCaseUrl(b.id) })} {...a11y('link', { label: `${b.name}，${b.statusLabel}` })}>
              <View className='onething__part-name'>{b.name} ›</View>
              <View className={cx('onething__meta', `onething__status--${b.status}`)}>{b.statusLabel}</View>
            </View>
          ))}
        </View>
      ) : null}
      {(bundles.data ?? []).map((b) => (
        <View key={b.id} className='onething__card' data-bundle={b.id}>
          <View className='onething__card-title' {...a11y('heading', { level: 2 })}>
            {b.name}
          </View>
          <View className='onething__text'>{b.summary}</View>
          <AppButton block onClick={() => void Taro.navigateTo({ url: bundleApplyUrl(b.id) })}>
            开始办理
          </AppButton>
        </View>
      ))}
    </Screen>
  )
}
