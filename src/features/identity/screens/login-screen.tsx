/**
 * 登录. Mock mode: a persona picker stands in for WeChat (big tappable rows with who each
 * person is). http mode: one WeChat sign-in button (Taro.login code → backend session).
 * Then: consent if needed → face verification for residents → returnUrl or 我的.
 */
import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { errorMessage } from '@/lib/error-message'
import { a11y, AppButton, Screen } from '@/ui'
import { useSessionStore } from '@/stores/session-store'
import { go, safeReturnUrl } from '../routes'
import { nextAfterSignIn, signInAs, signInWithCode } from '../session-actions'
import { paths } from '@/routes'
import './identity.css'

// the 体验版 label, only in mock-mode builds (required on the literal: src/config.ts)
const DemoRibbon: typeof import('@/ui/demo-ribbon').DemoRibbon | null =
  process.env.TARO_APP_DEMO === '1' ? require('@/ui/demo-ribbon').DemoRibbon : null

// Persona sign-in ships only in mock (体验版) builds: required on the build-time literal so
// webpack drops it, and every seeded name with it, from release builds (src/config.ts).
const PersonaPicker: typeof import('../demo/persona-picker').PersonaPicker | null =
  process.env.TARO_APP_DEMO === '1' ? require('../demo/persona-picker').PersonaPicker : null

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
      {DemoRibbon ? <DemoRibbon /> : null}
      <View className='idn__lead'>登录后可以网上办事、查看办件进度。身份证号、人脸等信息要等您同意后才会使用。</View>
      {current ? (
        <View className='idn__note'>当前已登录：{current.displayName}。选择其他账号会先退出当前账号。</View>
      ) : null}
      {error ? (
        <View className='idn__card idn__card--error' {...a11y('alert')}>
          {error}
        </View>
      ) : null}
      {PersonaPicker ? (
        <PersonaPicker busy={busy} onPick={(p) => void after(() => signInAs(p.id), p.id)} />
      ) : (
        <View className='idn__actions'>
          <AppButton block loading={busy === 'wechat'} onClick={() => void wechat()}>
            微信一键登录
          </AppButton>
        </View>
      )}
      <View className='idn__note'>不想登录也可以先看办事指南；不方便用手机的，可以带身份证到社区窗口办理。</View>
      <AppButton variant='secondary' block onClick={() => go(paths.hall.path)}>
        先看看办事指南
      </AppButton>
    </Screen>
  )
}
