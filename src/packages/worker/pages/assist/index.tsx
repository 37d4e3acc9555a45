/** 帮办 (worker console): /packages/worker/pages/assist/index */
import { AssistWorkerScreen } from '@/features/one-thing/assist-worker-screen'

export default function Page() {
  return <AssistWorkerScreen />
}
