/** 我的: 长辈版, sign-in, my cases, and what the app does with personal data. */
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { CASE_LIST_URL } from '@/features/cases'
import { MeAccount } from '@/features/identity/screens/me-account'
import { OfflineBanner, OutboxList } from '@/features/outbox'
import { AssistNotices } from '@/features/one-thing/assist-notices'
import { BenefitsCard } from '@/features/one-thing/benefits-card'
import { BUNDLES_URL } from '@/features/one-thing/urls'
import { Cell, CellGroup, ElderModeSwitch, Screen, Section } from '@/ui'
import { paths } from '@/routes'
import './index.css'

// the tester panel (and its hint) exist only in mock/demo builds: required on the build-time literal
const testerKit: typeof import('@/features/tester') | null = process.env.TARO_APP_API_MODE === 'mock' ? require('@/features/tester') : null
const TesterPanel = testerKit?.TesterPanel
// 走流程 (testers, community leaders): mock and demo builds only, required on the literal
const WalkthroughPanel: typeof import('@/features/walkthrough').WalkthroughPanel | null =
  process.env.TARO_APP_DEMO === '1' ? require('@/features/walkthrough').WalkthroughPanel : null

export default function MePage() {
  const [tester, setTester] = useState(false)
  return (
    <Screen safeBottom={false} className='me'>
      <OfflineBanner />
      <View className='me__switch'>
        <ElderModeSwitch />
      </View>

      <MeAccount />

      {/* 免申即享 and 帮办 waiting for the resident; each renders nothing when there is none */}
      <BenefitsCard />
      <AssistNotices />

      <OutboxList />

      <CellGroup title='办事'>
        <Cell title='我的办件' description='查看申请办到哪一步了' arrow onClick={() => void Taro.navigateTo({ url: CASE_LIST_URL })} />
        <Cell title='一件事一次办' description='出生、养犬、养老：一张表办几件事，进度在一处看' arrow onClick={() => void Taro.navigateTo({ url: BUNDLES_URL })} />
        <Cell
          title='证照核验'
          description='扫码或输入编号，查验电子犬证和证明是否有效'
          arrow
          onClick={() => void Taro.navigateTo({ url: paths.cert.verify.path })}
        />
      </CellGroup>

      {WalkthroughPanel ? <WalkthroughPanel /> : null}

      <Section title='关于与隐私'>
        <View className='me__about'>
          <View className='me__para'>社区通是社区的线上服务窗口：在手机上办事、反映问题、查看进度。</View>
          <View className='me__para'>
            身份证号、人脸等信息只在办事需要时、经您同意后才使用，仅用于核对身份和办理事项；页面上的身份证号会遮住中间几位。
          </View>
          <View className='me__para'>不想用手机认证的，可以带身份证到社区窗口办理，一样能办。</View>
        </View>
      </Section>

      <View className='me__version' onLongPress={TesterPanel ? () => setTester(true) : undefined}>
        社区通 v0.1.0{testerKit?.TESTER_HINT ?? ''}
      </View>
      {TesterPanel ? <TesterPanel open={tester} onClose={() => setTester(false)} /> : null}
    </Screen>
  )
}
