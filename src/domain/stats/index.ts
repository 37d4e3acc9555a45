export * from './compute-stats'
