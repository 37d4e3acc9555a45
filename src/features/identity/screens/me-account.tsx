/** The 账号 block of 我的: sign in, or who is signed in, the next identity step, and sign-out. */
import { View } from '@tarojs/components'
import { AppButton, Cell, CellGroup } from '@/ui'
import { useSessionStore } from '@/stores/session-store'
import { go, ROUTES, withReturn } from '../routes'
import { signOut } from '../session-actions'

export function MeAccount() {
  const user = useSessionStore((s) => s.session?.user ?? null)
  if (!user) {
    return (
      <CellGroup title='账号'>
        <Cell
          title='登录 / 实名认证'
          description='认证后办事时自动填好姓名、身份证等信息'
          onClick={() => go(ROUTES.login, 'navigate')}
        />
      </CellGroup>
    )
  }
  const resident = user.role === 'resident'
  return (
    <View>
      <CellGroup title='账号'>
        {resident && !user.verified ? (
          <Cell
            title={user.displayName}
            description='还没有实名认证：认证后办事时自动填好信息'
            value='去认证'
            className='me-account__verify'
            onClick={() => go(withReturn(ROUTES.verify, null), 'navigate')}
          />
        ) : (
          <Cell
            title={user.displayName}
            description={resident ? '已实名认证' : '社区工作人员'}
            value={resident ? '我的信息' : undefined}
            className='me-account__user'
            onClick={resident ? () => go(ROUTES.profile, 'navigate') : undefined}
          />
        )}
        {resident && user.verified ? (
          <Cell
            title='亲情账号（代办）'
            description='为家里老人、孩子办事'
            onClick={() => go(ROUTES.family, 'navigate')}
          />
        ) : null}
        {resident ? null : (
          <Cell
            title='进入工作台'
            description='待办、办件处理和统计'
            className='me-account__console'
            onClick={() => go(ROUTES.workerQueue, 'navigate')}
          />
        )}
        {resident ? (
          <Cell title='个人信息与授权' description='查看或撤回同意' onClick={() => go(ROUTES.consent, 'navigate')} />
        ) : null}
      </CellGroup>
      <View className='me__signout'>
        <AppButton variant='secondary' block onClick={() => void signOut()}>
          退出登录
        </AppButton>
      </View>
    </View>
  )
}
