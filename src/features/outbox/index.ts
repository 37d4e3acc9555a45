export { OfflineBanner, OutboxList } from './outbox-status'
export { isQueuedForLater, QueuedForLater, sendViaOutbox } from './send'
