/** 帮办确认: /packages/one-thing/pages/assist/index?id=<assist id> */
import { useRouter } from '@tarojs/taro'
import { AssistReviewScreen } from '@/features/one-thing/assist-screens'

export default function Page() {
  const { params } = useRouter()
  return <AssistReviewScreen id={params?.id || ''} />
}
