/**
 * Subscribe messages when a case changes status: after a commit (SqlStorage onCommit), each case
 * whose status changed is announced to the WeChat users bound to its applicant, with the
 * template from configuration. WeChat decides whether the user accepted a message of that
 * template (43101 = not accepted: nothing is sent and nothing retried). Only the case's title,
 * its status label and the time go into the message; sending never delays or affects a request.
 */
import { statusDef } from '@/domain/cases/statuses'
import type { CaseRecord, State } from '@core/storage'
import { formatDateTime } from '@/domain/time/china-time'
import type { CommittedChange } from '../storage/sql-storage'
import type { WeChatApi } from './wechat-api'

export interface CaseTemplate {
  templateId: string
  /** the template's data keys for the title, the status and the time (e.g. thing1, phrase2, time3) */
  fields: { title: string; status: string; time: string }
  /** page opened from the message; {id} is the case id */
  page?: string
  miniprogramState?: 'developer' | 'trial' | 'formal'
}

const cut = (s: string, n: number) => ([...s].length > n ? [...s].slice(0, n - 1).join('') + '…' : s)

export function caseNotifier(api: Pick<WeChatApi, 'sendSubscribeMessage'>, template: CaseTemplate, state: () => State, warn: (m: string) => void = () => undefined) {
  return (changes: CommittedChange[]): void => {
    const now = Date.now()
    for (const c of changes) {
      if (c.map !== 'cases') continue
      const before = c.before as CaseRecord | undefined
      const after = c.after as CaseRecord | undefined
      if (!before || !after || before.status === after.status) continue
      const label = statusDef(after.kind, after.status)?.label ?? after.status
      const openids = [...state().bindings.values()].filter((b) => b.residentId === after.applicantId && b.expiresAt > now).map((b) => b.openid)
      for (const openid of openids) {
        api
          .sendSubscribeMessage({
            touser: openid,
            template_id: template.templateId,
            ...(template.page ? { page: template.page.replace('{id}', encodeURIComponent(after.id)) } : {}),
            data: {
              [template.fields.title]: { value: cut(after.title, 20) },
              [template.fields.status]: { value: cut(label.split('·')[0], 5) },
              [template.fields.time]: { value: formatDateTime(now) },
            },
            ...(template.miniprogramState ? { miniprogram_state: template.miniprogramState } : {}),
            lang: 'zh_CN',
          })
          .catch(() => warn(`subscribe message for ${after.id} not sent`))
      }
    }
  }
}
