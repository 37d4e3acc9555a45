/** Query keys of the worker console (cleared when the user changes). */
import type { QueueFilter } from '@/api'

export interface AuditFilter {
  caseId?: string
  actorId?: string
  action?: string
}

export const workerKeys = {
  all: ['worker'] as const,
  queue: (filter: QueueFilter) => [...workerKeys.all, 'queue', filter] as const,
  case: (id: string) => [...workerKeys.all, 'case', id] as const,
  audit: (filter: AuditFilter) => [...workerKeys.all, 'audit', filter] as const,
  stats: () => [...workerKeys.all, 'stats'] as const,
  personas: () => [...workerKeys.all, 'personas'] as const,
}
