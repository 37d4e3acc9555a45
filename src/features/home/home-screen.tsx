import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { usePrefsStore } from '@/stores/prefs-store'
import { a11y, AppButton, cx, ElderModeSwitch, Screen, Section } from '@/ui'
import { RenewalNotices } from '@/features/cases'
// the card and the URL only: the bundle screens stay in the one-thing subpackage
import { BenefitsCard, BUNDLES_URL } from '@/features/one-thing'
import { SearchEntry } from '@/features/search'
import { COMMON_SERVICES, communityName, ENTRANCES, openEntrance, openService } from './entrances'
import './home.css'

// the 体验版 label, only in mock-mode builds (required on the literal: src/config.ts)
const DemoRibbon: typeof import('@/ui/demo-ribbon').DemoRibbon | null =
  process.env.TARO_APP_DEMO === '1' ? require('@/ui/demo-ribbon').DemoRibbon : null

/**
 * 首页. Normal: header, the three entrances, the 长辈版 switch (first run: as an offer) and 常用服务.
 * 长辈版: the same entrances as full-width tiles, four big service tiles and the switch — fewer
 * things, each bigger.
 */
export function HomeScreen() {
  const elder = usePrefsStore((s) => s.elderMode)
  const prompted = usePrefsStore((s) => s.elderPrompted)
  const markElderPrompted = usePrefsStore((s) => s.markElderPrompted)
  const name = communityName()

  return (
    <Screen safeBottom={false} className='home'>
      {DemoRibbon ? <DemoRibbon /> : null}
      <View className='home__header'>
        <View className='home__community' {...a11y('heading', { level: 1 })}>
          {name}
        </View>
        {elder ? null : <View className='home__tagline'>社区办事、反映问题，在手机上就能办</View>}
        <SearchEntry className='home__search' />
      </View>

      {/* 犬证 renewal reminders (30 days before expiry); renders nothing when none is due */}
      <RenewalNotices />

      {/* 您可享受 (免申即享): what the record makes the verified resident eligible for; nothing otherwise */}
      <BenefitsCard />

      <View className='home__entrances'>
        {ENTRANCES.map((e) => (
          <View
            key={e.id}
            className={cx('entrance', `entrance--${e.id}`)}
            hoverClass='entrance--pressed'
            onClick={() => openEntrance(e.id)}
            {...a11y('button', { label: `${e.name}，${e.description}` })}
          >
            <View className='entrance__name'>{e.name}</View>
            <View className='entrance__desc'>{e.description}</View>
          </View>
        ))}
      </View>

      {/* the first-run offer is a card around the switch, never a pop-up; either answer ends it */}
      <View className={cx('home__switch', !prompted && 'home__switch--offer')}>
        {!prompted ? <View className='home__offer-text'>字太小？试试长辈版</View> : null}
        <ElderModeSwitch />
        {!prompted ? (
          <View className='home__offer-actions'>
            <AppButton variant='secondary' onClick={markElderPrompted}>
              不用了
            </AppButton>
          </View>
        ) : null}
      </View>

      <View className='home__one-thing'>
        <AppButton block variant='secondary' onClick={() => void Taro.navigateTo({ url: BUNDLES_URL })}>
          一件事一次办：出生、养犬、养老
        </AppButton>
      </View>

      <Section title='常用服务'>
        <View className='services'>
          {COMMON_SERVICES.map((s) => (
            <View
              key={s.matterId}
              className='service'
              hoverClass='service--pressed'
              onClick={() => openService(s)}
              {...a11y('button', { label: elder ? s.name : `${s.name}，${s.description}` })}
            >
              <View className='service__name'>{s.name}</View>
              {elder ? null : <View className='service__desc'>{s.description}</View>}
            </View>
          ))}
        </View>
      </Section>
    </Screen>
  )
}
