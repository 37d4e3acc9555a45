/** The resident's consent record (个人信息保护), and the 体验版 personas. */
import { queryOptions, useQuery } from '@tanstack/react-query'
import { getApi } from '@/api'
import { identityKeys } from './keys'

// demo builds only: the tester extension is required on the build-time literal, so release builds do not contain it
const tester: typeof import('@/api/tester-api') | null = process.env.TARO_APP_DEMO === '1' ? require('@/api/tester-api') : null

export const consentQuery = () => queryOptions({ queryKey: identityKeys.consent(), queryFn: () => getApi().getConsent() })

export const useConsent = () => useQuery(consentQuery())

export const usePersonas = () => useQuery({ queryKey: identityKeys.personas(), queryFn: () => tester!.getTesterApi().listPersonas(), enabled: tester !== null })
