import { QueueScreen } from '@/features/worker'

export default function Page() {
  return <QueueScreen />
}
