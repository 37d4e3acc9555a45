/** 走流程报告: /packages/one-thing/pages/walkthrough/index — mock and demo builds only. */
import { EmptyState, Screen } from '@/ui'

// required on the build-time literal (src/config.ts): release (http) builds drop the recorder
const Report: typeof import('@/features/walkthrough').WalkthroughReportScreen | null =
  process.env.TARO_APP_DEMO === '1' ? require('@/features/walkthrough').WalkthroughReportScreen : null

export default function Page() {
  return Report ? (
    <Report />
  ) : (
    <Screen>
      <EmptyState title='这个页面在正式版中不提供' description='请回到首页继续办事' />
    </Screen>
  )
}
