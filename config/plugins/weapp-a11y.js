/**
 * Taro plugin (weapp only): makes aria-* reach the WXML. Taro 4.2.1's weapp component
 * templates render only the attributes its component table lists, and that table has no aria-*,
 * so labels, roles and states set in React never reached a screen reader. This merges the
 * attributes from weapp-a11y-attrs.json into the compile-time templates (base.wxml) and,
 * through a runtime module, into the runtime's attribute alias table — both sides must agree
 * on the short attribute keys. The same mechanism as @tarojs/plugin-inject, whose newest
 * release (4.1.11) does not match our pinned Taro 4.2.1.
 */
'use strict'
const path = require('node:path')
const { attributes, components } = require('./weapp-a11y-attrs.json')

/** { View: { 'aria-label': '' , … }, … } — '' is Taro's "no default value". */
function ariaComponents() {
  const attrs = Object.fromEntries(attributes.map((a) => [a, '']))
  return Object.fromEntries(components.map((c) => [c, { ...attrs }]))
}

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (process.env.TARO_ENV !== 'weapp' || !platform.template) return
      platform.template.mergeComponents(ctx, ariaComponents())
      const runtime = path.join(__dirname, 'weapp-a11y-runtime.js')
      platform.runtimePath = Array.isArray(platform.runtimePath) ? [...platform.runtimePath, runtime] : [platform.runtimePath, runtime]
    },
  })
}
module.exports.ariaComponents = ariaComponents
