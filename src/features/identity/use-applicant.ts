/**
 * The 办事人 switcher for the apply feature: the resident themself plus the relatives they
 * help (亲情账号). The server checks on submit (`onBehalfOf`) that the proxy is allowed.
 */
import { maskName } from '@/domain/identity/name'
import { useFamily } from './api/family'
import { useApplicantStore } from './applicant-store'
import { useProfile } from './use-profile'

export interface Applicant {
  residentId: string
  /** masked, e.g. 王*福 */
  name: string
  /** 本人, 父母, 配偶… */
  relation: string
  self: boolean
}

export interface ApplicantState {
  applicants: Applicant[]
  /** null until the profile has loaded */
  current: Applicant | null
  /** pass the applicant's residentId (the resident's own id = self) */
  setCurrent(residentId: string): void
  /** what to send as `onBehalfOf`: undefined when applying for oneself */
  onBehalfOf: string | undefined
  loading: boolean
}

export function useApplicant(): ApplicantState {
  const { profile, loading } = useProfile()
  const { data: members } = useFamily(Boolean(profile))
  const currentId = useApplicantStore((s) => s.currentApplicant)
  const setCurrentApplicant = useApplicantStore((s) => s.setCurrentApplicant)

  const applicants: Applicant[] = profile
    ? [
        { residentId: profile.residentId, name: maskName(profile.name), relation: '本人', self: true },
        ...(members ?? []).map((m) => ({
          residentId: m.residentId,
          name: m.nameMasked,
          relation: m.relation,
          self: false,
        })),
      ]
    : []
  const current = applicants.find((a) => a.residentId === currentId) ?? applicants[0] ?? null
  return {
    applicants,
    current,
    setCurrent: (id) => setCurrentApplicant(profile && id === profile.residentId ? null : id),
    onBehalfOf: current && !current.self ? current.residentId : undefined,
    loading,
  }
}
