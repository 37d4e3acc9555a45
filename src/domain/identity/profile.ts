/**
 * The resident's record as the (fake) population database returns it after face verification.
 * This is the one door for personal data: screens show it through the maskers in this folder.
 */
export type Gender = 'male' | 'female'

export interface Address {
  /** e.g. 四川省达州市通川区 */
  region: string
  /** e.g. 朝阳街道西外社区 */
  community: string
  /** street, building, unit and room: 凤凰大道 88 号 3 栋 2 单元 501 */
  detail: string
}

export interface HouseholdMember {
  residentId: string
  name: string
  idNumber: string
  relation: '本人' | '配偶' | '子女' | '父母' | '祖父母' | '孙子女' | '兄弟姐妹' | '其他'
  birthDate: string
}

export interface DogRecord {
  licenceNo: string
  name: string
  breed: string
  /** YYYY-MM-DD */
  validUntil: string
  status: 'valid' | 'expired' | 'cancelled'
}

export interface ResidentProfile {
  residentId: string
  name: string
  idNumber: string
  gender: Gender
  birthDate: string
  ethnicity: string
  phone: string | null
  /** 户籍地址 */
  hukouAddress: Address | null
  /** 居住地址 (may differ from 户籍); null when the record lacks it */
  residenceAddress: Address | null
  /** YYYY-MM-DD, from the residence registration */
  residentSince: string | null
  householdId: string
  householdMembers: HouseholdMember[]
  dogs: DogRecord[]
  /** 网格, for routing complaints and proofs */
  gridId: string
}

/** Profile paths a form field may bind to (autofill). */
export type ProfilePath =
  | 'name'
  | 'idNumber'
  | 'gender'
  | 'birthDate'
  | 'ethnicity'
  | 'phone'
  | 'hukouAddress'
  | 'residenceAddress'
  | 'residentSince'
  | 'householdMembers'

export function formatAddress(a: Address | null | undefined): string {
  return a ? `${a.region}${a.community}${a.detail}` : ''
}
