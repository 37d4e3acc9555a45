/** Placeholder until its feature lands: says plainly that the service is coming. */
import { EmptyState, Screen } from '@/ui'

export default function Page() {
  return (
    <Screen>
      <EmptyState title='亲情代办' description='此功能即将开放，敬请期待' />
    </Screen>
  )
}
