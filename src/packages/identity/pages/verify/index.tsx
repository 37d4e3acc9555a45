import { useRouter } from '@tarojs/taro'
import { VerifyScreen } from '@/features/identity/screens'

export default function VerifyPage() {
  const { params } = useRouter()
  return <VerifyScreen returnUrl={params.returnUrl} again={params.again === '1'} />
}
