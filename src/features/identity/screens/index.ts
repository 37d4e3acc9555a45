/** The identity feature's screens, for its pages (kept apart from the light public index). */
export { LoginScreen } from './login-screen'
export { ConsentScreen } from './consent-screen'
export { VerifyScreen } from './verify-screen'
export { ProfileScreen } from './profile-screen'
export { FamilyScreen } from './family-screen'
