/** Departments the community forwards to (转派) and the roles people act in. */
export const DEPARTMENTS = [
  { id: 'community', name: '社区居委会' },
  { id: 'civil-affairs', name: '民政' },
  { id: 'police', name: '公安' },
  { id: 'urban-management', name: '城管' },
  { id: 'health', name: '卫健' },
  { id: 'housing', name: '住建' },
  { id: 'human-resources', name: '人社' },
  { id: 'veterans', name: '退役军人事务' },
  { id: 'justice', name: '司法' },
  { id: 'disabled-federation', name: '残联' },
] as const

export type DepartmentId = (typeof DEPARTMENTS)[number]['id']

export function departmentName(id: DepartmentId): string {
  return DEPARTMENTS.find((d) => d.id === id)?.name ?? id
}

/** 居民 plus the four staff roles of the worker console. */
export type Role = 'resident' | 'clerk' | 'grid-worker' | 'reviewer' | 'admin'

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  clerk: '窗口人员',
  'grid-worker': '网格员',
  reviewer: '部门审核',
  admin: '管理员',
}

export type StaffRole = Exclude<Role, 'resident'>
