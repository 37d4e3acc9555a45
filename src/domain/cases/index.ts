export * from './statuses'
export * from './transitions'
export * from './state-machine'
export * from './sla'
