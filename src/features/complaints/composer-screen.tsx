/**
 * 随手拍 (kind 'snap': camera first, big type chips, one optional line) and 微诉求 (kind
 * 'complaint': type, 办不成事 details, description with a counter, optional photos and place,
 * contact from the profile). Both keep a persisted draft and send through useComposer.
 */
import { Textarea, View, Input } from '@tarojs/components'
import { useEffect, useMemo, useRef } from 'react'
import {
  COMPLAINT_CATEGORIES,
  complaintCategory,
  DESCRIPTION_MAX,
  isComplaintCategoryId,
  snapCategories,
  STUCK_AT_SUGGESTIONS,
} from '@/domain/complaints'
import { maskPhone } from '@/domain/identity/phone'
import { MATTER_INDEX } from '@/domain/matters/matter-index'
import { useProfile, useSession } from '@/features/identity'
import type { DraftKind } from '@/stores/complaint-draft-store'
import { AppButton, BottomBar, Chip, ChipGroup, ChoicePicker, FormField, Screen, Section, SwitchRow } from '@/ui'
import { OfflineBanner } from '@/features/outbox'
import { SettingsFix } from '@/ui/settings-fix'
import { isOutside } from './draft-rules'
import { DuplicateList } from './duplicate-list'
import { PhotoGrid } from './photo-grid'
import { PlaceField } from './place-field'
import { useComposer } from './use-composer'
import './complaints.css'

const MATTER_CHOICES = MATTER_INDEX.map((m) => ({ value: m.id, label: m.name }))

export interface ComposerProps {
  kind: DraftKind
  /** ?category= from a link */
  category?: string
  /** ?q= from search: what the resident was looking for */
  q?: string
}

function ContactLine() {
  const { verified } = useSession()
  const { profile, loading } = useProfile()
  const phone = profile?.phone
  let text = '发送前会请您登录并核验身份，社区按您登记的手机号联系您'
  if (verified && loading) text = '正在读取您登记的手机号…'
  else if (phone) text = `社区会打这个号码联系您：${maskPhone(phone)}`
  else if (verified) text = '您的档案里没有手机号，社区会在小程序里回复您'
  return <View className='composer__contact'>{text}</View>
}

export function ComposerScreen({ kind, category, q }: ComposerProps) {
  const c = useComposer(kind)
  const d = c.draft
  const snap = kind === 'snap'
  const started = useRef(false)

  // links prefill an untouched draft; an auto-locate for 随手拍 (denied → the typed-address fallback)
  useEffect(() => {
    if (started.current) return
    started.current = true
    if (category && isComplaintCategoryId(category) && !d.categoryId) c.update({ categoryId: category })
    if (q && !d.description) c.update({ description: `我想办“${q}”，但没找到。` })
    if (snap && !d.location) void c.locate()
    // once, on open
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const categories = useMemo(() => (snap ? snapCategories() : [...COMPLAINT_CATEGORIES]), [snap])
  const chosen = d.categoryId ? complaintCategory(d.categoryId) : undefined
  const len = [...d.description].length
  const outside = isOutside(d) && !d.outsideConfirmed

  const photoField = (
    <FormField label={snap ? '拍下问题' : '照片（可选）'} required={snap} error={c.errors.photos} help='最多6张，会自动压缩，并去掉照片里的位置信息'>
      <PhotoGrid
        photos={d.photos}
        onAdd={() => void c.addPhotos(snap ? 'any' : 'album')}
        onRemove={c.removePhoto}
        onRetry={(id) => void c.retryPhoto(id)}
        addLabel={snap ? '拍照或选照片' : '添加照片'}
      />
      {c.denied.photos ? <SettingsFix what='相机和相册' scope='scope.camera' onBack={(ok) => c.afterSettings('photos', ok)} /> : null}
    </FormField>
  )
  const placeField = (
    <FormField label={snap ? '问题在哪里' : '位置（可选）'} required={snap} error={c.errors.location ?? c.errors.address}>
      <PlaceField
        draft={d}
        locating={c.locating}
        note={c.locationNote}
        canPickOnMap={c.canPickOnMap}
        onLocate={() => void c.locate()}
        onMap={() => void c.chooseOnMap()}
        onClear={c.clearLocation}
        onAddress={(v) => c.update({ address: v })}
        onConfirmOutside={c.confirmOutside}
        outsideWarning={outside}
      />
      {c.denied.location ? <SettingsFix what='定位' scope='scope.userLocation' onBack={(ok) => c.afterSettings('location', ok)} /> : null}
    </FormField>
  )
  const categoryField = (
    <FormField label={snap ? '是什么问题' : '问题类型'} required error={c.errors.categoryId}>
      <ChipGroup>
        {categories.map((cat) => (
          <Chip
            key={cat.id}
            size={snap ? 'big' : 'normal'}
            label={cat.name}
            on={d.categoryId === cat.id}
            onClick={() => c.update({ categoryId: cat.id })}
          />
        ))}
      </ChipGroup>
      {chosen && !snap ? <View className='composer__hint'>{chosen.description}</View> : null}
    </FormField>
  )

  return (
    <Screen safeBottom={false} className='composer'>
      <OfflineBanner />
      <View className='composer__intro'>
        {snap ? '拍张照片，选一下是什么问题，就能发送。社区会派人处理，每一件都有回复。' : '写清楚遇到了什么事，社区会在规定时间内答复，您能随时看到办到哪一步。'}
      </View>
      {snap ? (
        <Section title='随手拍'>
          {photoField}
          {placeField}
          {categoryField}
          <FormField label='一句话说明（可选）' error={c.errors.description}>
            <Input
              className='app-input'
              value={d.description}
              placeholder='如：路灯不亮了'
              maxlength={DESCRIPTION_MAX}
              onInput={(e) => c.update({ description: e.detail.value })}
            />
          </FormField>
        </Section>
      ) : (
        <Section title='提个微诉求'>
          {categoryField}
          {d.categoryId === 'not-done' ? (
            <>
              <FormField label='想办的事项' required error={c.errors.matterId}>
                <ChoicePicker
                  label='想办的事项'
                  options={MATTER_CHOICES}
                  value={d.matterId}
                  placeholder='点这里选择事项'
                  onChange={(id) => c.update({ matterId: id })}
                />
              </FormField>
              <FormField label='卡在哪一步' required error={c.errors.stuckAt}>
                <ChipGroup>
                  {STUCK_AT_SUGGESTIONS.map((s) => (
                    <Chip key={s} label={s} on={d.stuckAt === s} onClick={() => c.update({ stuckAt: s })} />
                  ))}
                </ChipGroup>
                <Input
                  className='app-input'
                  value={d.stuckAt}
                  placeholder='也可以自己写'
                  maxlength={200}
                  onInput={(e) => c.update({ stuckAt: e.detail.value })}
                />
              </FormField>
            </>
          ) : null}
          <FormField label='具体情况' required error={c.errors.description} help={`${len}/${DESCRIPTION_MAX}字，至少10个字`}>
            <Textarea
              className='app-input composer__textarea'
              value={d.description}
              placeholder='发生了什么、在哪里、从什么时候开始'
              maxlength={DESCRIPTION_MAX}
              onInput={(e) => c.update({ description: e.detail.value })}
            />
          </FormField>
          {photoField}
          {placeField}
          <FormField label='联系方式'>
            <ContactLine />
          </FormField>
        </Section>
      )}
      <Section title='公开设置'>
        <SwitchRow
          label='不公开我的姓名'
          description='开启后，社区动态里显示“匿名居民”；处理的工作人员仍能看到您，方便联系'
          checked={d.anonymous}
          onChange={(v) => c.update({ anonymous: v })}
        />
        <SwitchRow
          label='在社区动态中展示'
          description='展示问题和大概位置（只到街道），方便邻居点“我也遇到”'
          checked={d.public}
          onChange={(v) => c.update({ public: v })}
        />
      </Section>
      {c.stage === 'duplicates' ? (
        <Section title='先看看是不是同一件事'>
          <DuplicateList
            items={c.duplicates}
            onSupport={(id) => void c.support(id)}
            onAnyway={() => void c.send(true)}
            onBack={c.backToEdit}
          />
        </Section>
      ) : null}
      {c.sendError ? (
        <View className='composer__error' role='alert'>
          ⚠ {c.sendError}
        </View>
      ) : null}
      <View className='composer__saved'>填写的内容会自动保存，离开再回来也不会丢。</View>
      {c.stage !== 'duplicates' ? (
        <BottomBar>
          <AppButton block loading={c.stage === 'sending'} onClick={() => void c.send()}>
            {c.stage === 'sending' ? '正在发送…' : '发送'}
          </AppButton>
        </BottomBar>
      ) : null}
    </Screen>
  )
}
