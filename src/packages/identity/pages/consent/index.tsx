import { useRouter } from '@tarojs/taro'
import { ConsentScreen } from '@/features/identity/screens'

export default function ConsentPage() {
  const { params } = useRouter()
  return <ConsentScreen returnUrl={params.returnUrl} />
}
