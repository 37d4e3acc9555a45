/**
 * A hook point for the 走流程 recorder (src/features/walkthrough, mock and demo builds only):
 * shared components report what a tester would write down (a validation error shown next to a
 * field). Nothing listens in a release build, so an event costs one null check.
 */
export type WalkthroughEvent = { kind: 'field-error'; label: string; message: string }

let listener: ((e: WalkthroughEvent) => void) | null = null

export function onWalkthroughEvent(l: (e: WalkthroughEvent) => void): () => void {
  listener = l
  return () => {
    if (listener === l) listener = null
  }
}

export function emitWalkthroughEvent(e: WalkthroughEvent): void {
  listener?.(e)
}
