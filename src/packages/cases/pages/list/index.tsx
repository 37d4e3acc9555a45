/** 我的办件 (linked from 我的: /packages/cases/pages/list/index). */
import { CaseListScreen } from '@/features/cases/case-list-screen'

export default function Page() {
  return <CaseListScreen />
}
