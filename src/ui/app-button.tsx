import type { ReactNode } from 'react'
import { Button, View } from '@tarojs/components'
import { a11y, decorative } from './a11y'
import { IS_H5 } from '@/platform/env'
import { cx } from './cx'
import './app-button.css'

export type AppButtonVariant = 'primary' | 'secondary' | 'danger'

export interface AppButtonProps {
  children: ReactNode
  variant?: AppButtonVariant
  /** full width */
  block?: boolean
  /** shows a spinner and ignores taps while the action runs */
  loading?: boolean
  disabled?: boolean
  /**
   * Why the button cannot be used yet, shown under it in words ("请先勾选同意") so nobody is
   * left guessing at a grey button. Only shown while disabled.
   */
  disabledReason?: string
  onClick?: () => void
  /** when the visible text alone is not enough for a screen reader */
  ariaLabel?: string
  className?: string
}

/** The app's button: a real Taro Button (native role on both targets), sized to the tap-target token; `loading` shows a spinner drawn by React. */
export function AppButton({
  children,
  variant = 'primary',
  block = false,
  loading = false,
  disabled = false,
  disabledReason,
  onClick,
  ariaLabel,
  className,
}: AppButtonProps) {
  const inactive = disabled || loading
  const reason = disabled && disabledReason ? disabledReason : undefined
  const label = ariaLabel ?? (typeof children === 'string' ? children : undefined)
  return (
    <View className={cx('app-button-wrap', block && 'app-button-wrap--block', className)}>
      <Button
        className={cx(
          'app-button',
          `app-button--${variant}`,
          block && 'app-button--block',
          disabled && 'app-button--inactive',
        )}
        disabled={inactive}
        // Taro's own `loading` makes the H5 custom element insert its icon among the children
        // React manages (NotFoundError: insertBefore when the button changes as it updates), so
        // the spinner is ours
        ariaLabel={reason && label ? `${label}，${reason}` : ariaLabel}
        hoverClass='app-button--pressed'
        onClick={inactive ? undefined : onClick}
        // H5 renders <taro-button-core>, a custom element with no role and no tab stop
        {...(IS_H5 ? a11y('button', { disabled: inactive }) : {})}
      >
        {loading ? <View className='app-button__spinner' {...decorative} /> : null}
        {children}
      </Button>
      {reason ? <View className='app-button__reason'>{reason}</View> : null}
    </View>
  )
}
