import { useEffect, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { emitWalkthroughEvent } from '@/lib/walkthrough-bus'
import { a11y } from './a11y'
import { cx } from './cx'
import './form-field.css'

export interface FormFieldProps {
  label: string
  /** the control: Input, Picker, Textarea, upload list… */
  children: ReactNode
  required?: boolean
  /** plain-words hint under the control, e.g. 身份证上的18位号码 */
  help?: string
  /** the problem, in words; announced on H5 (role alert) */
  error?: string
  className?: string
}

/**
 * Label + control + help + error. "必填" is written out, and an error is a sentence with a
 * ⚠ mark and a thick bar — never a red border alone.
 */
export function FormField({ label, children, required, help, error, className }: FormFieldProps) {
  // the 走流程 recorder (mock/demo builds) counts the validation errors a resident meets
  useEffect(() => {
    if (error) emitWalkthroughEvent({ kind: 'field-error', label, message: error })
  }, [error, label])
  return (
    <View className={cx('form-field', error && 'form-field--error', className)}>
      <View className='form-field__label'>
        {label}
        {required ? <View className='form-field__required'>（必填）</View> : null}
      </View>
      <View className='form-field__control'>{children}</View>
      {help ? <View className='form-field__help'>{help}</View> : null}
      {/* the live region stays mounted so an error that appears later is announced */}
      <View className='form-field__error-slot' {...a11y('alert', { live: 'assertive' })}>
        {error ? <View className='form-field__error'>{error}</View> : null}
      </View>
    </View>
  )
}
