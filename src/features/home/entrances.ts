/**
 * What the home page offers: the three entrances of the reference service and the most-used
 * matters. Plain words for the descriptions: many residents are over 60.
 */
import Taro from '@tarojs/taro'
import { usePrefsStore } from '@/stores/prefs-store'
import { config } from '@/config'
import { paths } from '@/routes'

export const HALL_TAB = paths.hall.path
export const COMPLAINTS_TAB = paths.complaintsTab.path

export interface Entrance {
  id: 'hall' | 'complaint' | 'snap'
  name: string
  description: string
}

export const ENTRANCES: readonly Entrance[] = [
  { id: 'hall', name: '办事大厅', description: '在手机上申请办事，少跑腿' },
  { id: 'complaint', name: '微诉求', description: '有事跟社区说，件件有回复' },
  { id: 'snap', name: '随手拍', description: '看到问题拍下来，社区来处理' },
]

export interface Service {
  /** the matter whose 办事指南 the tile opens */
  matterId: string
  name: string
  description: string
}

export const COMMON_SERVICES: readonly Service[] = [
  { matterId: 'dog-registration', name: '养犬登记', description: '办电子犬证' },
  { matterId: 'residence-proof', name: '居住证明', description: '开具居住证明' },
  { matterId: 'dog-annual-review', name: '犬只年检', description: '犬证到期前办' },
  { matterId: 'hardship-proof', name: '困难证明', description: '开具困难证明' },
]

/**
 * switchTab cannot carry a query, so 微诉求 / 随手拍 leave their intent in the prefs store
 * (not persisted); the 诉求 tab reads it once when it shows.
 */
export function openEntrance(id: Entrance['id']): void {
  if (id === 'hall') {
    void Taro.switchTab({ url: HALL_TAB })
    return
  }
  usePrefsStore.getState().setComplaintIntent(id)
  void Taro.switchTab({ url: COMPLAINTS_TAB })
}

export const MATTER_PAGE = paths.matter.path

/** A service tile opens its matter's 办事指南 (with 在线申请 where the matter has a form). */
export function openService(service: Service): void {
  void Taro.navigateTo({ url: paths.matter.url(service.matterId) })
}

export function communityName(): string {
  return config.communityName
}
