/**
 * Batch actions (select many → 受理 / 分级): one request per case, each with its OWN idempotency
 * key that is kept across retries, so a network failure mid-batch leaves a per-item outcome and
 * running the batch again never applies anything twice.
 */
import type { CaseDetail, GovApi } from '@/api'
import { errorMessage } from '@/lib/error-message'
import { newKey } from '@/lib/ids'

export interface BatchItem {
  id: string
  caseNo: string
  version: number
}

export type BatchOutcome =
  | { id: string; caseNo: string; ok: true; detail: CaseDetail }
  | { id: string; caseNo: string; ok: false; message: string; retryable: boolean }

export interface BatchRun {
  action: string
  input: Record<string, unknown>
  /** case id → idempotency key; reused when the batch is retried */
  keys: Record<string, string>
}

export function newBatch(action: string, input: Record<string, unknown>, items: BatchItem[]): BatchRun {
  return { action, input, keys: Object.fromEntries(items.map((i) => [i.id, newKey(`batch-${action}`)])) }
}

/** Runs one case at a time (the server and the phone both stay calm); never throws. */
export async function runBatch(
  api: Pick<GovApi, 'workerAct'>,
  run: BatchRun,
  items: BatchItem[],
  onProgress?: (done: number, total: number) => void,
): Promise<BatchOutcome[]> {
  const out: BatchOutcome[] = []
  for (const item of items) {
    const key = run.keys[item.id] ?? (run.keys[item.id] = newKey(`batch-${run.action}`))
    try {
      const detail = await api.workerAct(item.id, {
        action: run.action,
        version: item.version,
        input: run.input,
        idempotencyKey: key,
      })
      out.push({ id: item.id, caseNo: item.caseNo, ok: true, detail })
    } catch (e) {
      out.push({
        id: item.id,
        caseNo: item.caseNo,
        ok: false,
        message: errorMessage(e),
        retryable: (e as { retryable?: boolean }).retryable === true,
      })
    }
    onProgress?.(out.length, items.length)
  }
  return out
}

export function batchSummary(outcomes: BatchOutcome[]): string {
  const ok = outcomes.filter((o) => o.ok).length
  const failed = outcomes.length - ok
  return failed ? `成功 ${ok} 件，未成功 ${failed} 件` : `全部 ${ok} 件已完成`
}
