import { SearchScreen } from '@/features/search/page'

export default function SearchPage() {
  return <SearchScreen />
}
