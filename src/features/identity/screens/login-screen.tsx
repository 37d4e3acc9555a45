/**
 * 登录. Mock mode: a persona picker stands in for WeChat (big tappable rows with who each
 * person is). http mode: one WeChat sign-in button (Taro.login code → backend session).
 * Then: consent if needed → face verification for residents → returnUrl or 我的.
 */
import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { getApi, type Persona } from '@/api'
import { errorMessage } from '@/lib/error-message'
import { useAsync } from '@/lib/use-async'
import { a11y, AppButton, Cell, CellGroup, ErrorState, LoadingState, Screen } from '@/ui'
import { useSessionStore } from '@/stores/session-store'
import { go, safeReturnUrl } from '../routes'
import { nextAfterSignIn, signInAs, signInWithCode } from '../session-actions'
import './identity.css'

const MOCK = process.env.TARO_APP_API_MODE !== 'http'

export function LoginScreen({ returnUrl: rawReturn }: { returnUrl?: string }) {
  const returnUrl = safeReturnUrl(rawReturn)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const current = useSessionStore((s) => s.session?.user ?? null)

  async function after(run: () => Promise<unknown>, key: string) {
    setBusy(key)
    setError(null)
    try {
      await run()
      go(await nextAfterSignIn(returnUrl))
    } catch (e) {
      setError(errorMessage(e, '登录没有成功，请稍后再试'))
    } finally {
      setBusy(null)
    }
  }

  const wechat = () =>
    after(async () => {
      const { code } = await Taro.login()
      await signInWithCode(code)
    }, 'wechat')

  return (
    <Screen title='登录' className='idn'>
      <View className='idn__lead'>登录后可以网上办事、查看办件进度。身份证号、人脸等信息要等您同意后才会使用。</View>
      {current ? (
        <View className='idn__note'>当前已登录：{current.displayName}。选择其他账号会先退出当前账号。</View>
      ) : null}
      {error ? (
        <View className='idn__card idn__card--error' {...a11y('alert')}>
          {error}
        </View>
      ) : null}
      {MOCK ? (
        <PersonaPicker busy={busy} onPick={(p) => void after(() => signInAs(p.id), p.id)} />
      ) : (
        <View className='idn__actions'>
          <AppButton block loading={busy === 'wechat'} onClick={() => void wechat()}>
            微信一键登录
          </AppButton>
        </View>
      )}
      <View className='idn__note'>不想登录也可以先看办事指南；不方便用手机的，可以带身份证到社区窗口办理。</View>
      <AppButton variant='secondary' block onClick={() => go('/pages/hall/index')}>
        先看看办事指南
      </AppButton>
    </Screen>
  )
}

function PersonaPicker({ busy, onPick }: { busy: string | null; onPick(p: Persona): void }) {
  const personas = useAsync(() => getApi().listPersonas(), [])
  if (personas.loading) return <LoadingState label='正在加载体验账号…' />
  if (personas.error)
    return <ErrorState message={errorMessage(personas.error)} onRetry={() => void personas.reload()} />
  const list = personas.data ?? []
  const residents = list.filter((p) => p.role === 'resident')
  const staff = list.filter((p) => p.role !== 'resident')
  const row = (p: Persona) => (
    <Cell
      key={p.id}
      className={`persona persona--${p.id}`}
      title={p.label}
      description={p.description}
      value={busy === p.id ? '正在登录…' : undefined}
      onClick={busy ? undefined : () => onPick(p)}
    />
  )
  return (
    <View>
      <View className='idn__note'>体验版：选择一个体验账号代替微信登录。</View>
      <CellGroup title='居民'>{residents.map(row)}</CellGroup>
      {staff.length ? <CellGroup title='社区工作人员'>{staff.map(row)}</CellGroup> : null}
    </View>
  )
}
