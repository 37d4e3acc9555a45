import { useRouter } from '@tarojs/taro'
import { ApplyScreen } from '@/features/apply'

export default function ApplyFormPage() {
  const { params } = useRouter()
  return <ApplyScreen matterId={params.id ?? ''} />
}
