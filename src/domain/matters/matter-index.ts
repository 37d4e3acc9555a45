/**
 * The 46 matters of the 办事大厅: id, official name (a contract: verbatim) and theme.
 * Guides and form definitions hang off these ids (./catalog.ts); search aliases too (./aliases.ts).
 */
export const THEMES = [
  { id: 'proofs', name: '证明开具' },
  { id: 'dogs', name: '养犬' },
  { id: 'household', name: '户籍与居住' },
  { id: 'social-assistance', name: '社会救助' },
  { id: 'elderly', name: '养老服务' },
  { id: 'disability', name: '残疾人' },
  { id: 'birth', name: '生育' },
  { id: 'insurance', name: '社保医保' },
  { id: 'employment', name: '就业' },
  { id: 'veterans', name: '退役军人' },
  { id: 'community', name: '社区事务' },
] as const

export type ThemeId = (typeof THEMES)[number]['id']

export const MATTER_INDEX = [
  { id: 'dog-registration', name: '养犬登记', theme: 'dogs' },
  { id: 'dog-annual-review', name: '犬只年检', theme: 'dogs' },
  { id: 'dog-deregistration', name: '犬只注销', theme: 'dogs' },
  { id: 'dog-info-change', name: '犬只信息变更', theme: 'dogs' },
  { id: 'dog-licence-reissue', name: '犬证补领', theme: 'dogs' },
  { id: 'residence-proof', name: '居住证明', theme: 'proofs' },
  { id: 'hardship-proof', name: '困难证明', theme: 'proofs' },
  { id: 'house-number-proof', name: '门牌证明', theme: 'proofs' },
  { id: 'kinship-proof', name: '亲属关系证明', theme: 'proofs' },
  { id: 'residence-permit', name: '居住证申领', theme: 'household' },
  { id: 'migrant-registration', name: '流动人口居住登记', theme: 'household' },
  { id: 'rental-registration', name: '出租房屋登记', theme: 'household' },
  { id: 'hukou-transfer-in', name: '户口迁入', theme: 'household' },
  { id: 'id-card-renewal', name: '身份证换领补领', theme: 'household' },
  { id: 'no-criminal-record', name: '无犯罪记录证明', theme: 'proofs' },
  { id: 'ebike-registration', name: '电动自行车登记', theme: 'community' },
  { id: 'dibao', name: '最低生活保障申请', theme: 'social-assistance' },
  { id: 'temporary-assistance', name: '临时救助申请', theme: 'social-assistance' },
  { id: 'extreme-poverty-support', name: '特困人员供养申请', theme: 'social-assistance' },
  { id: 'longevity-allowance', name: '高龄津贴申领', theme: 'elderly' },
  { id: 'senior-card', name: '老年人优待证办理', theme: 'elderly' },
  { id: 'home-care-service', name: '居家养老服务申请', theme: 'elderly' },
  { id: 'senior-meal', name: '老年助餐登记', theme: 'elderly' },
  { id: 'home-aging-retrofit', name: '居家适老化改造申请', theme: 'elderly' },
  { id: 'funeral-subsidy', name: '殡葬补贴申领', theme: 'social-assistance' },
  { id: 'disability-card', name: '残疾人证办理', theme: 'disability' },
  { id: 'disability-subsidies', name: '残疾人两项补贴申请', theme: 'disability' },
  { id: 'birth-registration', name: '生育登记', theme: 'birth' },
  { id: 'only-child-certificate', name: '独生子女父母光荣证', theme: 'birth' },
  { id: 'family-planning-support', name: '计划生育家庭特别扶助', theme: 'birth' },
  { id: 'resident-medical-insurance', name: '城乡居民医保参保登记', theme: 'insurance' },
  { id: 'resident-pension-insurance', name: '城乡居民养老保险参保登记', theme: 'insurance' },
  { id: 'pension-eligibility-check', name: '养老金领取资格认证', theme: 'insurance' },
  { id: 'unemployment-registration', name: '失业登记', theme: 'employment' },
  { id: 'employment-hardship', name: '就业困难人员认定', theme: 'employment' },
  { id: 'flexible-employment-insurance', name: '灵活就业人员社保登记', theme: 'employment' },
  { id: 'veteran-card', name: '退役军人优待证申领', theme: 'veterans' },
  { id: 'activity-room-booking', name: '社区活动室预约', theme: 'community' },
  { id: 'volunteer-registration', name: '志愿者注册', theme: 'community' },
  { id: 'party-membership-transfer', name: '党组织关系转入', theme: 'community' },
  { id: 'legal-aid', name: '法律援助申请', theme: 'social-assistance' },
  { id: 'public-rental-housing', name: '公租房申请', theme: 'household' },
  { id: 'newborn-hukou', name: '新生儿入户', theme: 'household' },
  { id: 'conscript-family-allowance', name: '义务兵家庭优待金申领', theme: 'veterans' },
  // 文明养犬一件事 (docs/one-thing.md): the two parts that are not matters of their own elsewhere
  { id: 'dog-rabies-vaccination', name: '犬只狂犬病免疫登记', theme: 'dogs' },
  { id: 'dog-sterilisation-subsidy', name: '犬只绝育补贴申请', theme: 'dogs' },
] as const satisfies ReadonlyArray<{ id: string; name: string; theme: ThemeId }>

export type MatterId = (typeof MATTER_INDEX)[number]['id']
export type MatterName = (typeof MATTER_INDEX)[number]['name']

export function matterName(id: MatterId): MatterName {
  const m = MATTER_INDEX.find((x) => x.id === id)
  if (!m) throw new Error(`unknown matter ${id}`)
  return m.name
}
