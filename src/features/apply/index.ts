/** 办事 online: the matter guide, the form engine renderer, drafts, submit and the receipt. */
export { ApplyScreen } from './apply-screen'
export { FormRenderer, formProps, isToType, type FormRendererProps, type FormRendererState } from './form-renderer'
export { MatterGuideScreen, startApplication, applyFormUrl } from './matter-guide-screen'
export { ReceiptScreen, MY_CASES_URL } from './receipt-screen'
export { useApplication, draftValuesOf, receiptUrl, type ApplicationState } from './use-application'
export { firstProblem, problemBanner, scrollToRow } from './first-problem'
