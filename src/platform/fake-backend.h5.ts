/**
 * H5 mock mode loads the fake backend on the first request as its own chunk, so the first
 * screen (which needs no data) parses and runs without it. The weapp twin is fake-backend.ts.
 */
export function loadFakeBackend(): Promise<typeof import('@mock/backend')> {
  return import(/* webpackChunkName: "fake-backend" */ '@mock/backend')
}
