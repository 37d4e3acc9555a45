import { HallScreen } from '@/features/hall'

export default function HallPage() {
  return <HallScreen />
}
