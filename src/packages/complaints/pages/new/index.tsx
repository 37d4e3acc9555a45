/** 微诉求 (?category=&q= optional; search links here with q). */
import { useRouter } from '@tarojs/taro'
import { ComposerScreen } from '@/features/complaints'

export default function Page() {
  const { params } = useRouter()
  const q = params.q ? safeDecode(params.q) : undefined
  return <ComposerScreen kind='complaint' category={params.category} q={q} />
}

/** WeChat hands query values over still encoded; H5 may already have decoded them. */
function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v)
  } catch {
    return v
  }
}
