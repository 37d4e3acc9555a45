/** 免申即享: proactive benefit rules, evaluated by the backend. See docs/one-thing.md. */
export * from './rules'
export { HOME_VISIT_MIN_AGE, homeVisitEligibility, homeVisitSlots } from './home-visit'
export { ONE_THING_VALUE_LABELS } from './case-values'
