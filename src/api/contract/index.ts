/**
 * The contract between the app and any government backend: the GovApi interface (and the
 * demo backends' TesterApi), the wire schemas and the types inferred from them, typed errors,
 * and the transport's request/response shapes. The adapters (src/api/*.ts) implement it;
 * the fake backend (mock/) and the contract core (core/) import only this folder from src/api.
 */
export type { GovApi, TesterApi, TokenStore } from './gov-api'
export { ApiError, isApiError, errorFromResponse, type ApiErrorBody, type ApiErrorCode } from './errors'
export * from './types'
export * from './one-thing'
export type { Transport, TransportRequest, TransportResponse, TransportUpload } from './transport'
