/**
 * 个人信息保护 (PIPL): what is collected and why, with separate explicit consent for face
 * information and for the ID number. Declining still leaves the catalog and guides open.
 * The backend versions the text; a new version asks again. Also the place to withdraw.
 */
import { useCallback, useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { useQueryClient } from '@tanstack/react-query'
import { getApi, type Consent } from '@/api'
import { formatDate } from '@/domain/time/china-time'
import { errorMessage } from '@/lib/error-message'
import { a11y, AppButton, EmptyState, ErrorState, LoadingState, Screen, SwitchRow, Toast } from '@/ui'
import { useSessionStore } from '@/stores/session-store'
import { consentQuery, useConsent } from '../api/consent'
import { go, ROUTES, safeReturnUrl, withReturn } from '../routes'
import './identity.css'

const COLLECTED: Array<{ what: string; why: string }> = [
  { what: '微信身份标识', why: '用于登录，识别是您本人在使用' },
  { what: '姓名、身份证号码', why: '核对身份，办事时自动填写，不用您再输入' },
  { what: '人脸信息', why: '由微信和公安部门比对是否本人；本应用不保存您的人脸照片' },
  { what: '电话、户籍和居住地址、家庭成员、犬只登记', why: '来自政府档案，只在您办理需要它们的事项时填进表单' },
  { what: '您上传的材料和照片', why: '只用于办理您申请的事项，办结后按档案规定保存' },
]

export function ConsentScreen({ returnUrl: rawReturn }: { returnUrl?: string }) {
  const returnUrl = safeReturnUrl(rawReturn)
  const session = useSessionStore((s) => s.session)
  if (!session) {
    return (
      <Screen title='个人信息保护' className='idn'>
        <Intro />
        <EmptyState
          title='登录后再设置授权'
          description='您还没有登录。不登录也可以浏览办事指南。'
          action={{
            label: '去登录',
            onClick: () => go(withReturn(ROUTES.login, returnUrl ?? ROUTES.consent), 'navigate'),
          }}
        />
      </Screen>
    )
  }
  return <ConsentForm returnUrl={returnUrl} />
}

function Intro() {
  return (
    <View className='idn__card'>
      <View className='idn__title' {...a11y('heading', { level: 2 })}>
        我们会用到哪些信息，为什么
      </View>
      {COLLECTED.map((c) => (
        <View key={c.what} className='idn__item'>
          <View>· {c.what}</View>
          <View className='idn__item-why'>{c.why}</View>
        </View>
      ))}
      <View className='idn__note'>
        人脸信息和身份证号码属于敏感个人信息，需要您分别同意。您可以随时在「我的 →
        个人信息与授权」里撤回同意；撤回后个人信息会被锁定，办事需要重新同意并核验。
      </View>
      <View className='idn__note'>不同意也可以浏览办事指南，或带身份证到社区窗口办理。</View>
    </View>
  )
}

function ConsentForm({ returnUrl }: { returnUrl: string | null }) {
  const consent = useConsent()
  const client = useQueryClient()
  const [privacy, setPrivacy] = useState(false)
  const [face, setFace] = useState(false)
  const [idNumber, setIdNumber] = useState(false)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [toast, setToast] = useState<string | null>(null)
  const hideToast = useCallback(() => setToast(null), [])
  const given = consent.data && consent.data.at && consent.data.privacy ? consent.data : null

  useEffect(() => {
    if (!consent.data) return
    setPrivacy(consent.data.privacy)
    setFace(consent.data.face)
    setIdNumber(consent.data.idNumber)
  }, [consent.data])

  if (consent.isPending) {
    return (
      <Screen title='个人信息保护' className='idn'>
        <LoadingState label='正在读取授权…' />
      </Screen>
    )
  }
  if (consent.error || !consent.data) {
    return (
      <Screen title='个人信息保护' className='idn'>
        <ErrorState message={errorMessage(consent.error)} onRetry={() => void consent.refetch()} />
      </Screen>
    )
  }
  const data: Consent = consent.data
  const withdrawing = Boolean(given && ((given.face && !face) || (given.idNumber && !idNumber)))

  async function save() {
    setSaving(true)
    setError(null)
    try {
      const api = getApi()
      const saved = await api.saveConsent({ version: data.version, privacy, face, idNumber })
      const store = useSessionStore.getState()
      if ((!saved.face || !saved.idNumber) && store.session?.user.verified) {
        // the server locked the profile again: learn the new state from it
        store.setSession(await api.refresh(store.session.refreshToken))
      }
      const verified = useSessionStore.getState().session?.user.verified
      if (saved.face && saved.idNumber && !verified) go(withReturn(ROUTES.verify, returnUrl))
      else if (returnUrl) go(returnUrl)
      else if (given) {
        setToast('已保存')
        client.setQueryData(consentQuery().queryKey, saved)
      } else go(ROUTES.me)
    } catch (e) {
      setError(errorMessage(e, '没有保存成功，请重试'))
      if ((e as { code?: string }).code === 'conflict') void consent.refetch()
    } finally {
      setSaving(false)
    }
  }

  return (
    <Screen title='个人信息保护' className='idn'>
      <Intro />
      {given ? (
        <View className='idn__card idn__card--ok'>
          您已于 {formatDate(given.at!)} 同意（说明版本 {given.version}）。可以在下面修改或撤回。
        </View>
      ) : (
        <View className='idn__note'>说明版本 {data.version}。请逐项阅读后选择。</View>
      )}
      <SwitchRow
        label='同意《个人信息保护说明》'
        description='登录和办事的基本信息（必选）'
        checked={privacy}
        onChange={setPrivacy}
      />
      <SwitchRow
        label='单独同意：使用人脸信息核验身份'
        description='敏感个人信息。不同意也可以到社区窗口核验'
        checked={face}
        onChange={setFace}
      />
      <SwitchRow
        label='单独同意：使用身份证号码办理事项'
        description='敏感个人信息。用于核对身份和自动填表'
        checked={idNumber}
        onChange={setIdNumber}
      />
      {withdrawing ? (
        <View className='idn__card idn__card--warn' {...a11y('alert')}>
          撤回后，您的个人信息会被锁定：办事时不再自动填写，需要重新同意并做人脸核验。
        </View>
      ) : null}
      {error ? (
        <View className='idn__card idn__card--error' {...a11y('alert')}>
          {error}
        </View>
      ) : null}
      <View className='idn__actions'>
        <AppButton
          block
          loading={saving}
          disabled={!privacy}
          disabledReason='请先打开「同意《个人信息保护说明》」'
          onClick={() => void save()}
        >
          {given ? '保存' : '同意并继续'}
        </AppButton>
        {given ? null : (
          <AppButton variant='secondary' block onClick={() => go(ROUTES.hall)}>
            暂不同意，先看看办事指南
          </AppButton>
        )}
      </View>
      <Toast message={toast} onDone={hideToast} />
    </Screen>
  )
}
