/** 审计日志 and 统计 for admins and clerks. */
import { useQuery } from '@tanstack/react-query'
import { getApi } from '@/api'
import { workerKeys, type AuditFilter } from './keys'

// demo builds only: the tester extension is required on the build-time literal, so release builds do not contain it
const tester: typeof import('@/api/tester-api') | null = process.env.TARO_APP_DEMO === '1' ? require('@/api/tester-api') : null

export function useAudit(filter: AuditFilter) {
  return useQuery({ queryKey: workerKeys.audit(filter), queryFn: () => getApi().workerAudit(filter) })
}

export const useStats = () => useQuery({ queryKey: workerKeys.stats(), queryFn: () => getApi().workerStats() })

/** 体验版: the seeded personas (the staff among them sign in from the gate). */
export const usePersonas = () => useQuery({ queryKey: workerKeys.personas(), queryFn: () => tester!.getTesterApi().listPersonas(), enabled: tester !== null })
