import { useElderMode } from '@/stores/prefs-store'
import { SwitchRow } from './switch-row'

/** The 长辈版 switch, the same wherever it appears (首页, 我的). */
export function ElderModeSwitch({ className }: { className?: string }) {
  const { elderMode, setElderMode } = useElderMode()
  return (
    <SwitchRow
      className={className}
      label='长辈版'
      description='字更大、按钮更大'
      checked={elderMode}
      onChange={setElderMode}
    />
  )
}
