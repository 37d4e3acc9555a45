/** A complaint's progress (?id=; &created=1 right after sending, &joined=1 after 我也遇到). */
import { useRouter } from '@tarojs/taro'
import { ComplaintDetailScreen } from '@/features/complaints'

export default function Page() {
  const { params } = useRouter()
  return <ComplaintDetailScreen id={params.id} created={params.created === '1'} joined={params.joined === '1'} />
}
