import { StatsScreen } from '@/features/worker'

export default function Page() {
  return <StatsScreen />
}
