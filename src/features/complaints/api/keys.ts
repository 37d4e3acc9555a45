/** Query keys of the complaints feature. */
export const complaintKeys = {
  all: ['complaints'] as const,
  mine: () => [...complaintKeys.all, 'mine'] as const,
  board: () => [...complaintKeys.all, 'board'] as const,
  detail: (id: string) => [...complaintKeys.all, 'detail', id] as const,
}
