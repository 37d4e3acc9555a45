/**
 * The API profile (masked ID numbers, sources) as the domain `ResidentProfile` the form engine
 * expects. The ID number stays masked: the server fills the real one from the record when the
 * form is submitted (government facts are locked), so the client never needs it.
 */
import type { Profile } from '@/api'
import type { HouseholdMember, ResidentProfile } from '@/domain/identity/profile'

const RELATIONS: readonly HouseholdMember['relation'][] = [
  '本人',
  '配偶',
  '子女',
  '父母',
  '祖父母',
  '孙子女',
  '兄弟姐妹',
  '其他',
]

function relationOf(r: string): HouseholdMember['relation'] {
  return (RELATIONS as readonly string[]).includes(r) ? (r as HouseholdMember['relation']) : '其他'
}

export function profileForForms(profile: Profile): ResidentProfile {
  return {
    residentId: profile.residentId,
    name: profile.name,
    idNumber: profile.idNumberMasked,
    gender: profile.gender,
    birthDate: profile.birthDate,
    ethnicity: profile.ethnicity,
    phone: profile.phone,
    hukouAddress: profile.hukouAddress,
    residenceAddress: profile.residenceAddress,
    residentSince: profile.residentSince,
    householdId: profile.householdId,
    householdMembers: profile.householdMembers.map((m) => ({
      residentId: m.residentId,
      name: m.name,
      idNumber: m.idNumberMasked,
      relation: relationOf(m.relation),
      birthDate: m.birthDate,
    })),
    dogs: profile.dogs.map((d) => ({ ...d })),
    gridId: profile.gridId,
  }
}
