/**
 * Accessibility attributes for both targets, to spread on Taro components.
 * - weapp reads `aria-role` / `aria-label` (Taro props ariaRole / ariaLabel); note that Taro's
 *   weapp templates only render them where the component config lists them (see
 *   docs/design-system.md, "Accessibility on weapp").
 * - H5 renders Taro components as custom elements: `ariaRole` would become an invalid
 *   `aria-role` attribute there, so H5 gets only the real `role`, `tabindex` and `aria-*`
 *   (test/a11y runs axe on every H5 page).
 * Visible text must carry the meaning on its own (state words like 已开启, error text), so
 * nothing depends on a screen reader seeing these attributes.
 */
import { IS_H5 } from '@/platform/env'

export type A11yRole =
  'button' | 'switch' | 'heading' | 'alert' | 'status' | 'progressbar' | 'link' | 'img' | 'list' | 'listitem' | 'group'

export interface A11yOptions {
  label?: string
  /** for role=switch */
  checked?: boolean
  disabled?: boolean
  /** live region politeness (role alert is assertive by itself) */
  live?: 'polite' | 'assertive'
  /** heading level for role=heading */
  level?: number
  valueNow?: number
  valueMin?: number
  valueMax?: number
  /** focusable by keyboard on H5 (interactive roles default to true) */
  focusable?: boolean
}

const INTERACTIVE: ReadonlySet<A11yRole> = new Set(['button', 'switch', 'link'])

/** Props to spread on a View/Text: `<View {...a11y('button', { label })} />`. */
export function a11y(role: A11yRole, o: A11yOptions = {}): Record<string, string | undefined> {
  // On H5 `ariaRole` would render as an invalid `aria-role` attribute (axe: aria-valid-attr);
  // IS_H5 comes from TARO_ENV, a build-time constant (src/platform/env.ts).
  const props: Record<string, string | undefined> = IS_H5 ? { role } : { ariaRole: role, role }
  if (o.label) {
    props.ariaLabel = o.label
  }
  if (o.checked !== undefined) props['aria-checked'] = String(o.checked)
  if (o.disabled) props['aria-disabled'] = 'true'
  if (o.live) props['aria-live'] = o.live
  if (o.level !== undefined) props['aria-level'] = String(o.level)
  if (o.valueNow !== undefined) props['aria-valuenow'] = String(o.valueNow)
  if (o.valueMin !== undefined) props['aria-valuemin'] = String(o.valueMin)
  if (o.valueMax !== undefined) props['aria-valuemax'] = String(o.valueMax)
  if (o.focusable ?? INTERACTIVE.has(role)) props.tabindex = o.disabled ? '-1' : '0'
  return props
}

/** Purely visual pieces (tracks, skeleton blocks, decorative marks) that a screen reader should skip. */
export const decorative: Record<string, string> = { 'aria-hidden': 'true' }
