/**
 * 我的信息: the government record, masked by default. Facts from the population database are
 * locked — "信息有误？" files a correction request instead of free editing. Tap-to-reveal of
 * the own ID number is audit-logged by the server.
 */
import { useState } from 'react'
import { Textarea, View } from '@tarojs/components'
import { getApi, isApiError, type Profile, type ProfileCorrection } from '@/api'
import { formatAddress } from '@/domain/identity/profile'
import { maskName } from '@/domain/identity/name'
import { maskPhone } from '@/domain/identity/phone'
import { errorMessage } from '@/lib/error-message'
import { a11y, AppButton, Cell, CellGroup, EmptyState, ErrorState, FormField, LoadingState, Screen } from '@/ui'
import { useSessionStore } from '@/stores/session-store'
import { go, ROUTES, withReturn } from '../routes'
import { signOut } from '../session-actions'
import { useProfile } from '../use-profile'
import { ChoiceList } from './choice-list'
import './identity.css'

const CORRECTABLE: Array<{ value: string; label: string }> = [
  { value: 'name', label: '姓名' },
  { value: 'idNumber', label: '身份证号码' },
  { value: 'gender', label: '性别' },
  { value: 'birthDate', label: '出生日期' },
  { value: 'ethnicity', label: '民族' },
  { value: 'hukouAddress', label: '户籍地址' },
  { value: 'residenceAddress', label: '居住地址' },
  { value: 'householdMembers', label: '家庭成员' },
]

export function ProfileScreen() {
  const session = useSessionStore((s) => s.session)
  const { profile, loading, error, reload } = useProfile()
  if (!session) {
    return (
      <Screen title='我的信息' className='idn'>
        <EmptyState
          title='请先登录'
          description='登录并完成实名认证后，可以在这里查看政府档案中的信息。'
          action={{ label: '去登录', onClick: () => go(ROUTES.login, 'navigate') }}
        />
      </Screen>
    )
  }
  if (!session.user.verified) {
    return (
      <Screen title='我的信息' className='idn'>
        <EmptyState
          title='完成实名认证后可查看'
          description='为保护您的信息，需要先做一次人脸核验（或到社区窗口核验）。'
          action={{ label: '去实名认证', onClick: () => go(withReturn(ROUTES.verify, ROUTES.profile), 'navigate') }}
        />
      </Screen>
    )
  }
  return (
    <Screen title='我的信息' className='idn'>
      {loading && !profile ? <LoadingState rows={4} label='正在读取您的信息…' /> : null}
      {error && !profile ? <ErrorState message={errorMessage(error)} onRetry={() => void reload()} /> : null}
      {profile ? <ProfileDetails profile={profile} /> : null}
      <CellGroup title='设置'>
        <Cell
          title='亲情账号（代办）'
          description='为家里老人、孩子办事'
          onClick={() => go(ROUTES.family, 'navigate')}
        />
        <Cell title='个人信息与授权' description='查看或撤回同意' onClick={() => go(ROUTES.consent, 'navigate')} />
      </CellGroup>
      <View className='idn__actions'>
        <AppButton variant='danger' block onClick={() => void signOut().then(() => go(ROUTES.me))}>
          退出登录
        </AppButton>
      </View>
    </Screen>
  )
}

function Source({ of, profile }: { of: string; profile: Profile }) {
  const s = profile.sources[of]
  return s ? <View className='idn__badge'>来自{s}</View> : null
}

function ProfileDetails({ profile }: { profile: Profile }) {
  const [revealed, setRevealed] = useState<string | null>(null)
  const [revealing, setRevealing] = useState(false)
  const [revealError, setRevealError] = useState<string | null>(null)
  const [correcting, setCorrecting] = useState(false)

  async function toggleReveal() {
    if (revealed) return setRevealed(null)
    setRevealing(true)
    setRevealError(null)
    try {
      setRevealed((await getApi().revealOwnIdNumber('本人在「我的信息」查看')).value)
    } catch (e) {
      setRevealError(errorMessage(e))
      // signed in on the verified binding: the full number needs a face check in this session
      if (isApiError(e) && (e.details as { fresh?: boolean }).fresh) {
        go(`${ROUTES.verify}?again=1&returnUrl=${encodeURIComponent(ROUTES.profile)}`, 'navigate')
      }
    } finally {
      setRevealing(false)
    }
  }

  return (
    <View>
      <CellGroup title='基本信息' footer='以上信息来自政府档案，不能在这里修改。'>
        <Cell title='姓名' value={maskName(profile.name)} className='profile-name'>
          <Source of='name' profile={profile} />
        </Cell>
        <Cell
          title='身份证号码'
          value={revealed ?? profile.idNumberMasked}
          className='profile-id'
          description={revealing ? '正在显示…' : revealed ? '点这里重新遮住' : '点这里显示完整号码（会留存查看记录）'}
          onClick={() => void toggleReveal()}
          ariaLabel={revealed ? '身份证号码，已显示完整号码，点按遮住' : '身份证号码，已遮住中间几位，点按显示完整号码'}
        >
          <Source of='idNumber' profile={profile} />
          {revealError ? <View className='idn__note'>{revealError}</View> : null}
        </Cell>
        <Cell title='性别' value={profile.gender === 'male' ? '男' : '女'} />
        <Cell title='出生日期' value={profile.birthDate} />
        <Cell title='民族' value={profile.ethnicity} />
        <Cell title='手机号' value={profile.phone ? maskPhone(profile.phone) : '未预留'}>
          <Source of='phone' profile={profile} />
        </Cell>
      </CellGroup>
      <CellGroup title='地址'>
        <Cell title='户籍地址' description={formatAddress(profile.hukouAddress) || '档案中没有'}>
          <Source of='hukouAddress' profile={profile} />
        </Cell>
        <Cell
          title='居住地址'
          description={
            profile.residenceAddress
              ? formatAddress(profile.residenceAddress)
              : '档案中没有您的居住地址，办事时表单里需要您自己填写'
          }
        >
          {profile.residenceAddress ? <Source of='residenceAddress' profile={profile} /> : null}
        </Cell>
        <Cell title='在此居住起始' value={profile.residentSince ?? '档案中没有'} />
      </CellGroup>
      {profile.householdMembers.length ? (
        <CellGroup title='同户家庭成员'>
          {profile.householdMembers.map((m) => (
            <Cell key={m.residentId} title={`${maskName(m.name)}（${m.relation}）`} value={m.idNumberMasked} />
          ))}
        </CellGroup>
      ) : null}
      {profile.dogs.length ? (
        <CellGroup title='登记的犬只'>
          {profile.dogs.map((d) => (
            <Cell
              key={d.licenceNo}
              title={`${d.name}（${d.breed}）`}
              description={`犬证 ${d.licenceNo}，有效期至 ${d.validUntil}`}
            />
          ))}
        </CellGroup>
      ) : null}
      {correcting ? (
        <CorrectionForm onDone={() => setCorrecting(false)} />
      ) : (
        <AppButton variant='secondary' block onClick={() => setCorrecting(true)}>
          信息有误？申请更正
        </AppButton>
      )}
    </View>
  )
}

function CorrectionForm({ onDone }: { onDone(): void }) {
  const [field, setField] = useState<string | null>(null)
  const [description, setDescription] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<ProfileCorrection | null>(null)

  async function send() {
    setSending(true)
    setErrors({})
    try {
      setResult(await getApi().requestProfileCorrection({ field: field ?? '', description }))
    } catch (e) {
      const fe = (e as { fieldErrors?: Record<string, string> }).fieldErrors
      setErrors(fe && Object.keys(fe).length ? fe : { description: errorMessage(e) })
    } finally {
      setSending(false)
    }
  }

  if (result) {
    return (
      <View className='idn__card idn__card--ok correction-done' {...a11y('status', { live: 'polite' })}>
        <View className='idn__title'>已提交更正申请</View>
        <View className='idn__item'>{result.message}</View>
        <View className='idn__note'>申请编号：{result.id}</View>
        <AppButton variant='secondary' block onClick={onDone}>
          好的
        </AppButton>
      </View>
    )
  }
  return (
    <View className='idn__card'>
      <View className='idn__title'>申请更正档案信息</View>
      <View className='idn__note'>政府档案里的信息不能直接修改。提交后，社区工作人员会联系您，核对证件后更正。</View>
      <FormField label='哪一项不对' required error={errors.field}>
        <ChoiceList label='哪一项不对' choices={CORRECTABLE} value={field} onChange={setField} />
      </FormField>
      <FormField label='哪里不对，应该是什么' required error={errors.description}>
        <Textarea
          className='idn__textarea'
          value={description}
          maxlength={200}
          placeholder='例如：民族应为回族'
          onInput={(e) => setDescription(e.detail.value)}
        />
      </FormField>
      <View className='idn__actions'>
        <AppButton
          block
          loading={sending}
          disabled={!field}
          disabledReason='请先选择哪一项不对'
          onClick={() => void send()}
        >
          提交更正申请
        </AppButton>
        <AppButton variant='secondary' block onClick={onDone}>
          取消
        </AppButton>
      </View>
    </View>
  )
}
