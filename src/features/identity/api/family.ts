/**
 * 亲情账号: the relatives this resident helps, as the server lists them. Adding or removing
 * one writes the server's answer into the cached list.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { getApi, type AddFamilyMemberRequest, type FamilyMember } from '@/api'
import { identityKeys } from './keys'

export const familyQuery = () => queryOptions({ queryKey: identityKeys.family(), queryFn: () => getApi().listFamily() })

export function useFamily(enabled: boolean) {
  return useQuery({ ...familyQuery(), enabled })
}

export function useAddFamilyMember() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (req: AddFamilyMemberRequest) => getApi().addFamilyMember(req),
    onSuccess: (m: FamilyMember) =>
      client.setQueryData(familyQuery().queryKey, (list = []) => [...list.filter((x) => x.residentId !== m.residentId), m]),
  })
}

export function useRemoveFamilyMember() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (residentId: string) => getApi().removeFamilyMember(residentId),
    onSuccess: (_: void, residentId: string) =>
      client.setQueryData(familyQuery().queryKey, (list = []) => list.filter((x) => x.residentId !== residentId)),
  })
}
