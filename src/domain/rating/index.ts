export * from './rating'
