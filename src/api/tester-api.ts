/**
 * The tester extension of the current api: persona sign-in and the simulated camera step,
 * which only a demo backend answers (the in-process fake backend, or the server with DEMO=1).
 * Demo builds only: require this module inside a branch on the literal
 * `process.env.TARO_APP_DEMO === '1'`, so release builds do not contain it.
 */
import { getApi } from './index'
import type { GovApi, TesterApi } from './contract/gov-api'

export function getTesterApi(): TesterApi {
  const api = getApi() as GovApi & Partial<TesterApi>
  if (typeof api.listPersonas !== 'function' || typeof api.simulateFaceStep !== 'function') {
    throw new Error('the current GovApi has no tester extension')
  }
  return api as TesterApi
}
