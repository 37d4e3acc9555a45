import { View } from '@tarojs/components'
import { a11y, decorative } from './a11y'
import { AppButton } from './app-button'
import './states.css'

export interface EmptyStateProps {
  title: string
  description?: string
  action?: { label: string; onClick: () => void }
}

/** Nothing to show: say so in words and offer the next step. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <View className='state state--empty'>
      <View className='state__title'>{title}</View>
      {description ? <View className='state__desc'>{description}</View> : null}
      {action ? (
        <View className='state__action'>
          <AppButton variant='secondary' onClick={action.onClick}>
            {action.label}
          </AppButton>
        </View>
      ) : null}
    </View>
  )
}

export interface LoadingStateProps {
  /** how many skeleton rows */
  rows?: number
  /** visible words, so nobody takes the grey blocks for a broken page */
  label?: string
}

export function LoadingState({ rows = 3, label = '正在加载…' }: LoadingStateProps) {
  return (
    <View className='state state--loading' {...a11y('status', { live: 'polite' })}>
      <View className='state__loading-label'>{label}</View>
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className='skeleton' {...decorative}>
          <View className='skeleton__line skeleton__line--title' />
          <View className='skeleton__line' />
        </View>
      ))}
    </View>
  )
}

export interface ErrorStateProps {
  title?: string
  /** what went wrong, in words (ApiError.message is already written for people) */
  message: string
  onRetry?: () => void
  retryLabel?: string
}

export function ErrorState({ title = '没有加载出来', message, onRetry, retryLabel = '重试' }: ErrorStateProps) {
  return (
    <View className='state state--error'>
      <View {...a11y('alert')}>
        <View className='state__title'>{title}</View>
        <View className='state__desc'>{message}</View>
      </View>
      {onRetry ? (
        <View className='state__action'>
          <AppButton onClick={onRetry}>{retryLabel}</AppButton>
        </View>
      ) : null}
    </View>
  )
}
