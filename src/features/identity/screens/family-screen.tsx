/**
 * 亲情账号: up to 5 relatives this resident helps (帮办代办). Household members come from the
 * record; a relative living elsewhere is stated by name + ID number. The relative's consent
 * is recorded (simulated in the 体验版). Then the 办事人 can be switched when applying.
 */
import { useCallback, useState } from 'react'
import { Input, View } from '@tarojs/components'
import { validateIdNumber } from '@/domain/identity/id-number'
import { formatDate } from '@/domain/time/china-time'
import { maskName, validateChineseName } from '@/domain/identity/name'
import { errorMessage } from '@/lib/error-message'
import {
  a11y,
  AppButton,
  Cell,
  CellGroup,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  FormField,
  LoadingState,
  Screen,
  Toast,
} from '@/ui'
import { useSessionStore } from '@/stores/session-store'
import { useAddFamilyMember, useFamily, useRemoveFamilyMember } from '../api/family'
import { useApplicantStore } from '../applicant-store'
import { go, ROUTES, withReturn } from '../routes'
import { useProfile } from '../use-profile'
import { ChoiceList } from './choice-list'
import './identity.css'

const MAX = 5
const RELATIONS = ['父母', '配偶', '子女', '祖父母', '孙子女', '兄弟姐妹', '其他亲属'].map((r) => ({
  value: r,
  label: r,
}))

export function FamilyScreen() {
  const session = useSessionStore((s) => s.session)
  if (!session?.user.verified) {
    return (
      <Screen title='亲情账号' className='idn'>
        <EmptyState
          title={session ? '完成实名认证后可添加亲人' : '请先登录'}
          description='添加后可以为家里老人、孩子网上办事（代办），对方也能看到办件。'
          action={
            session
              ? { label: '去实名认证', onClick: () => go(withReturn(ROUTES.verify, ROUTES.family), 'navigate') }
              : { label: '去登录', onClick: () => go(ROUTES.login, 'navigate') }
          }
        />
      </Screen>
    )
  }
  return <FamilyManager />
}

function FamilyManager() {
  const { profile, loading: profileLoading, error: profileError, reload: reloadProfile } = useProfile()
  const family = useFamily(true)
  const members = family.data
  const add = useAddFamilyMember().mutateAsync
  const remove = useRemoveFamilyMember().mutateAsync
  const [adding, setAdding] = useState(false)
  const [removing, setRemoving] = useState<{ residentId: string; name: string } | null>(null)
  const [toast, setToast] = useState<string | null>(null)
  const hideToast = useCallback(() => setToast(null), [])

  if ((family.isPending || profileLoading) && !members) {
    return (
      <Screen title='亲情账号' className='idn'>
        <LoadingState rows={2} />
      </Screen>
    )
  }
  if ((family.error || profileError) && !members) {
    return (
      <Screen title='亲情账号' className='idn'>
        <ErrorState
          message={errorMessage(family.error ?? profileError)}
          onRetry={() => void Promise.all([family.refetch(), reloadProfile()])}
        />
      </Screen>
    )
  }
  const list = members ?? []
  const full = list.length >= MAX

  async function onRemove(residentId: string) {
    setRemoving(null)
    try {
      await remove(residentId)
      // the 办事人 switch no longer offers them
      const choice = useApplicantStore.getState()
      if (choice.currentApplicant === residentId) choice.setCurrentApplicant(null)
      setToast('已移除')
    } catch (e) {
      setToast(errorMessage(e))
    }
  }

  return (
    <Screen title='亲情账号' className='idn'>
      <View className='idn__lead'>
        添加您帮忙办事的家人（最多 {MAX} 位）。办事时可以把「办事人」切换成他们，办件他们本人也能看到。
      </View>
      {list.length ? (
        <CellGroup title={`已添加 ${list.length}/${MAX}`}>
          {list.map((m) => (
            <Cell
              key={m.residentId}
              className='family-member'
              title={`${m.nameMasked}（${m.relation}）`}
              description={`${m.inHousehold ? '同户家庭成员' : '不在本户'} · ${formatDate(m.consentAt)} 对方已同意`}
              value='移除'
              onClick={() => setRemoving({ residentId: m.residentId, name: m.nameMasked })}
            />
          ))}
        </CellGroup>
      ) : (
        <EmptyState title='还没有添加亲人' description='添加后，可以替父母等家人网上办事。' />
      )}
      {adding && profile ? (
        <AddRelative
          household={profile.householdMembers.filter((h) => !list.some((m) => m.residentId === h.residentId))}
          onAdd={async (req) => {
            await add(req)
            setAdding(false)
            setToast('已添加')
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <AppButton
          block
          disabled={full}
          disabledReason={`最多添加 ${MAX} 位亲人，请先移除一位`}
          onClick={() => setAdding(true)}
        >
          添加亲人
        </AppButton>
      )}
      <ConfirmDialog
        open={removing !== null}
        title='移除亲人'
        message={removing ? `移除后不能再为${removing.name}代办。已提交的办件不受影响。` : undefined}
        confirmLabel='移除'
        danger
        onConfirm={() => removing && void onRemove(removing.residentId)}
        onCancel={() => setRemoving(null)}
      />
      <Toast message={toast} onDone={hideToast} />
    </Screen>
  )
}

type AddReq = { residentId?: string; name?: string; idNumber?: string; relation: string }

function AddRelative({
  household,
  onAdd,
  onCancel,
}: {
  household: Array<{ residentId: string; name: string; relation: string }>
  onAdd(req: AddReq): Promise<void>
  onCancel(): void
}) {
  const [pick, setPick] = useState<string | null>(household[0]?.residentId ?? 'other')
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [relation, setRelation] = useState<string | null>(null)
  const [agreed, setAgreed] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const member = household.find((h) => h.residentId === pick)
  const choices = [
    ...household.map((h) => ({ value: h.residentId, label: `${maskName(h.name)}（${h.relation}，同户）` })),
    { value: 'other', label: '不在本户的亲人' },
  ]
  const rel = member ? (RELATIONS.some((r) => r.value === member.relation) ? member.relation : '其他亲属') : relation

  /** A change to a field clears its message, and a refusal about the pair (姓名和身份证号码). */
  const edited = (...keys: string[]) =>
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k) && k !== 'form')))

  /** The same rules the server applies, checked here so each field says what is wrong. */
  function localErrors(): Record<string, string> {
    if (member) return {}
    const out: Record<string, string> = {}
    const n = validateChineseName(name)
    if (!n.ok) out.name = n.reason
    const id = validateIdNumber(idNumber)
    if (!id.ok) out.idNumber = id.reason
    if (!rel) out.relation = '请选择与您的关系'
    return out
  }

  async function save() {
    const local = localErrors()
    if (Object.keys(local).length) {
      setErrors(local)
      return
    }
    setSaving(true)
    setErrors({})
    try {
      await onAdd(
        member
          ? { residentId: member.residentId, relation: rel ?? '其他亲属' }
          : { name: name.trim(), idNumber: idNumber.trim(), relation: rel ?? '' },
      )
    } catch (e) {
      const fe = (e as { fieldErrors?: Record<string, string> }).fieldErrors
      setErrors(fe && Object.keys(fe).length ? fe : { form: errorMessage(e) })
    } finally {
      setSaving(false)
    }
  }

  const why = !agreed ? '请先确认对方已同意' : undefined
  return (
    <View className='idn__card'>
      <View className='idn__title'>添加亲人</View>
      <ChoiceList label='添加谁' choices={choices} value={pick} onChange={setPick} />
      {member ? null : (
        <View>
          <FormField label='亲人姓名' required error={errors.name}>
            <Input className='idn__input' value={name} ariaLabel='亲人姓名' onInput={(e) => {
                setName(e.detail.value)
                edited('name', 'idNumber')
              }}
            />
          </FormField>
          <FormField
            label='亲人身份证号码'
            required
            help='只用于核对是不是本社区登记的居民，不会显示'
            error={errors.idNumber}
          >
            <Input
              className='idn__input'
              type='idcard'
              maxlength={18}
              value={idNumber}
              ariaLabel='亲人身份证号码'
              onInput={(e) => {
                setIdNumber(e.detail.value)
                edited('name', 'idNumber')
              }}
            />
          </FormField>
          <FormField label='与您的关系' required error={errors.relation}>
            <ChoiceList
              label='与您的关系'
              choices={RELATIONS}
              value={relation}
              onChange={(r) => {
                setRelation(r)
                edited('relation')
              }}
            />
          </FormField>
        </View>
      )}
      <View
        className={agreed ? 'idn__choice idn__choice--on' : 'idn__choice'}
        onClick={() => setAgreed(!agreed)}
        {...a11y('switch', { label: '对方已同意由我代办', checked: agreed })}
      >
        <View className='idn__choice-mark'>{agreed ? '☑' : '☐'}</View>
        <View>对方已同意由我代办{
          // the literal (not a constant) so release builds drop the 体验版 wording (src/config.ts)
          process.env.TARO_APP_DEMO === '1' ? '（体验版：模拟对方已在微信中确认）' : '（对方会收到确认消息）'
        }</View>
      </View>
      {errors.form ? (
        <View className='idn__card idn__card--error' {...a11y('alert')}>
          {errors.form}
        </View>
      ) : null}
      <View className='idn__actions'>
        <AppButton block loading={saving} disabled={Boolean(why)} disabledReason={why} onClick={() => void save()}>
          确认添加
        </AppButton>
        <AppButton variant='secondary' block onClick={onCancel}>
          取消
        </AppButton>
      </View>
    </View>
  )
}
