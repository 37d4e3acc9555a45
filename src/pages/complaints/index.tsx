import { ComplaintsTabScreen } from '@/features/complaints/tab'

export default function ComplaintsPage() {
  return <ComplaintsTabScreen />
}
