import { FamilyScreen } from '@/features/identity/screens'

export default function FamilyPage() {
  return <FamilyScreen />
}
