import { useRouter } from '@tarojs/taro'
import { CaseScreen } from '@/features/worker'

export default function Page() {
  const { params } = useRouter()
  return <CaseScreen id={params.id ? decodeURIComponent(params.id) : undefined} />
}
