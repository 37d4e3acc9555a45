/**
 * 社区通 design system. Tokens live in tokens.css (loaded once by app.css) and tokens.ts;
 * docs/design-system.md has the rules. ui imports nothing from api, features or pages.
 */
export { a11y, decorative, type A11yOptions, type A11yRole } from './a11y'
export { AppButton, type AppButtonProps, type AppButtonVariant } from './app-button'
export { BottomBar, type BottomBarProps } from './bottom-bar'
export { Cell, CellGroup, type CellGroupProps, type CellProps } from './cell'
export { Chevron } from './chevron'
export { Chip, ChipGroup, type ChipGroupProps, type ChipProps } from './chip'
export { cx } from './cx'
export { ElderModeSwitch } from './elder-mode-switch'
export { FormField, type FormFieldProps } from './form-field'
export { KeyValueRow, type KeyValueRowProps } from './key-value-row'
export { ProgressBar, type ProgressBarProps } from './progress-bar'
export { Screen, TAB_PAGES, type ScreenProps } from './screen'
export { Section, type SectionProps } from './section'
export {
  EmptyState,
  ErrorState,
  LoadingState,
  type EmptyStateProps,
  type ErrorStateProps,
  type LoadingStateProps,
} from './states'
export { StatusTag, type StatusTagProps, type StatusTone } from './status-tag'
export { SwitchRow, type SwitchRowProps } from './switch-row'
export {
  ChoicePicker,
  ConfirmDialog,
  DatePicker,
  Sheet,
  stepDate,
  Toast,
  type Choice,
  type ChoicePickerProps,
  type ConfirmDialogProps,
  type DatePickerProps,
  type SheetProps,
  type ToastProps,
} from './sheet'
export { PlaceView, placeText, type PlaceViewProps } from './place-view'
