/** 随手拍 (?category= optional). */
import { useRouter } from '@tarojs/taro'
import { ComposerScreen } from '@/features/complaints'

export default function Page() {
  const { params } = useRouter()
  return <ComposerScreen kind='snap' category={params.category} />
}
