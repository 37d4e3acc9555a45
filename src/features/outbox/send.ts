/**
 * A submission through the outbox from a screen: the server's answer when it came, otherwise
 * a `QueuedForLater` error whose Chinese message says it waits in 待发送 (the screen shows it
 * where it shows any failure, and keeps what the resident typed).
 */
import type { ApiError, CaseDetail } from '@/api'
import type { OutboxCall } from '@/api/outbox'
import { getOutbox } from '@/stores/outbox-store'

export class QueuedForLater extends Error {
  readonly queued = true
  constructor(
    readonly cause: ApiError,
    readonly persisted: boolean,
  ) {
    super(
      `${cause.message}。已放入待发送，恢复网络后会自动发送，不用重新填写` +
        (persisted ? '' : '（手机存储空间已满：请不要关闭小程序，直到发送成功）'),
    )
    this.name = 'QueuedForLater'
  }
}

export function isQueuedForLater(e: unknown): e is QueuedForLater {
  return e instanceof QueuedForLater
}

export async function sendViaOutbox(entry: { id: string; label: string; call: OutboxCall }): Promise<CaseDetail> {
  const out = await getOutbox().submit(entry)
  if (out.state === 'delivered') return out.result
  throw new QueuedForLater(out.error, out.persisted)
}
