/** 一件事进度: /packages/one-thing/pages/case/index?id=<bundle case id> */
import { useRouter } from '@tarojs/taro'
import { BundleCaseScreen } from '@/features/one-thing/bundle-case-screen'

export default function Page() {
  const { params } = useRouter()
  return <BundleCaseScreen id={params?.id || ''} />
}
