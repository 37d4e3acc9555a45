import { HomeScreen } from '@/features/home'

export default function IndexPage() {
  return <HomeScreen />
}
