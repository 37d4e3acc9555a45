/** Query keys of the 办事大厅 catalogue (public data; cleared with the rest on sign-out). */
export const matterKeys = {
  all: ['matters'] as const,
  list: () => [...matterKeys.all, 'list'] as const,
}
