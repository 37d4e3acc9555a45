/**
 * 实名认证 (WeChat face verify 2.0 shape): the server starts a verification, the camera step
 * runs (simulated in mock mode — the tester chooses the outcome), and the server reads the
 * result and decides. Failure and cancellation explain themselves and offer other ways in.
 */
import { useEffect, useRef, useState } from 'react'
import { Input, View } from '@tarojs/components'
import { getApi, isApiError, type FaceOutcome } from '@/api'
import { maskName } from '@/domain/identity/name'
import { errorMessage } from '@/lib/error-message'
import { a11y, AppButton, EmptyState, FormField, LoadingState, Screen } from '@/ui'
import { SettingsFix } from '@/ui/settings-fix'
import { ensurePrivacyAuthorized } from '@/platform/privacy'
import { useSessionStore } from '@/stores/session-store'
import { go, ROUTES, safeReturnUrl, withReturn } from '../routes'
import { useRememberProfile } from '../api/get-profile'
import { confirmVerification } from '../session-actions'
import { FACE_STEP_MESSAGES, FACE_STEP_SIMULATED, runFaceStep } from '../face-step'
import { VerifyAlternatives } from './alternatives'
import './identity.css'

// The simulated camera step ships only in mock (体验版) builds: required on the build-time
// literal so webpack drops it from release builds (src/config.ts).
const FaceSimPanel: typeof import('../demo/face-sim-panel').FaceSimPanel | null =
  process.env.TARO_APP_DEMO === '1' ? require('../demo/face-sim-panel').FaceSimPanel : null

type Phase =
  | { kind: 'checking' }
  | { kind: 'needs-consent' }
  | { kind: 'ready' }
  | { kind: 'camera'; verifyId: string }
  /** `cannotStart`: the camera step never ran (old WeChat, no camera permission, device) */
  | { kind: 'failed'; message: string; locked: boolean; cannotStart?: boolean; settings?: boolean }
  | { kind: 'network'; verifyId: string | null }
  | { kind: 'passed'; name: string }

/** `again`: a sensitive step asked for a face check in this session, though the session is verified (docs/identity.md). */
export function VerifyScreen({ returnUrl: rawReturn, again = false }: { returnUrl?: string; again?: boolean }) {
  const returnUrl = safeReturnUrl(rawReturn)
  const session = useSessionStore((s) => s.session)
  if (!session) {
    return (
      <Screen title='实名认证' className='idn'>
        <EmptyState
          title='请先登录'
          description='登录后做一次人脸核验，办事时姓名、身份证号等信息会自动填好。'
          action={{ label: '去登录', onClick: () => go(withReturn(ROUTES.login, returnUrl), 'navigate') }}
        />
        <VerifyAlternatives />
      </Screen>
    )
  }
  if (session.user.role !== 'resident') {
    return (
      <Screen title='实名认证' className='idn'>
        <EmptyState title='工作人员账号无需实名认证' description='居民办事时才需要人脸核验。' />
      </Screen>
    )
  }
  return <VerifyFlow returnUrl={returnUrl} alreadyVerified={session.user.verified && !again} />
}

function VerifyFlow({ returnUrl, alreadyVerified }: { returnUrl: string | null; alreadyVerified: boolean }) {
  const [phase, setPhase] = useState<Phase>(alreadyVerified ? { kind: 'passed', name: '' } : { kind: 'checking' })
  const [outcome, setOutcome] = useState<FaceOutcome>('pass')
  const rememberProfile = useRememberProfile()
  const [busy, setBusy] = useState(false)
  const [needsClaim, setNeedsClaim] = useState(false)
  const [claim, setClaim] = useState({ name: '', idNumber: '' })
  const [claimErrors, setClaimErrors] = useState<Record<string, string>>({})
  const mounted = useRef(true)
  useEffect(() => () => void (mounted.current = false), [])

  useEffect(() => {
    if (alreadyVerified) return
    getApi()
      .getConsent()
      .then(
        (c) =>
          mounted.current && setPhase(c.face && c.idNumber && c.at ? { kind: 'ready' } : { kind: 'needs-consent' }),
      )
      .catch(() => mounted.current && setPhase({ kind: 'ready' })) // the server re-checks consent on start
  }, [alreadyVerified])

  function failed(e: unknown, verifyId: string | null) {
    if (isApiError(e) && e.code === 'network') return setPhase({ kind: 'network', verifyId })
    if (isApiError(e) && (e.details as { needsConsent?: boolean } | undefined)?.needsConsent)
      return setPhase({ kind: 'needs-consent' })
    if (isApiError(e) && e.code === 'validation' && (e.fieldErrors.idNumber || e.fieldErrors.name)) {
      setNeedsClaim(true)
      setClaimErrors(claim.idNumber || claim.name ? e.fieldErrors : {})
      return setPhase({ kind: 'ready' })
    }
    setPhase({
      kind: 'failed',
      message: errorMessage(e, '人脸核验没有通过'),
      locked: isApiError(e) && e.code === 'locked',
    })
  }

  /** start (or, after a network failure, get the same open verification back) */
  async function start() {
    setBusy(true)
    try {
      if (!(await ensurePrivacyAuthorized())) {
        setPhase({ kind: 'failed', message: '需要先同意微信的隐私保护指引，才能使用人脸核验', locked: false })
        return
      }
      const { verifyId } = await getApi().startFaceVerification(needsClaim ? claim : undefined)
      if (FACE_STEP_SIMULATED) setPhase({ kind: 'camera', verifyId })
      else await step(verifyId)
    } catch (e) {
      failed(e, null)
    } finally {
      setBusy(false)
    }
  }

  async function step(verifyId: string) {
    setBusy(true)
    try {
      const result = await runFaceStep(verifyId, outcome)
      if (result === 'unsupported' || result === 'outdated' || result === 'denied') {
        setPhase({ kind: 'failed', message: FACE_STEP_MESSAGES[result], locked: false, cannotStart: true, settings: result === 'denied' })
        return
      }
      await confirm(verifyId)
    } catch (e) {
      failed(e, verifyId)
    } finally {
      setBusy(false)
    }
  }

  async function confirm(verifyId: string) {
    const profile = await confirmVerification(verifyId)
    rememberProfile(profile)
    setPhase({ kind: 'passed', name: maskName(profile.name) })
    go(returnUrl ?? ROUTES.profile)
  }

  async function retryNetwork(verifyId: string | null) {
    if (!verifyId) return start()
    setBusy(true)
    try {
      await confirm(verifyId)
    } catch (e) {
      // the server already used it: a fresh start is the way on
      if (isApiError(e) && (e.code === 'conflict' || e.code === 'not-found')) setPhase({ kind: 'ready' })
      else failed(e, verifyId)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen title='实名认证' className='idn'>
      {phase.kind === 'checking' ? <LoadingState rows={2} label='正在准备…' /> : null}

      {phase.kind === 'needs-consent' ? (
        <View className='idn__card idn__card--warn'>
          <View className='idn__title'>需要您先同意</View>
          <View className='idn__item'>人脸核验要用到人脸信息和身份证号码，需要您分别同意后才能进行。</View>
          <View className='idn__actions'>
            <AppButton block onClick={() => go(withReturn(ROUTES.consent, returnUrl))}>
              去阅读并同意
            </AppButton>
          </View>
        </View>
      ) : null}

      {phase.kind === 'ready' ? (
        <View>
          <View className='idn__lead'>
            做一次人脸核验，确认是您本人。核验通过后，办事时姓名、身份证号、地址等会从政府档案自动填好，不用再输入。
          </View>
          <View className='idn__note'>
            人脸比对由微信和公安部门完成，本应用不保存您的人脸照片。请在光线充足的地方，正对手机。
          </View>
          {needsClaim ? (
            <View className='idn__card'>
              <View className='idn__title'>第一次使用，请告诉我们您是谁</View>
              <FormField label='姓名' required error={claimErrors.name}>
                <Input
                  className='idn__input'
                  value={claim.name}
                  ariaLabel='姓名'
                  onInput={(e) => setClaim({ ...claim, name: e.detail.value })}
                />
              </FormField>
              <FormField label='身份证号码' required help='身份证上的 18 位号码' error={claimErrors.idNumber}>
                <Input
                  className='idn__input'
                  type='idcard'
                  maxlength={18}
                  value={claim.idNumber}
                  ariaLabel='身份证号码'
                  onInput={(e) => setClaim({ ...claim, idNumber: e.detail.value })}
                />
              </FormField>
            </View>
          ) : null}
          <View className='idn__actions'>
            <AppButton
              block
              loading={busy}
              disabled={needsClaim && (!claim.name.trim() || claim.idNumber.trim().length < 18)}
              disabledReason='请先填写姓名和 18 位身份证号码'
              onClick={() => void start()}
            >
              开始人脸核验
            </AppButton>
          </View>
        </View>
      ) : null}

      {phase.kind === 'camera' && FaceSimPanel ? (
        <FaceSimPanel outcome={outcome} onOutcome={setOutcome} busy={busy} onDone={() => void step(phase.verifyId)} />
      ) : null}

      {phase.kind === 'network' ? (
        <View className='idn__card idn__card--warn' {...a11y('alert')}>
          <View className='idn__title'>网络不太好</View>
          <View className='idn__item'>刚才的核验没有送到。点“重试”会继续这一次核验，不会重新开始。</View>
          <View className='idn__actions'>
            <AppButton block loading={busy} onClick={() => void retryNetwork(phase.verifyId)}>
              重试
            </AppButton>
          </View>
        </View>
      ) : null}

      {phase.kind === 'failed' ? (
        <View>
          <View className='idn__card idn__card--error' {...a11y('alert')}>
            <View className='idn__title'>{phase.cannotStart ? '没能开始人脸核验' : '核验没有通过'}</View>
            <View className='idn__item verify-message'>{phase.message}</View>
            {phase.settings ? (
              <SettingsFix what='相机和麦克风' scope='scope.camera' onBack={(allowed) => allowed && setPhase({ kind: 'ready' })} />
            ) : null}
            {phase.locked ? null : (
              <View className='idn__actions'>
                <AppButton block onClick={() => setPhase({ kind: 'ready' })}>
                  再试一次
                </AppButton>
              </View>
            )}
          </View>
          <VerifyAlternatives />
          <AppButton variant='secondary' block onClick={() => go(ROUTES.hall)}>
            先看看办事指南
          </AppButton>
        </View>
      ) : null}

      {phase.kind === 'passed' ? (
        <View className='idn__card idn__card--ok'>
          <View className='idn__title'>已完成实名认证</View>
          {phase.name ? <View className='idn__item'>{phase.name}，您好。办事时信息会自动填好。</View> : null}
          <View className='idn__actions'>
            <AppButton block onClick={() => go(returnUrl ?? ROUTES.profile)}>
              {returnUrl ? '继续办事' : '查看我的信息'}
            </AppButton>
          </View>
        </View>
      ) : null}

      {phase.kind === 'ready' || phase.kind === 'needs-consent' ? <VerifyAlternatives /> : null}
    </Screen>
  )
}
