export * from './categories'
export * from './triage'
export * from './validation'
export * from './community-area'
