/**
 * The community this deployment serves, and the windows its guides send people to.
 * Local facts: change them here, never in the guides. Phone numbers of department windows
 * point to 12345 (the national government-service hotline) rather than guessed direct lines.
 */
import type { ServiceWindow } from './types'

export const COMMUNITY = {
  name: '西外社区',
  committee: '西外社区居民委员会',
  street: '朝阳街道',
  district: '通川区',
  city: '达州市',
  /** 朝阳街道 lies in the city's dog key-management zone (限养区). */
  inDogKeyZone: true,
} as const

const WORKING_HOURS = '周一至周五 9:00–12:00，14:00–17:30（法定节假日除外）'

/** Where most matters are received, answered, or handed over (帮办代办). */
export const COMMUNITY_WINDOW: ServiceWindow = {
  address: '西外社区党群服务中心 一楼便民服务窗口',
  hours: WORKING_HOURS,
  phone: '0818-2123456',
}

/** The community activity room (for bookings). */
export const ACTIVITY_ROOM = {
  name: '西外社区党群服务中心 二楼多功能活动室',
  capacity: 40,
  /** bookable slots in a day; the room is closed on the hours outside these */
  slots: [
    { value: 'morning', label: '上午 9:00–12:00' },
    { value: 'afternoon', label: '下午 14:30–17:30' },
    { value: 'evening', label: '晚上 19:00–21:00' },
  ],
  /** how far ahead a booking may be made, in days */
  maxDaysAhead: 14,
} as const

export const STREET_SERVICE_WINDOW: ServiceWindow = {
  address: '朝阳街道便民服务中心 综合受理窗口',
  hours: WORKING_HOURS,
  phone: '12345',
}

export const POLICE_HOUSEHOLD_WINDOW: ServiceWindow = {
  address: '辖区派出所 户籍窗口（西外社区所属派出所）',
  hours: WORKING_HOURS,
  phone: '12345',
}

export const DISTRICT_SERVICE_CENTER = (counter: string): ServiceWindow => ({
  address: `通川区政务服务中心 ${counter}`,
  hours: WORKING_HOURS,
  phone: '12345',
})
