/** 一件事一次办: /packages/one-thing/pages/bundles/index */
import { BundleListScreen } from '@/features/one-thing/bundle-list-screen'

export default function Page() {
  return <BundleListScreen />
}
