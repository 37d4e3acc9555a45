import { useDisplayPrefs } from './display-prefs'
import { SwitchRow } from './switch-row'

/** The 长辈版 switch, the same wherever it appears (首页, 我的); the app's DisplayPrefsProvider holds the choice. */
export function ElderModeSwitch({ className }: { className?: string }) {
  const { elderMode, setElderMode } = useDisplayPrefs()
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
