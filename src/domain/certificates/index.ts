export * from './code'
export * from './renewal'
export * from './validity'
