import { View } from '@tarojs/components'
import { cx } from './cx'
import './status-tag.css'

export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'red' | 'yellow' | 'blue'

export interface StatusTagProps {
  /** the words are the signal; colour only repeats them (e.g. 红·复杂, 已办结, 预约办) */
  label: string
  tone?: StatusTone
  className?: string
}

const TONE_NAMES: Record<StatusTone, string> = {
  neutral: '状态',
  info: '提示',
  success: '完成',
  warning: '注意',
  danger: '警告',
  red: '红',
  yellow: '黄',
  blue: '蓝',
}

export function StatusTag({ label, tone = 'neutral', className }: StatusTagProps) {
  // an empty label would leave colour as the only signal: fall back to the tone's name
  const words = label.trim() || TONE_NAMES[tone]
  // 红黄蓝 tickets are talked about by colour ("红单"), so the colour is always said in words too
  const triage = tone === 'red' || tone === 'yellow' || tone === 'blue'
  const text = triage && !words.includes(TONE_NAMES[tone]) ? `${TONE_NAMES[tone]}·${words}` : words
  return <View className={cx('status-tag', `status-tag--${tone}`, className)}>{text}</View>
}
