/**
 * Local dog-keeping rules (养犬管理). Every figure here is set by the city and changes with it:
 * edit this file, not dog-rules.ts. Values follow common practice in Chinese cities' 养犬管理条例;
 * confirm them against the text in force before going live.
 */

export interface BannedBreed {
  name: string
  /** other names residents type for the same breed */
  aliases: string[]
  /** 'all': 烈性犬, banned city-wide; 'key-zone': 大型犬, banned only in the 重点管理区 (限养区) */
  scope: 'all' | 'key-zone'
}

const fierce = (name: string, ...aliases: string[]): BannedBreed => ({ name, aliases, scope: 'all' })
const large = (name: string, ...aliases: string[]): BannedBreed => ({ name, aliases, scope: 'key-zone' })

/** 禁养犬目录: 烈性犬 (anywhere in the city) and 大型犬 (in the key zone). */
export const BANNED_BREEDS: BannedBreed[] = [
  fierce('藏獒', '藏獒犬'),
  fierce('比特犬', '比特', '美国比特斗牛梗', '比特斗牛梗'),
  fierce('斗牛獒', '斗牛马士提夫'),
  fierce('日本土佐', '土佐犬', '土佐'),
  fierce('阿根廷杜高', '杜高犬', '杜高'),
  fierce('巴西非勒', '非勒犬', '巴西獒'),
  fierce('卡斯罗', '卡斯罗犬', '意大利卡斯罗', '卡斯罗獒'),
  fierce('高加索犬', '高加索牧羊犬', '高加索'),
  fierce('中亚牧羊犬', '中亚牧'),
  fierce('罗威纳', '罗威纳犬', '罗威那', '罗威士'),
  fierce('杜宾犬', '杜宾'),
  fierce('美国斯塔福郡梗', '美国斯塔福梗'),
  fierce('斯塔福郡斗牛梗', '斯塔福斗牛梗'),
  fierce('那不勒斯獒', '那不勒斯马士提夫'),
  fierce('英国獒犬', '马士提夫犬', '马士提夫'),
  fierce('波尔多犬', '波尔多獒', '法国獒'),
  fierce('加纳利犬', '西班牙加纳利犬'),
  fierce('土耳其坎高犬', '坎高犬', '坎高'),
  fierce('南俄牧羊犬', '南俄'),
  fierce('牛头梗'),
  fierce('美国恶霸犬', '恶霸犬'),
  large('德国牧羊犬', '德牧', '黑背'),
  large('马里努阿', '马犬', '比利时马林诺斯犬', '马林诺斯'),
  large('秋田犬', '秋田'),
  large('纽芬兰犬', '纽芬兰'),
  large('圣伯纳', '圣伯纳犬'),
  large('松狮犬', '松狮'),
  large('大丹犬', '大丹'),
  large('大白熊犬', '大白熊', '比利牛斯山地犬'),
  large('阿拉斯加雪橇犬', '阿拉斯加'),
  large('苏俄猎狼犬', '苏俄牧羊犬'),
  large('爱尔兰猎狼犬'),
  large('寻血猎犬'),
  large('灵缇犬', '灵缇', '格力犬', '格雷伊猎犬'),
  large('罗得西亚脊背犬', '罗得西亚背脊犬'),
  large('昆明犬', '昆明狼犬'),
  large('伯恩山犬', '伯恩山'),
  large('大麦町犬', '大麦町', '斑点狗'),
]

export const DOG_RULES_CONFIG = {
  /** a dog can be registered from this age */
  minAgeMonths: 3,
  /** a rabies vaccination counts for this long */
  vaccinationValidMonths: 12,
  /** a licence is valid this long after registration or renewal */
  licenceValidYears: 1,
  keyZone: {
    /** shoulder height: from the highest point of the shoulder to the ground, standing */
    maxShoulderHeightCm: 35,
    dogsPerHousehold: 1,
    /** 导盲犬、扶助犬 of blind and severely disabled owners escape the size and number limits */
    assistanceDogsExempt: true,
  },
  annualReview: {
    /** 年检 opens this many days before the licence expires */
    opensDaysBeforeExpiry: 30,
    /** overdue owners may still renew this long after expiry; later they register again */
    graceDaysAfterExpiry: 30,
  },
  fees: {
    /** yuan */
    firstYear: 1000,
    renewal: 500,
    /** neutered dogs pay this share */
    neuteredRate: 0.5,
    assistanceDogFree: true,
  },
  /** 犬只绝育补贴 (文明养犬一件事): paid by the district to a designated clinic for the surgery */
  sterilisationSubsidy: {
    /** yuan per dog */
    amount: 200,
    clinics: [
      { value: 'xiwai-pet', label: '西外宠物医院（凤凰大道 30 号）' },
      { value: 'tongchuan-animal', label: '通川区动物医院（通川北路 120 号）' },
    ],
  },
  /** shown in guides as the local legal basis */
  localRegulation: '达州市城区犬只限养区管理规定（以本地现行有效文本为准）',
} as const
