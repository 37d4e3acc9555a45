import { useRouter } from '@tarojs/taro'
import { LoginScreen } from '@/features/identity/screens/login-screen'

export default function LoginPage() {
  const { params } = useRouter()
  return <LoginScreen returnUrl={params.returnUrl} />
}
