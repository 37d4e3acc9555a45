/** 证照核验 (public, no sign-in): ?c=<code> from a scanned QR, ?scene= on a 小程序码, or typed by hand. */
import { useRouter } from '@tarojs/taro'
import { codeFromLaunch } from '@/domain/certificates/code'
import { VerifyScreen } from '@/features/certificates'

export default function Page() {
  const { params } = useRouter()
  return <VerifyScreen initialCode={codeFromLaunch(params ?? {})} />
}
