/** The e-certificate of one approved case (its owner's view, with the QR code's link). */
import { useQuery } from '@tanstack/react-query'
import { getApi } from '@/api'

export const certificateKeys = {
  all: ['certificates'] as const,
  ofCase: (caseId: string) => [...certificateKeys.all, 'case', caseId] as const,
}

export function useCaseCertificate(caseId: string) {
  return useQuery({ queryKey: certificateKeys.ofCase(caseId), queryFn: () => getApi().getCaseCertificate(caseId) })
}
