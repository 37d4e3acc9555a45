export { HomeScreen } from './home-screen'
export { COMMON_SERVICES, ENTRANCES, openEntrance, type Entrance, type Service } from './entrances'
