/** Query keys of the apply feature. */
export const applyKeys = {
  all: ['apply'] as const,
  matter: (matterId: string) => [...applyKeys.all, 'matter', matterId] as const,
  receipt: (caseId: string) => [...applyKeys.all, 'receipt', caseId] as const,
}
