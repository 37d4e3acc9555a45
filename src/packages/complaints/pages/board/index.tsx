/** 社区动态: the public board. */
import { BoardScreen } from '@/features/complaints'

export default function Page() {
  return <BoardScreen />
}
