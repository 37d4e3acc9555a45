import { useRouter } from '@tarojs/taro'
import { MatterGuideScreen } from '@/features/apply/matter-guide-screen'

/** 办事指南 (?id=): kept apart from the form so the main package carries only the guide. */
export default function MatterPage() {
  const { params } = useRouter()
  return <MatterGuideScreen matterId={params.id ?? ''} />
}
