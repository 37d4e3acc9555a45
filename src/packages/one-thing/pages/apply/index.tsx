/** 一件事申请: /packages/one-thing/pages/apply/index?id=<bundle id> */
import { useRouter } from '@tarojs/taro'
import { BundleApplyScreen } from '@/features/one-thing/bundle-apply-screen'

export default function Page() {
  const { params } = useRouter()
  return <BundleApplyScreen bundleId={params?.id || ''} />
}
