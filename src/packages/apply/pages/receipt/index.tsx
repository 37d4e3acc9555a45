import { useRouter } from '@tarojs/taro'
import { ReceiptScreen } from '@/features/apply'

export default function ReceiptPage() {
  const { params } = useRouter()
  return <ReceiptScreen caseId={params.id ?? ''} />
}
