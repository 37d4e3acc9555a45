import { ProfileScreen } from '@/features/identity/screens'

export default function ProfilePage() {
  return <ProfileScreen />
}
