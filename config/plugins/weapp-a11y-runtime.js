// Runtime half of weapp-a11y.js: the same aria-* attributes in the runtime's component table,
// so hydrate() gives them the same short keys the compiled templates read.
import { mergeInternalComponents } from '@tarojs/shared'
import table from './weapp-a11y-attrs.json'

const attrs = {}
for (const a of table.attributes) attrs[a] = ''
const components = {}
for (const c of table.components) components[c] = Object.assign({}, attrs)
mergeInternalComponents(components)
