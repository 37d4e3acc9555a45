import { AuditScreen } from '@/features/worker'

export default function Page() {
  return <AuditScreen />
}
