/**
 * The 44 matters of the 办事大厅 with their 办事指南, in the order of MATTER_INDEX.
 * Names and themes come from the index (a contract); everything a resident or a worker reads
 * about a matter is here. Local figures (fees, dog rules, windows) come from the config files.
 * Legal documents are cited by title; document numbers only where they are certain.
 */
import { COMMUNITY_WINDOW, DISTRICT_SERVICE_CENTER, POLICE_HOUSEHOLD_WINDOW } from './community-config'
import { dogFeeText } from './dog-rules'
import { DOG_RULES_CONFIG } from './dog-rules-config'
import { activityRoomBookingForm } from './definitions/activity-room-booking'
import { dogAnnualReviewForm } from './definitions/dog-annual-review'
import { dogDeregistrationForm } from './definitions/dog-deregistration'
import { dogInfoChangeForm } from './definitions/dog-info-change'
import { dogLicenceReissueForm } from './definitions/dog-licence-reissue'
import { dogRegistrationForm } from './definitions/dog-registration'
import { hardshipProofForm } from './definitions/hardship-proof'
import { houseNumberProofForm } from './definitions/house-number-proof'
import { kinshipProofForm } from './definitions/kinship-proof'
import { residenceProofForm } from './definitions/residence-proof'
import { seniorMealForm } from './definitions/senior-meal'
import { volunteerRegistrationForm } from './definitions/volunteer-registration'
import { MATTER_INDEX, THEMES, type MatterId, type ThemeId } from './matter-index'
import type { GuideMaterial, Matter, MatterGuide } from './types'
import { windowGuide, type WindowGuideData } from './window-guide'

// ---------- shared wording ----------

const ID_CARD_ONLINE: GuideMaterial = {
  name: '居民身份证',
  note: '在手机上刷脸核验后自动调取，不用上传；到窗口办理请带原件',
  required: true,
}
const ID_CARD: GuideMaterial = { name: '居民身份证原件', required: true }
const HUKOU_BOOK: GuideMaterial = { name: '居民户口簿', note: '户口簿首页和本人页', required: true }
const PROXY: GuideMaterial = {
  name: '代办人身份证和授权委托书',
  note: '家人或社区工作人员代办时提供；老人、残疾人可申请帮办代办',
  required: false,
}
const BANK_CARD: GuideMaterial = {
  name: '本人社保卡或银行卡',
  note: '用于发放钱款，写清开户银行和卡号',
  required: true,
}
const pledgeMaterial = (title: string): GuideMaterial => ({
  name: title,
  note: '在手机上阅读后勾选确认，不用打印签字',
  required: true,
})
const online = (m: GuideMaterial): GuideMaterial => ({ ...m, note: m.note ?? '在手机上拍照上传' })

const PROOF_RULES = '民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》（民发〔2020〕20号）'
const RESIDENTS_COMMITTEE_LAW = '《中华人民共和国城市居民委员会组织法》'
const SOCIAL_ASSISTANCE = '《社会救助暂行办法》（国务院令第649号）'
const ELDERLY_LAW = '《中华人民共和国老年人权益保障法》'
const SOCIAL_INSURANCE_LAW = '《中华人民共和国社会保险法》'
const POPULATION_LAW = '《中华人民共和国人口与计划生育法》'
const HUKOU_REGULATION = '《中华人民共和国户口登记条例》'
const DOG_LAWS = ['《中华人民共和国动物防疫法》', '《四川省预防控制狂犬病条例》', DOG_RULES_CONFIG.localRegulation]

const dogs = DOG_RULES_CONFIG
const keyZone = dogs.keyZone

/** The dog matters residents apply for online: the police's, under the dog laws, at the community window. */
const dogGuide = (d: Omit<WindowGuideData, 'departmentId' | 'mode' | 'legalBasis'>): MatterGuide =>
  windowGuide({ ...d, departmentId: 'police', mode: 'online', legalBasis: DOG_LAWS })

// ---------- the guides ----------

/** A catalog entry; `certificate` defaults to null (the matter issues none). */
type Entry = Omit<Matter, 'name' | 'theme'>

const ENTRIES: Entry[] = [
  // ===== 养犬 =====
  {
    id: 'dog-registration',
    summary: '在手机上给犬只办理登记，审核通过后领取电子犬证和犬牌。',
    guide: dogGuide({
      whoMayApply: ['在本社区居住、年满 18 周岁的居民（养犬人本人申请）', '单位养犬请到辖区派出所办理，不在手机上受理'],
      conditions: [
        `犬只已满 ${dogs.minAgeMonths} 个月`,
        `犬只已接种狂犬病疫苗，接种日期在最近 ${dogs.vaccinationValidMonths} 个月以内`,
        `本社区属于养犬重点管理区（限养区）：每户限养 ${keyZone.dogsPerHousehold} 只犬，犬只肩高不能超过 ${keyZone.maxShoulderHeightCm} 厘米，禁养目录中的大型犬不能饲养`,
        '烈性犬（如藏獒、比特犬）全市禁止个人饲养',
        '盲人的导盲犬、肢体重度残疾人的扶助犬，不受体型和数量限制',
      ],
      materials: [
        ID_CARD_ONLINE,
        online({ name: '犬只全身站立照', note: '侧面全身，能看清体型和毛色', required: true }),
        online({ name: '犬只头部正面照', required: true }),
        online({ name: '狂犬病免疫证明', note: '宠物医院出具，拍清免疫证号、接种日期和盖章页', required: true }),
        {
          name: '犬只健康检查证明',
          note: '可容缺受理：缺少这份材料也可以先受理，领取犬牌前补交',
          required: true,
          tolerance: '容缺',
        },
        { name: '犬只绝育证明', note: '已绝育的提供，登记费减半', required: false },
        { name: '导盲犬或扶助犬证明及残疾人证', note: '导盲犬、扶助犬提供，免收费用', required: false },
        pledgeMaterial('养犬承诺书'),
      ],
      timeLimitDays: 5,
      statutoryDays: 20,
      fee: dogFeeText(),
      delivery: ['电子证照', '社区领取', '邮寄'],
      keywords: ['养狗', '狗证', '犬证', '办狗证', '宠物登记', '犬牌', '电子犬证', '上户'],
    }),
    form: dogRegistrationForm,
    certificate: 'dog-licence',
  },
  {
    id: 'dog-annual-review',
    summary: '犬证快到期时在手机上办理年检，犬证有效期延长一年。',
    guide: dogGuide({
      whoMayApply: ['已办理养犬登记的养犬人本人'],
      conditions: [
        `犬证到期前 ${dogs.annualReview.opensDaysBeforeExpiry} 天内可以办理；到期后 ${dogs.annualReview.graceDaysAfterExpiry} 天内还可以补办，超过的需要重新办理养犬登记`,
        `犬只已重新接种狂犬病疫苗，接种日期在最近 ${dogs.vaccinationValidMonths} 个月以内`,
        '犬只仍由本人饲养；已死亡、送养的请办理犬只注销',
      ],
      materials: [
        ID_CARD_ONLINE,
        online({ name: '狂犬病免疫证明', note: '本次接种的免疫证，拍清编号、接种日期和盖章页', required: true }),
        { name: '犬只近期照片', note: '外观变化较大时提供', required: false },
        { name: '犬只绝育证明', note: '登记后新做绝育的提供，年检费减半', required: false },
      ],
      timeLimitDays: 3,
      statutoryDays: 10,
      fee: `年检（续期）每年 ${dogs.fees.renewal} 元；已绝育的犬只减半；导盲犬、扶助犬免费`,
      delivery: ['电子证照'],
      keywords: ['狗证年审', '犬证年审', '犬证续期', '狗证到期', '年检', '续证'],
    }),
    form: dogAnnualReviewForm,
    certificate: 'dog-licence',
  },
  {
    id: 'dog-deregistration',
    summary: '犬只死亡、送养或遗失后，在手机上注销犬证。',
    guide: dogGuide({
      whoMayApply: ['犬证上登记的养犬人本人'],
      conditions: [
        '犬只已经死亡、送养给他人或遗失',
        '送养给他人的，接收人在限养区内养犬需要自己重新办理养犬登记',
        '注销后，请把犬牌交回社区便民服务窗口',
      ],
      materials: [
        ID_CARD_ONLINE,
        { name: '相关证明', note: '可不交，例如宠物医院出具的死亡证明、送养协议', required: false },
      ],
      timeLimitDays: 1,
      statutoryDays: 5,
      delivery: ['短信通知'],
      keywords: ['狗死了', '狗丢了', '送养', '注销狗证', '犬证注销', '宠物去世'],
    }),
    form: dogDeregistrationForm,
  },
  {
    id: 'dog-info-change',
    summary: '搬家、换了手机号、犬只做了绝育，在手机上更新犬只登记信息。',
    guide: dogGuide({
      whoMayApply: ['犬证上登记的养犬人本人'],
      conditions: [
        '犬证在有效期内',
        '可以变更养犬地址、联系电话、绝育情况和犬只照片',
        '要更换养犬人（过户）的，请原养犬人和新养犬人一起带身份证到社区窗口办理，不能在手机上办',
      ],
      materials: [
        ID_CARD_ONLINE,
        { name: '犬只绝育证明', note: '变更绝育情况时提供', required: false },
        { name: '犬只全身站立照', note: '更新照片时提供', required: false },
      ],
      timeLimitDays: 1,
      statutoryDays: 5,
      delivery: ['电子证照'],
      keywords: ['犬证变更', '狗证改地址', '搬家狗证', '犬只绝育', '过户'],
    }),
    form: dogInfoChangeForm,
    certificate: 'dog-licence',
  },
  {
    id: 'dog-licence-reissue',
    summary: '犬牌或纸质犬证丢了、坏了，在手机上申请补领。',
    guide: dogGuide({
      whoMayApply: ['犬证上登记的养犬人本人'],
      conditions: ['犬证在有效期内', '电子犬证随时可以在手机上查看和出示，不需要补领'],
      materials: [
        ID_CARD_ONLINE,
        { name: '损坏犬牌照片', note: '犬牌损坏时可提供，领新犬牌时把旧犬牌交回', required: false },
      ],
      timeLimitDays: 3,
      statutoryDays: 10,
      delivery: ['社区领取', '邮寄'],
      keywords: ['犬牌丢了', '狗牌丢了', '补办狗证', '犬证遗失', '狗牌坏了'],
    }),
    form: dogLicenceReissueForm,
    certificate: 'dog-licence',
  },

  // ===== 证明开具 =====
  {
    id: 'residence-proof',
    summary: '证明您住在本社区以及住了多久，用于子女入学、办理居住证、社保医保等。',
    guide: windowGuide({
      whoMayApply: [
        '在本社区实际居住的居民，户籍不在本社区的也可以申请',
        '老人行动不便的，家人可带老人身份证和授权委托书到窗口代办',
      ],
      conditions: ['在本社区实际居住，并已办理居住登记', '证明内容以居住登记信息和社区核实的情况为准'],
      materials: [
        ID_CARD_ONLINE,
        { name: '居住登记信息', note: '系统自动调取，不用上传', required: true },
        pledgeMaterial('开具证明承诺书'),
      ],
      timeLimitDays: 0,
      statutoryDays: 3,
      delivery: ['电子证照', '社区领取', '现场办结'],
      departmentId: 'community',
      mode: 'online',
      legalBasis: [RESIDENTS_COMMITTEE_LAW, PROOF_RULES],
      keywords: ['居住情况证明', '住址证明', '居住地证明', '入学证明', '租房证明', '实际居住'],
    }),
    form: residenceProofForm,
    certificate: 'proof-document',
  },
  {
    id: 'hardship-proof',
    summary: '证明您家生活困难，用于申请助学、医疗救助、法律援助等。',
    guide: windowGuide({
      whoMayApply: ['在本社区居住的困难家庭，由家中成年人申请'],
      conditions: [
        '家庭确有困难：如低保、特困、低保边缘家庭，或因病、因残、因灾、失业导致生活困难',
        '社区会通过入户走访、邻里了解、部门信息核对等方式核实，情况属实才出具',
        '已有低保证、特困证的，很多单位直接认可这些证件，可先问清楚是否还需要本证明',
      ],
      materials: [
        ID_CARD_ONLINE,
        {
          name: '困难情况相关材料',
          note: '如诊断证明、住院发票、残疾人证。实行承诺制：没有的可以签《家庭经济状况承诺书》代替',
          required: true,
          tolerance: '承诺制',
        },
        pledgeMaterial('家庭经济状况承诺书'),
      ],
      timeLimitDays: 3,
      statutoryDays: 10,
      delivery: ['电子证照', '社区领取', '现场办结'],
      departmentId: 'community',
      mode: 'online',
      legalBasis: [SOCIAL_ASSISTANCE, PROOF_RULES],
      keywords: ['贫困证明', '家庭困难证明', '经济困难证明', '助学', '低收入', '困难补助'],
    }),
    form: hardshipProofForm,
    certificate: 'proof-document',
  },
  {
    id: 'house-number-proof',
    summary: '证明房屋的门牌号，或证明新旧门牌是同一处房屋。',
    guide: windowGuide({
      whoMayApply: ['本社区范围内房屋的产权人、承租人或其家人'],
      conditions: [
        '房屋在本社区范围内，门牌已由相关部门统一编制',
        '证明新旧门牌对应关系的，需要有写着旧地址的房产证、合同等材料',
        '办理营业执照需要的住所证明，按规定不再由社区出具，请向市场监管部门咨询',
      ],
      materials: [
        ID_CARD_ONLINE,
        online({ name: '房屋产权或租住材料', note: '房产证、购房合同或租房合同，任选一种', required: true }),
        { name: '门牌照片', note: '可不交', required: false },
        pledgeMaterial('开具证明承诺书'),
      ],
      timeLimitDays: 1,
      statutoryDays: 5,
      delivery: ['电子证照', '社区领取', '现场办结'],
      departmentId: 'community',
      mode: 'online',
      legalBasis: ['《地名管理条例》', PROOF_RULES],
      keywords: ['门牌号证明', '地址证明', '门牌变更', '新旧门牌', '地址更名', '门牌号'],
    }),
    form: houseNumberProofForm,
    certificate: 'proof-document',
  },
  {
    id: 'kinship-proof',
    summary: '需要证明和不在同一本户口簿上的亲属的关系时，在手机上申请，由派出所根据户籍档案出具。',
    guide: windowGuide({
      whoMayApply: ['需要证明亲属关系的居民本人'],
      conditions: [
        '在同一本户口簿上的亲属，直接出示户口簿就能证明关系，不用开本证明',
        '按国家规定，社区居委会不再出具亲属关系证明：社区帮您把申请转给派出所，派出所根据户籍档案核实后出具',
        '户籍档案里没有记载的亲属关系，派出所无法出具，可以到公证机构办理亲属关系公证',
      ],
      materials: [
        ID_CARD_ONLINE,
        online({
          name: '能说明亲属关系的材料',
          note: '如结婚证、出生医学证明、老户口簿记录页，有一种即可',
          required: true,
        }),
        pledgeMaterial('开具证明承诺书'),
      ],
      timeLimitDays: 3,
      delivery: ['社区领取', '部门窗口领取'],
      departmentId: 'police',
      mode: 'online',
      window: POLICE_HOUSEHOLD_WINDOW,
      legalBasis: [HUKOU_REGULATION, PROOF_RULES],
      keywords: ['亲属证明', '关系证明', '父子关系', '母女关系', '继承证明', '亲属关系'],
    }),
    form: kinshipProofForm,
    certificate: 'proof-document',
  },

  // ===== 户籍与居住 =====
  {
    id: 'residence-permit',
    summary: '户籍不在本市、在本市住满半年的，可以申领居住证，享受本地的公共服务。',
    guide: windowGuide({
      whoMayApply: ['离开户籍所在地，到本市居住半年以上的居民'],
      conditions: [
        '已在居住地办理居住登记满半年',
        '有合法稳定就业、合法稳定住所、连续就读三项中的一项',
        '未满 16 周岁的未成年人和行动不便的老人、残疾人，可由监护人或近亲属代办',
      ],
      materials: [
        ID_CARD,
        { name: '居住证明材料', note: '房产证、租房合同或社区出具的居住证明，任选一种', required: true },
        { name: '就业或就读证明', note: '劳动合同、营业执照或学校在读证明，任选一种', required: true },
        { name: '本人近期照片', note: '派出所可现场采集', required: true },
      ],
      timeLimitDays: 5,
      statutoryDays: 15,
      fee: '首次申领免费；换领、补领按规定收取证件工本费',
      delivery: ['部门窗口领取'],
      departmentId: 'police',
      mode: 'guide',
      window: POLICE_HOUSEHOLD_WINDOW,
      legalBasis: ['《居住证暂行条例》（国务院令第663号）'],
      keywords: ['居住证', '暂住证', '外地人办证', '积分入学', '流动人口'],
    }),
    bundle: ['residence-proof'],
  },
  {
    id: 'migrant-registration',
    summary: '从外地搬来本社区居住的，请到社区办理居住登记，满半年可以申领居住证。',
    guide: windowGuide({
      whoMayApply: ['户籍不在本地、到本社区居住的人员（租房、投亲靠友、住单位宿舍都算）'],
      conditions: ['搬来后请尽快登记；登记满半年，可以申领居住证', '出租房屋的房东应当提醒租客办理居住登记'],
      materials: [ID_CARD, { name: '居住地址材料', note: '房产证、租房合同或单位宿舍证明，任选一种', required: true }],
      timeLimitDays: 0,
      delivery: ['现场办结'],
      departmentId: 'police',
      mode: 'appointment',
      legalBasis: ['《居住证暂行条例》（国务院令第663号）'],
      keywords: ['暂住登记', '外地人登记', '居住登记', '流动人口登记', '租客登记'],
    }),
    bundle: ['residence-permit'],
  },
  {
    id: 'rental-registration',
    summary: '把房子租给别人的房东，请在签合同后办理出租房屋登记。',
    guide: windowGuide({
      whoMayApply: ['在本社区出租房屋的房东，或受房东委托的人'],
      conditions: [
        '签订租赁合同后 30 日内办理登记备案',
        '出租房屋要符合消防和治安安全要求，不得群租',
        '不得把房子租给不能出示身份证件的人',
      ],
      materials: [
        { name: '房东居民身份证原件', required: true },
        { name: '房产证或不动产权证书', required: true },
        { name: '房屋租赁合同', required: true },
        { name: '租客身份证', note: '用于登记租客信息', required: true },
        PROXY,
      ],
      timeLimitDays: 3,
      delivery: ['现场办结'],
      departmentId: 'police',
      mode: 'appointment',
      legalBasis: ['《商品房屋租赁管理办法》', '《租赁房屋治安管理规定》'],
      keywords: ['出租屋登记', '房屋出租备案', '租房备案', '房东登记', '出租房'],
    }),
  },
  {
    id: 'hukou-transfer-in',
    summary: '符合本市落户条件的，把户口迁到本社区。',
    guide: windowGuide({
      whoMayApply: ['在本市有合法稳定住所或稳定就业的人员，以及随迁的配偶、子女、父母'],
      conditions: [
        '符合本市户口迁入政策：在城区有合法稳定住所（自有或租住）、合法稳定就业，或投靠直系亲属等',
        '省内迁移和已开通“跨省通办”的迁移，在迁入地派出所一次办完，不用回原户籍地办理迁出',
      ],
      materials: [
        ID_CARD,
        HUKOU_BOOK,
        { name: '住所证明', note: '房产证、不动产权证书，或租房合同和居住证明', required: true },
        { name: '亲属关系材料', note: '投靠亲属时提供，如结婚证、出生医学证明', required: false },
      ],
      timeLimitDays: 5,
      statutoryDays: 20,
      delivery: ['部门窗口领取'],
      departmentId: 'police',
      mode: 'guide',
      window: POLICE_HOUSEHOLD_WINDOW,
      legalBasis: [HUKOU_REGULATION, '《国务院关于进一步推进户籍制度改革的意见》'],
      keywords: ['落户', '迁户口', '户口迁移', '入户', '迁入户口'],
    }),
  },
  {
    id: 'id-card-renewal',
    summary: '身份证到期、损坏、丢失，或姓名等信息变了，到派出所换领或补领。',
    guide: windowGuide({
      whoMayApply: ['年满 16 周岁的中国公民；未满 16 周岁的可以自愿申领，由监护人陪同'],
      conditions: [
        '证件有效期快满（到期前 3 个月内可以换领）或已过期',
        '证件损坏、丢失，或登记的姓名、出生日期等变更',
        '不在户籍地也可以办理（全国“跨省通办”）',
        '需要本人到场采集照片和指纹；急用的可以同时申领临时身份证',
      ],
      materials: [
        HUKOU_BOOK,
        { name: '原居民身份证', note: '换领时交回', required: false },
        { name: '照片', note: '现场采集', required: true },
      ],
      timeLimitDays: 15,
      statutoryDays: 60,
      fee: '换领、补领 20 元；临时居民身份证 10 元',
      delivery: ['部门窗口领取', '邮寄'],
      departmentId: 'police',
      mode: 'appointment',
      window: POLICE_HOUSEHOLD_WINDOW,
      legalBasis: ['《中华人民共和国居民身份证法》'],
      keywords: ['换身份证', '补身份证', '身份证丢了', '身份证过期', '临时身份证', '身份证到期'],
    }),
  },
  {
    id: 'no-criminal-record',
    summary: '需要证明本人没有犯罪记录的，向公安机关申请，网上就能办。',
    guide: windowGuide({
      whoMayApply: ['需要证明本人没有犯罪记录的中国公民，以及在本地居住的外地户籍人员'],
      conditions: [
        '由户籍地或居住地公安机关出具，社区按规定不再出具',
        '可以在政务服务平台网上申请，查询没有犯罪记录的，直接出具电子证明',
        '不方便上网的，带身份证到派出所窗口办理',
      ],
      materials: [ID_CARD, { name: '申请用途说明', note: '如入职、出国、考试报名', required: true }],
      timeLimitDays: 1,
      statutoryDays: 3,
      delivery: ['电子证照', '部门窗口领取'],
      departmentId: 'police',
      mode: 'guide',
      visits: 0,
      window: POLICE_HOUSEHOLD_WINDOW,
      legalBasis: ['公安部《公安机关办理犯罪记录查询工作规定》', PROOF_RULES],
      keywords: ['无犯罪证明', '良民证', '政审', '犯罪记录', '无犯罪记录'],
    }),
  },

  // ===== 社区事务 =====
  {
    id: 'ebike-registration',
    summary: '新买的电动自行车登记上牌后才能上路。',
    guide: windowGuide({
      whoMayApply: ['在本市使用电动自行车的车主'],
      conditions: [
        '车辆符合电动自行车国家标准（GB 17761-2018），有 3C 认证（强制性产品认证）标志',
        '不符合国家标准的“超标车”不能登记',
        '社区会不定期组织交警到社区集中登记，时间看社区通知',
      ],
      materials: [
        ID_CARD,
        { name: '购车发票', required: true },
        { name: '车辆合格证', required: true },
        { name: '车辆', note: '需要把车骑到登记点现场查验', required: true },
      ],
      timeLimitDays: 0,
      delivery: ['现场办结'],
      departmentId: 'police',
      mode: 'guide',
      window: {
        address: '辖区交警大队电动自行车登记点（社区集中登记时在党群服务中心门口）',
        hours: COMMUNITY_WINDOW.hours,
        phone: '12345',
      },
      legalBasis: ['《中华人民共和国道路交通安全法》', '《电动自行车安全技术规范》（GB 17761-2018）'],
      keywords: ['电动车上牌', '电瓶车', '电动车牌照', '电动车登记', '上牌'],
    }),
  },

  // ===== 社会救助 =====
  {
    id: 'dibao',
    summary: '家庭收入低于本地低保标准的，可以申请最低生活保障，按月领取低保金。',
    guide: windowGuide({
      whoMayApply: ['以家庭为单位申请，由一名成年家庭成员提出', '本人申请有困难的，可以委托社区代为提出申请'],
      conditions: [
        '共同生活的家庭成员人均月收入低于本地城乡低保标准（标准以民政部门当年公布为准）',
        '家庭财产状况符合本地规定（如存款、车辆、房产等）',
        '在户籍所在地或经常居住地申请',
      ],
      materials: [
        ID_CARD,
        HUKOU_BOOK,
        {
          name: '家庭经济状况核对授权书',
          note: '全体家庭成员签字，授权民政部门查询存款、房产、车辆等',
          required: true,
        },
        {
          name: '家庭收入和财产申报表',
          note: '实行承诺制：如实填写并签字承诺，不用另外开收入证明',
          required: true,
          tolerance: '承诺制',
        },
        { name: '残疾人证、病历等', note: '家中有残疾人、重病人的提供', required: false },
        BANK_CARD,
        PROXY,
      ],
      timeLimitDays: 15,
      statutoryDays: 30,
      delivery: ['银行卡发放', '短信通知'],
      departmentId: 'civil-affairs',
      mode: 'appointment',
      legalBasis: [SOCIAL_ASSISTANCE, '民政部《最低生活保障审核确认办法》'],
      keywords: ['低保', '吃低保', '最低生活保障', '困难补助', '救助金', '生活困难'],
    }),
  },
  {
    id: 'temporary-assistance',
    summary: '遇到意外、重病等突发困难，基本生活一时过不下去的，可以申请临时救助。',
    guide: windowGuide({
      whoMayApply: [
        '因火灾、交通事故等意外，或家人突发重病，基本生活暂时出现严重困难的家庭或个人',
        '在本地遇到困难的外地人员也可以申请',
      ],
      conditions: [
        '急难型：突发事件让基本生活陷入困境',
        '支出型：医疗、教育等必需支出突然增加，超出家庭承受能力',
        '情况紧急的，可以先救助、后补手续',
      ],
      materials: [
        ID_CARD,
        { name: '困难情况说明', note: '可当场口述，由工作人员记录', required: true },
        {
          name: '相关证明',
          note: '如医疗费票据、事故证明。可容缺受理：暂时拿不到的可以先受理，之后补交',
          required: true,
          tolerance: '容缺',
        },
        BANK_CARD,
      ],
      timeLimitDays: 5,
      delivery: ['银行卡发放', '现场办结'],
      departmentId: 'civil-affairs',
      mode: 'appointment',
      legalBasis: [SOCIAL_ASSISTANCE, '《国务院关于全面建立临时救助制度的通知》'],
      keywords: ['急难救助', '临时困难', '救急', '看病没钱', '突发困难', '临时补助'],
    }),
  },
  {
    id: 'extreme-poverty-support',
    summary: '没有劳动能力、没有生活来源、也没有人赡养的老人、残疾人和未成年人，可以申请特困供养。',
    guide: windowGuide({
      whoMayApply: ['本地户籍的老年人（年满 60 周岁）、残疾人和未满 18 周岁的未成年人'],
      conditions: [
        '同时符合：无劳动能力、无生活来源、无法定赡养抚养扶养义务人（或义务人没有能力履行）',
        '可以选择在家分散供养，也可以到敬老院集中供养',
      ],
      materials: [
        ID_CARD,
        HUKOU_BOOK,
        { name: '残疾人证', note: '残疾人申请时提供', required: false },
        { name: '家庭经济状况核对授权书', required: true },
        { name: '本人收入和财产申报', note: '实行承诺制：如实申报并签字承诺', required: true, tolerance: '承诺制' },
        BANK_CARD,
        PROXY,
      ],
      timeLimitDays: 15,
      delivery: ['银行卡发放', '短信通知'],
      departmentId: 'civil-affairs',
      mode: 'appointment',
      legalBasis: [SOCIAL_ASSISTANCE, '民政部《特困人员认定办法》'],
      keywords: ['五保', '特困', '三无人员', '孤寡老人', '供养', '敬老院'],
    }),
  },
  {
    id: 'funeral-subsidy',
    summary: '家人去世后，在本地火化的，可以申请减免基本殡葬服务费用。',
    guide: windowGuide({
      whoMayApply: ['去世的本地户籍居民的家属（办理丧事的人）'],
      conditions: [
        '逝者为本地户籍，在本地殡仪馆火化',
        '减免或补贴遗体接运、存放、火化、骨灰寄存等基本殡葬服务费用，标准以本地公布为准',
        '请在火化后尽早申请，具体期限以本地规定为准',
      ],
      materials: [
        { name: '逝者身份证或户口簿', required: true },
        { name: '死亡证明', note: '医院出具的医学死亡证明，或公安机关出具的死亡证明', required: true },
        { name: '火化证明', required: true },
        { name: '申请人身份证', required: true },
        BANK_CARD,
      ],
      timeLimitDays: 10,
      delivery: ['银行卡发放'],
      departmentId: 'civil-affairs',
      mode: 'guide',
      legalBasis: ['《殡葬管理条例》', '民政部等《关于推行惠民殡葬政策的指导意见》'],
      keywords: ['丧葬补助', '火化费', '殡葬费', '身后事', '去世', '惠民殡葬'],
    }),
  },
  {
    id: 'legal-aid',
    summary: '经济困难请不起律师的，可以申请免费的法律援助。',
    guide: windowGuide({
      whoMayApply: [
        '因经济困难没有委托律师的公民',
        '遭受虐待、遗弃或家庭暴力的受害人，因见义勇为维护自身权益的，不受经济困难条件限制',
      ],
      conditions: [
        '事项属于法律援助范围，如讨要工资、赡养费、抚养费，工伤赔偿，社会保险待遇等',
        '经济困难的，如实说明家庭经济状况并签个人诚信承诺即可，不用再开经济困难证明',
      ],
      materials: [
        ID_CARD,
        {
          name: '经济困难状况说明',
          note: '实行承诺制：签个人诚信承诺代替证明',
          required: true,
          tolerance: '承诺制',
        },
        { name: '与案件有关的材料', note: '如合同、欠条、聊天记录、判决书', required: true },
      ],
      timeLimitDays: 3,
      statutoryDays: 7,
      delivery: ['短信通知', '部门窗口领取'],
      departmentId: 'justice',
      mode: 'guide',
      window: { ...DISTRICT_SERVICE_CENTER('法律援助窗口'), phone: '12348（公共法律服务热线）' },
      legalBasis: ['《中华人民共和国法律援助法》'],
      keywords: ['免费律师', '法律咨询', '打官司', '讨薪', '法援', '12348', '要工资'],
    }),
  },

  // ===== 养老服务 =====
  {
    id: 'longevity-allowance',
    summary: '年满 80 周岁的本地户籍老人，可以按月领取高龄津贴。',
    guide: windowGuide({
      whoMayApply: ['年满 80 周岁的本地户籍老年人，可由家属代办'],
      conditions: [
        '本地户籍且年满 80 周岁（具体年龄段和发放标准以本地民政部门公布为准）',
        '已实行“免申即享”的，年满 80 周岁后自动发放，不用申请；没有收到的可以到社区查询',
        '审核通过后按月发放到老人本人的社保卡或银行卡',
      ],
      materials: [ID_CARD, HUKOU_BOOK, BANK_CARD, PROXY],
      timeLimitDays: 10,
      statutoryDays: 20,
      delivery: ['银行卡发放'],
      departmentId: 'civil-affairs',
      mode: 'appointment',
      legalBasis: [ELDERLY_LAW, '《四川省老年人权益保障条例》'],
      keywords: ['高龄补贴', '老人补贴', '八十岁补贴', '长寿补贴', '高龄津贴'],
    }),
  },
  {
    id: 'senior-card',
    summary: '年满 60 周岁的老人可以办理老年人优待证，乘车、游园等享受优待。',
    guide: windowGuide({
      whoMayApply: ['年满 60 周岁的老年人，不限户籍'],
      conditions: ['年满 60 周岁', '凭身份证也能享受大部分优待，优待证是方便出示的凭证'],
      materials: [ID_CARD, { name: '近期免冠彩色照片', note: '一寸，1 张', required: true }, PROXY],
      timeLimitDays: 5,
      statutoryDays: 15,
      delivery: ['社区领取'],
      departmentId: 'civil-affairs',
      mode: 'appointment',
      legalBasis: [ELDERLY_LAW],
      keywords: ['老年证', '敬老卡', '老人卡', '优待证', '免费坐车', '老年卡'],
    }),
    bundle: ['longevity-allowance'],
  },
  {
    id: 'home-care-service',
    summary: '老人在家需要助餐、助洁、助浴、助医等服务的，可以申请居家养老服务。',
    guide: windowGuide({
      whoMayApply: ['居住在本社区的 60 周岁以上老人，优先照顾独居、空巢、失能、高龄和经济困难的老人'],
      conditions: [
        '经济困难的失能、高龄老人可以申请政府购买服务，费用由政府承担或补贴',
        '其他老人可以按公示价格自费购买服务',
        '申请后，工作人员上门评估老人的身体状况和需要',
      ],
      materials: [
        ID_CARD,
        { name: '失能等级评估结果', note: '申请补贴时提供；没有的可上门评估', required: false },
        { name: '低保证、特困证或残疾人证', note: '经济困难或残疾老人提供', required: false },
        PROXY,
      ],
      timeLimitDays: 5,
      fee: '符合条件的经济困难老人由政府补贴；其他老人按公示价格自费',
      delivery: ['现场办结'],
      departmentId: 'civil-affairs',
      mode: 'appointment',
      visits: 0,
      legalBasis: [ELDERLY_LAW, '《国务院办公厅关于推进养老服务发展的意见》'],
      keywords: ['上门服务', '养老服务', '居家养老', '助浴', '助洁', '照料', '陪护'],
    }),
  },
  {
    id: 'senior-meal',
    summary: '60 周岁以上的老人登记后，可以在社区老年食堂吃饭或送餐上门。',
    guide: windowGuide({
      whoMayApply: ['年满 60 周岁、居住在本社区的老人，可由家属代为登记'],
      conditions: [
        '年满 60 周岁',
        '低保、特困、失能、高龄、独居等老人可以享受助餐补贴，标准以本地公布为准',
        '行动不便的可以选送餐上门',
      ],
      materials: [
        ID_CARD_ONLINE,
        { name: '低保证、特困证或残疾人证', note: '享受助餐补贴时到食堂出示', required: false },
      ],
      timeLimitDays: 3,
      fee: '按社区老年食堂公示价格自付，符合条件的老人享受补贴',
      delivery: ['短信通知'],
      departmentId: 'civil-affairs',
      mode: 'online',
      legalBasis: [ELDERLY_LAW, '民政部等11部门《积极发展老年助餐服务行动方案》（民发〔2023〕58号）'],
      keywords: ['老年食堂', '助餐', '老人吃饭', '送餐', '长者饭堂', '老年餐桌'],
    }),
    form: seniorMealForm,
  },
  {
    id: 'home-aging-retrofit',
    summary: '困难老人家里装扶手、防滑地面等，可以申请居家适老化改造补贴。',
    guide: windowGuide({
      whoMayApply: ['特殊困难老人家庭：低保、特困、低保边缘家庭中的高龄、失能、残疾老人优先'],
      conditions: [
        '老人住在本社区的自有房屋或长期租住的房屋',
        '改造内容由工作人员上门评估后确定，如扶手、防滑地面、坐便器、淋浴椅、紧急呼叫器等',
        '租住房屋的，需要房东同意改造',
      ],
      materials: [
        ID_CARD,
        HUKOU_BOOK,
        { name: '房屋产权证明或房东同意改造的书面意见', required: true },
        { name: '低保证、特困证或残疾人证', note: '证明属于特殊困难老人家庭', required: true },
        PROXY,
      ],
      timeLimitDays: 15,
      fee: '符合条件的特殊困难老人家庭由政府补贴（标准以当年公布为准）；其他家庭可以自费改造',
      delivery: ['现场办结'],
      departmentId: 'civil-affairs',
      mode: 'appointment',
      legalBasis: [ELDERLY_LAW, '民政部等九部门《关于加快实施老年人居家适老化改造工程的指导意见》'],
      keywords: ['适老化', '装扶手', '防滑', '老人家装', '无障碍改造', '适老改造'],
    }),
  },

  // ===== 残疾人 =====
  {
    id: 'disability-card',
    summary: '有视力、听力、言语、肢体、智力、精神等残疾的，可以办理残疾人证，享受相关扶助政策。',
    guide: windowGuide({
      whoMayApply: ['视力、听力、言语、肢体、智力、精神残疾或多重残疾的人员，可由监护人代办'],
      conditions: [
        '到残联指定的医院评定，残疾等级达到国家标准（一级至四级）',
        '户籍地或居住地都可以申请（全国“跨省通办”）',
        '评定需要本人到医院；行动不便的可以申请上门评定',
      ],
      materials: [
        ID_CARD,
        HUKOU_BOOK,
        { name: '近期两寸免冠彩色照片', note: '张数按评定医院要求', required: true },
        { name: '病历或诊断材料', note: '有的请带上，方便评定', required: false },
        PROXY,
      ],
      timeLimitDays: 10,
      delivery: ['电子证照', '社区领取'],
      departmentId: 'disabled-federation',
      mode: 'appointment',
      legalBasis: ['《中华人民共和国残疾人保障法》', '《中华人民共和国残疾人证管理办法》'],
      keywords: ['残疾证', '残疾评定', '残联', '办残疾证', '残疾人证'],
    }),
    bundle: ['disability-subsidies'],
  },
  {
    id: 'disability-subsidies',
    summary: '困难残疾人可以申请生活补贴，重度残疾人可以申请护理补贴。',
    guide: windowGuide({
      whoMayApply: ['持有第二代残疾人证的本地户籍残疾人，可由监护人或家属代办'],
      conditions: [
        '困难残疾人生活补贴：低保家庭中的残疾人（本地有扩大范围的按本地规定）',
        '重度残疾人护理补贴：残疾等级为一级、二级且需要长期照护的重度残疾人（本地有扩大范围的按本地规定）',
        '已享受特困供养等同类待遇的，按规定不重复领取',
      ],
      materials: [ID_CARD, HUKOU_BOOK, { name: '残疾人证', required: true }, BANK_CARD, PROXY],
      timeLimitDays: 10,
      statutoryDays: 20,
      delivery: ['银行卡发放'],
      departmentId: 'civil-affairs',
      mode: 'appointment',
      legalBasis: [
        '《中华人民共和国残疾人保障法》',
        '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》',
      ],
      keywords: ['残疾补贴', '护理补贴', '生活补贴', '残补', '两项补贴'],
    }),
  },

  // ===== 生育 =====
  {
    id: 'birth-registration',
    summary: '怀孕或生育后做生育登记，不限孩次，网上就能办。',
    guide: windowGuide({
      whoMayApply: ['夫妻一方为本地户籍，或在本地居住的夫妻'],
      conditions: ['生育一孩、二孩、三孩都可以登记，不限孩次', '在“天府通办”等政务服务平台上填写即可，不用到场'],
      materials: [ID_CARD_ONLINE],
      timeLimitDays: 0,
      delivery: ['电子证照'],
      departmentId: 'health',
      mode: 'guide',
      visits: 0,
      legalBasis: [POPULATION_LAW, '《四川省生育登记服务管理办法》'],
      keywords: ['准生证', '生育服务证', '怀孕登记', '生孩子', '生育服务登记', '二胎', '三胎'],
    }),
  },
  {
    id: 'only-child-certificate',
    summary: '在国家提倡一对夫妻生育一个子女期间只生了一个孩子的，可以领取独生子女父母光荣证。',
    guide: windowGuide({
      whoMayApply: ['2016 年 1 月 1 日前只生育一个子女的夫妻'],
      conditions: [
        '子女出生在 2016 年 1 月 1 日之前',
        '夫妻自愿终身只生育一个子女，没有再生育或收养子女',
        '2016 年 1 月 1 日以后生育的不再办理',
      ],
      materials: [
        { name: '夫妻双方身份证', required: true },
        HUKOU_BOOK,
        { name: '结婚证', required: true },
        { name: '子女出生医学证明或户口簿', required: true },
      ],
      timeLimitDays: 10,
      delivery: ['社区领取'],
      departmentId: 'health',
      mode: 'guide',
      legalBasis: [POPULATION_LAW, '《四川省人口与计划生育条例》'],
      keywords: ['独生子女证', '光荣证', '独生子女奖励', '独生子女费', '独生子女'],
    }),
  },
  {
    id: 'family-planning-support',
    summary: '独生子女死亡或伤残的家庭，可以申请计划生育家庭特别扶助金。',
    guide: windowGuide({
      whoMayApply: ['独生子女死亡或伤残、现在没有再生育或收养子女的夫妻'],
      conditions: [
        '夫妻双方 1933 年 1 月 1 日以后出生',
        '女方年满 49 周岁',
        '只生育一个子女或合法收养一个子女',
        '现在没有存活子女，或独生子女被依法评定为三级以上残疾',
      ],
      materials: [
        { name: '夫妻双方身份证', required: true },
        HUKOU_BOOK,
        { name: '结婚证', required: true },
        { name: '子女死亡证明或残疾人证', required: true },
        BANK_CARD,
      ],
      timeLimitDays: 20,
      delivery: ['银行卡发放'],
      departmentId: 'health',
      mode: 'appointment',
      legalBasis: [POPULATION_LAW, '《全国独生子女伤残死亡家庭扶助制度试点方案》'],
      keywords: ['失独', '特扶', '独生子女伤残', '特别扶助金', '计生扶助'],
    }),
  },

  // ===== 社保医保 =====
  {
    id: 'resident-medical-insurance',
    summary: '没有参加职工医保的居民，每年缴费参加城乡居民医保，看病可以报销。',
    guide: windowGuide({
      whoMayApply: ['没有参加职工医保的城乡居民：学生儿童、老人、没有工作单位的人员等', '新生儿出生后可以随时参保'],
      conditions: [
        '不能同时参加职工医保',
        '每年集中缴费期缴纳下一年度的费用（一般在每年秋冬季，以当年通知为准）',
        '可以在手机上缴费，如“四川税务”或银行的缴费渠道',
      ],
      materials: [ID_CARD_ONLINE, { name: '出生医学证明或户口簿', note: '新生儿参保时提供', required: false }],
      timeLimitDays: 0,
      fee: '个人缴费按当年标准（以医保部门公布为准）；低保、特困等人员由政府资助参保',
      delivery: ['现场办结'],
      departmentId: 'human-resources',
      mode: 'guide',
      visits: 0,
      window: DISTRICT_SERVICE_CENTER('医保窗口'),
      legalBasis: [SOCIAL_INSURANCE_LAW, '《国务院关于整合城乡居民基本医疗保险制度的意见》'],
      keywords: ['医保', '合作医疗', '新农合', '居民医保', '交医保', '参保', '医保缴费'],
    }),
  },
  {
    id: 'resident-pension-insurance',
    summary: '没有参加职工养老保险的居民，可以参加城乡居民养老保险，老了按月领养老金。',
    guide: windowGuide({
      whoMayApply: ['年满 16 周岁（在校学生除外）、没有参加职工养老保险的城乡居民'],
      conditions: [
        '在户籍地参保',
        '按年缴费，可以在本地规定的缴费档次中自己选，多缴多得',
        '累计缴费满 15 年、年满 60 周岁，可以按月领取养老金',
      ],
      materials: [ID_CARD, HUKOU_BOOK],
      timeLimitDays: 0,
      fee: '按年缴费，在本地规定的缴费档次中自选（档次以当年公布为准）',
      delivery: ['现场办结'],
      departmentId: 'human-resources',
      mode: 'guide',
      visits: 0,
      window: DISTRICT_SERVICE_CENTER('社保窗口'),
      legalBasis: [SOCIAL_INSURANCE_LAW, '《国务院关于建立统一的城乡居民基本养老保险制度的意见》'],
      keywords: ['养老保险', '城乡居保', '农保', '社保', '居民养老', '交养老保险'],
    }),
  },
  {
    id: 'pension-eligibility-check',
    summary: '领养老金的老人每年做一次资格认证，在手机上刷脸就能完成。',
    guide: windowGuide({
      whoMayApply: ['正在领取养老金的退休人员和城乡居民养老保险待遇领取人员'],
      conditions: [
        '每 12 个月认证一次，在国家社会保险公共服务平台、“掌上12333”等手机应用上刷脸完成',
        '不会操作或行动不便的老人，可以请社区工作人员上门帮助认证',
        '长时间没有认证的，养老金会暂停发放，认证后补发',
      ],
      materials: [ID_CARD_ONLINE],
      timeLimitDays: 0,
      delivery: ['现场办结'],
      departmentId: 'human-resources',
      mode: 'guide',
      visits: 0,
      legalBasis: [SOCIAL_INSURANCE_LAW, '《社会保险经办条例》'],
      keywords: ['养老金认证', '生存认证', '刷脸认证', '年审', '退休认证', '资格认证'],
    }),
  },

  // ===== 就业 =====
  {
    id: 'unemployment-registration',
    summary: '失业了想找工作的，办理失业登记，可以免费享受就业服务，符合条件的领失业金。',
    guide: windowGuide({
      whoMayApply: ['法定劳动年龄内、有劳动能力和就业要求、处于失业状态的城乡劳动者'],
      conditions: [
        '可以在户籍地或常住地登记',
        '登记后免费享受职业介绍、职业指导和技能培训',
        '参加失业保险满 1 年、非本人意愿中断就业的，可以申领失业保险金',
      ],
      materials: [ID_CARD_ONLINE],
      timeLimitDays: 0,
      delivery: ['现场办结'],
      departmentId: 'human-resources',
      mode: 'guide',
      visits: 0,
      legalBasis: ['《中华人民共和国就业促进法》', '《就业服务与就业管理规定》'],
      keywords: ['失业证', '失业金', '下岗', '找工作', '就业失业登记', '失业保险'],
    }),
    bundle: ['employment-hardship', 'flexible-employment-insurance'],
  },
  {
    id: 'employment-hardship',
    summary: '大龄、残疾、低保家庭等就业困难的失业人员，认定后可以享受公益性岗位、社保补贴等帮扶。',
    guide: windowGuide({
      whoMayApply: ['已办理失业登记的人员'],
      conditions: [
        '属于以下情况之一：女 40 周岁以上、男 50 周岁以上的大龄失业人员；残疾人；低保家庭成员；连续失业一年以上；零就业家庭成员（以本地认定标准为准）',
        '认定后可以享受公益性岗位安置、社会保险补贴、就业援助等',
      ],
      materials: [ID_CARD, { name: '残疾人证、低保证等', note: '按所属情况提供对应材料', required: true }],
      timeLimitDays: 10,
      delivery: ['短信通知'],
      departmentId: 'human-resources',
      mode: 'appointment',
      legalBasis: ['《中华人民共和国就业促进法》'],
      keywords: ['4050', '就业援助', '困难人员', '公益性岗位', '社保补贴', '就业困难'],
    }),
  },
  {
    id: 'flexible-employment-insurance',
    summary: '个体户、自由职业、打零工等灵活就业的，可以自己缴职工养老和医疗保险。',
    guide: windowGuide({
      whoMayApply: ['没有雇工的个体工商户、没有在单位参保的非全日制从业人员和其他灵活就业人员'],
      conditions: ['可以参加职工基本养老保险和职工基本医疗保险', '在户籍地或就业地都可以参保'],
      materials: [ID_CARD_ONLINE],
      timeLimitDays: 0,
      fee: '按本地灵活就业人员的缴费基数和比例自己缴纳（缴费基数可在规定范围内自选）',
      delivery: ['现场办结'],
      departmentId: 'human-resources',
      mode: 'guide',
      visits: 0,
      window: DISTRICT_SERVICE_CENTER('社保窗口'),
      legalBasis: [SOCIAL_INSURANCE_LAW],
      keywords: ['个人交社保', '自由职业社保', '灵活就业', '个体社保', '自己交社保'],
    }),
  },

  // ===== 退役军人 =====
  {
    id: 'veteran-card',
    summary: '退役军人和烈士遗属等优抚对象可以申领优待证，享受交通、游览等优待。',
    guide: windowGuide({
      whoMayApply: ['退役军人，以及烈士遗属、因公牺牲军人遗属、病故军人遗属等优抚对象'],
      conditions: ['户籍在本地', '先到社区退役军人服务站核对信息、采集照片'],
      materials: [
        ID_CARD,
        { name: '退伍证、退出现役证等', note: '退役军人提供', required: false },
        { name: '烈士证明书等', note: '遗属提供', required: false },
      ],
      timeLimitDays: 20,
      delivery: ['社区领取'],
      departmentId: 'veterans',
      mode: 'appointment',
      window: { ...COMMUNITY_WINDOW, address: '西外社区党群服务中心 一楼退役军人服务站' },
      legalBasis: ['《中华人民共和国退役军人保障法》', '《退役军人、其他优抚对象优待证管理办法（试行）》'],
      keywords: ['优待证', '退伍军人', '老兵', '退役军人证', '军人优待'],
    }),
  },
  {
    id: 'conscript-family-allowance',
    summary: '义务兵服役期间，家庭每年可以领取义务兵家庭优待金。',
    guide: windowGuide({
      whoMayApply: ['义务兵入伍前户籍在本地的家庭'],
      conditions: [
        '义务兵在部队服现役期间，每年发放一次（标准以本地公布为准）',
        '义务兵被部队开除军籍、除名等情形的，停止发放',
      ],
      materials: [
        { name: '入伍通知书或部队出具的证明', required: true },
        { name: '家属身份证', required: true },
        HUKOU_BOOK,
        BANK_CARD,
      ],
      timeLimitDays: 20,
      delivery: ['银行卡发放'],
      departmentId: 'veterans',
      mode: 'guide',
      window: { ...COMMUNITY_WINDOW, address: '西外社区党群服务中心 一楼退役军人服务站' },
      legalBasis: ['《军人抚恤优待条例》', '《中华人民共和国兵役法》'],
      keywords: ['优待金', '当兵补助', '参军优待', '义务兵家属', '入伍补助'],
    }),
  },

  // ===== 社区事务 =====
  {
    id: 'activity-room-booking',
    summary: '在手机上预约社区活动室，开展文体、学习、议事等公益活动。',
    guide: windowGuide({
      whoMayApply: ['本社区居民、居民兴趣小组和驻社区单位'],
      conditions: [
        '只用于公益性的文体、学习、志愿服务、居民议事等活动，不能用于经营或宗教活动',
        '可以预约今天起 14 天以内的时段，社区在 1 个工作日内确认',
        '活动结束后请摆好桌椅，关好门窗和水电',
      ],
      materials: [{ name: '预约人身份信息', note: '刷脸核验后自动带出，不用上传', required: true }],
      timeLimitDays: 1,
      delivery: ['短信通知'],
      departmentId: 'community',
      mode: 'appointment',
      visits: 0,
      legalBasis: [RESIDENTS_COMMITTEE_LAW],
      keywords: ['活动室', '场地预约', '会议室', '借场地', '跳舞场地', '活动场地'],
    }),
    form: activityRoomBookingForm,
  },
  {
    id: 'volunteer-registration',
    summary: '注册成为社区志愿者，参加助老、环保、文明劝导等志愿服务。',
    guide: windowGuide({
      whoMayApply: ['年满 18 周岁的居民；16 至 18 周岁的需要监护人同意'],
      conditions: ['自愿、无偿参加志愿服务', '服务时长会记录下来，可以查询'],
      materials: [ID_CARD_ONLINE, pledgeMaterial('志愿者承诺书')],
      timeLimitDays: 1,
      delivery: ['短信通知'],
      departmentId: 'community',
      mode: 'online',
      legalBasis: ['《志愿服务条例》（国务院令第685号）'],
      keywords: ['志愿者', '做义工', '志愿服务', '义工', '当志愿者'],
    }),
    form: volunteerRegistrationForm,
  },
  {
    id: 'party-membership-transfer',
    summary: '党员把组织关系转到本社区党组织，就近参加组织生活。',
    guide: windowGuide({
      whoMayApply: ['组织关系需要转入本社区党组织的中共党员（含预备党员）'],
      conditions: [
        '一般是居住在本社区的退休党员、流动党员、毕业生党员等',
        '先由原党组织在全国党员管理信息系统中办理转出，再到社区党委报到接收',
      ],
      materials: [ID_CARD, { name: '党员组织关系介绍信', note: '系统内转接的，提供介绍信编号即可', required: true }],
      timeLimitDays: 5,
      delivery: ['现场办结'],
      departmentId: 'community',
      mode: 'guide',
      legalBasis: ['《中国共产党党员教育管理工作条例》'],
      keywords: ['党员转接', '组织关系转移', '转党关系', '党员报到', '党组织关系'],
    }),
  },

  // ===== 户籍与居住 (续) =====
  {
    id: 'public-rental-housing',
    summary: '住房困难、收入不高的家庭和外来务工人员，可以申请租住公租房。',
    guide: windowGuide({
      whoMayApply: ['本地城镇中等偏下收入住房困难家庭', '新就业无房职工，以及在本地稳定就业的外来务工人员'],
      conditions: [
        '家庭在本地没有自有住房，或人均住房面积低于本地标准',
        '家庭收入和财产低于本地规定标准',
        '外来务工人员需在本地稳定就业并连续缴纳社保达到规定年限（以本地标准为准）',
        '审核通过后经公示、轮候、摇号配租',
      ],
      materials: [
        { name: '申请人及家庭成员身份证、户口簿', required: true },
        { name: '婚姻状况材料', note: '结婚证、离婚证等', required: true },
        {
          name: '家庭收入和住房情况申报',
          note: '实行承诺制：如实申报并签字，住房、社保等信息由部门核查',
          required: true,
          tolerance: '承诺制',
        },
        { name: '劳动合同和社保缴费记录', note: '外来务工人员提供', required: false },
      ],
      timeLimitDays: 30,
      fee: '申请免费；入住后按规定标准交租金（低于市场租金）',
      delivery: ['短信通知'],
      departmentId: 'housing',
      mode: 'appointment',
      window: DISTRICT_SERVICE_CENTER('住房保障窗口'),
      legalBasis: ['《公共租赁住房管理办法》（住房和城乡建设部令第11号）'],
      keywords: ['廉租房', '保障房', '公租房', '住房困难', '租房补贴', '保障性住房'],
    }),
  },
  {
    id: 'newborn-hukou',
    summary: '宝宝出生后一个月内申报户口，可以和医保参保等一起“出生一件事”一次办。',
    guide: windowGuide({
      whoMayApply: ['新生儿的父母或其他监护人'],
      conditions: [
        '宝宝出生后 1 个月内申报出生登记',
        '可以随父亲或随母亲落户',
        '“出生一件事”一次办：出生医学证明、预防接种证、户口登记、医保参保、社保卡申领可以一起办',
      ],
      materials: [
        { name: '出生医学证明', required: true },
        { name: '父母双方身份证', required: true },
        { name: '落户方的户口簿', required: true },
        { name: '父母结婚证', note: '有的请提供；没有的按规定提供其他材料', required: false },
      ],
      timeLimitDays: 3,
      delivery: ['邮寄', '部门窗口领取'],
      departmentId: 'police',
      mode: 'guide',
      visits: 0,
      window: POLICE_HOUSEHOLD_WINDOW,
      legalBasis: [HUKOU_REGULATION, '《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》'],
      keywords: ['上户口', '新生儿落户', '出生登记', '小孩上户', '出生一件事', '宝宝户口'],
    }),
    bundle: ['birth-registration', 'resident-medical-insurance'],
  },

  // ===== 文明养犬一件事的两个部分 (docs/one-thing.md) =====
  {
    id: 'dog-rabies-vaccination',
    summary: '犬只接种狂犬病疫苗后登记免疫信息，和养犬登记在“文明养犬一件事”里一起办。',
    guide: windowGuide({
      whoMayApply: ['在本社区饲养犬只的养犬人'],
      conditions: [
        `犬只已在动物诊疗机构接种狂犬病疫苗，接种日期在最近 ${dogs.vaccinationValidMonths} 个月以内`,
        '在“文明养犬一件事”中填写一次免疫证信息，养犬登记和免疫登记同时提交',
      ],
      materials: [online({ name: '狂犬病免疫证明', note: '拍清编号、接种日期和盖章页', required: true })],
      timeLimitDays: 3,
      delivery: ['短信通知'],
      departmentId: 'health',
      mode: 'guide',
      visits: 0,
      legalBasis: DOG_LAWS,
      keywords: ['狂犬疫苗登记', '免疫登记', '文明养犬一件事'],
    }),
    bundle: ['dog-registration', 'dog-sterilisation-subsidy'],
  },
  {
    id: 'dog-sterilisation-subsidy',
    summary: `给犬只做绝育手术可以申请补贴，每只 ${dogs.sterilisationSubsidy.amount} 元，由定点宠物医院直接减免。`,
    guide: windowGuide({
      whoMayApply: ['在本社区登记（或同时申请登记）犬只的养犬人'],
      conditions: [
        '犬只尚未绝育，手术在定点宠物医院进行',
        '每只犬限申请一次；可在“文明养犬一件事”里和养犬登记一起申请',
      ],
      materials: [ID_CARD_ONLINE],
      timeLimitDays: 5,
      fee: `免费；补贴 ${dogs.sterilisationSubsidy.amount} 元直接抵扣手术费`,
      delivery: ['短信通知'],
      departmentId: 'urban-management',
      mode: 'guide',
      visits: 0,
      legalBasis: [DOG_RULES_CONFIG.localRegulation],
      keywords: ['绝育补贴', '狗绝育', '文明养犬一件事'],
    }),
    bundle: ['dog-registration', 'dog-rabies-vaccination'],
  },
]

const INDEX_ORDER = new Map<string, number>(MATTER_INDEX.map((m, i) => [m.id, i]))

/** All 46 matters, in the index's order, with the index's names and themes. */
export const MATTERS: Matter[] = ENTRIES.map((e): Matter => {
  const idx = MATTER_INDEX.find((m) => m.id === e.id)
  if (!idx) throw new Error(`catalog: ${e.id} is not in MATTER_INDEX`)
  return { ...e, certificate: e.certificate ?? null, name: idx.name, theme: idx.theme }
}).sort((a, b) => (INDEX_ORDER.get(a.id) ?? 0) - (INDEX_ORDER.get(b.id) ?? 0))

const BY_ID = new Map<MatterId, Matter>(MATTERS.map((m) => [m.id, m]))

export function getMatter(id: MatterId): Matter {
  const m = BY_ID.get(id)
  if (!m) throw new Error(`unknown matter ${id}`)
  return m
}

/** Looks a matter up by an id that came from outside (URL, API); undefined when unknown. */
export function findMatter(id: string): Matter | undefined {
  return BY_ID.get(id as MatterId)
}

/** Themes in their display order, each with its matters (themes without matters are left out). */
export function mattersByTheme(): Array<{ id: ThemeId; name: string; matters: Matter[] }> {
  return THEMES.map((t) => ({ id: t.id, name: t.name, matters: MATTERS.filter((m) => m.theme === t.id) })).filter(
    (g) => g.matters.length > 0,
  )
}

/** Share of the statutory time limit the promise saves, e.g. 0.75; null when there is no statutory limit. */
export function compression(guide: MatterGuide): number | null {
  if (!guide.statutoryDays) return null
  return 1 - guide.timeLimitDays / guide.statutoryDays
}
