/** 帮办 requests (the resident's, and a worker's list), 免申即享 benefits and 上门服务 slots. */
import { useQuery } from '@tanstack/react-query'
import { getApi } from '@/api'
import { oneThingKeys } from './keys'

export function useMyAssistRequests(enabled = true) {
  return useQuery({ queryKey: oneThingKeys.myAssistRequests(), queryFn: () => getApi().listMyAssistRequests(), enabled })
}

export const useAssists = () => useQuery({ queryKey: oneThingKeys.assists(), queryFn: () => getApi().listAssists() })

export function useMyBenefits(enabled: boolean) {
  return useQuery({ queryKey: oneThingKeys.benefits(), queryFn: () => getApi().listMyBenefits(), enabled })
}

export function useHomeVisitSlots(enabled: boolean) {
  return useQuery({ queryKey: oneThingKeys.homeVisitSlots(), queryFn: () => getApi().homeVisitSlots(), enabled })
}
