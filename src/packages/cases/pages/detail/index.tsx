/** 办件详情: /packages/cases/pages/detail/index?id=<case id> */
import { useRouter } from '@tarojs/taro'
import { CaseDetailScreen } from '@/features/cases/case-detail-screen'

export default function Page() {
  const { params } = useRouter()
  return <CaseDetailScreen caseId={params?.id || undefined} />
}
