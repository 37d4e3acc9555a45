/**
 * Every page of the app, in one typed table: navigation builds its URLs here
 * (`paths.cases.detail.url(id)`), so a page that moves or takes a new parameter changes in
 * one place. test/routes.test.ts keeps the table equal to the pages src/app.config.ts
 * registers. `path` is the page's route (tab pages are opened with it: switchTab takes no
 * query); `url(…)` adds the page's query, each value URI-encoded.
 */
type Query = Record<string, string | undefined>

/** `path?k=v&…` for the defined values, in the given order. */
export function withQuery(path: string, query: Query = {}): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
  return parts.length ? `${path}?${parts.join('&')}` : path
}

const page = <P extends string>(path: P) => ({ path, url: () => path })
const withId = <P extends string>(path: P) => ({ path, url: (id: string) => withQuery(path, { id }) })
/** pages that send the resident back where they came from afterwards */
const withReturn = <P extends string>(path: P) => ({ path, url: (returnUrl?: string | null) => withQuery(path, { returnUrl: returnUrl ?? undefined }) })

export const paths = {
  // main package: the four tabs, sign-in, the matter guide and search
  home: page('/pages/index/index'),
  hall: page('/pages/hall/index'),
  complaintsTab: page('/pages/complaints/index'),
  me: page('/pages/me/index'),
  login: withReturn('/pages/login/index'),
  matter: withId('/pages/matter/index'),
  search: page('/pages/search/index'),

  identity: {
    consent: withReturn('/packages/identity/pages/consent/index'),
    verify: withReturn('/packages/identity/pages/verify/index'),
    profile: page('/packages/identity/pages/profile/index'),
    family: page('/packages/identity/pages/family/index'),
  },
  apply: {
    form: withId('/packages/apply/pages/form/index'),
    receipt: withId('/packages/apply/pages/receipt/index'),
  },
  cases: {
    list: page('/packages/cases/pages/list/index'),
    detail: withId('/packages/cases/pages/detail/index'),
  },
  cert: {
    verify: page('/packages/cert/pages/verify/index'),
  },
  complaints: {
    new: {
      path: '/packages/complaints/pages/new/index',
      /** `category` preselects a category; `q` prefills the description (from search) */
      url: (query: { category?: string; q?: string } = {}) => withQuery('/packages/complaints/pages/new/index', query),
    },
    snap: page('/packages/complaints/pages/snap/index'),
    board: page('/packages/complaints/pages/board/index'),
    detail: withId('/packages/complaints/pages/detail/index'),
  },
  worker: {
    queue: page('/packages/worker/pages/queue/index'),
    case: withId('/packages/worker/pages/case/index'),
    stats: page('/packages/worker/pages/stats/index'),
    audit: page('/packages/worker/pages/audit/index'),
    assist: page('/packages/worker/pages/assist/index'),
  },
  oneThing: {
    bundles: page('/packages/one-thing/pages/bundles/index'),
    apply: withId('/packages/one-thing/pages/apply/index'),
    case: withId('/packages/one-thing/pages/case/index'),
    assist: withId('/packages/one-thing/pages/assist/index'),
    walkthrough: page('/packages/one-thing/pages/walkthrough/index'),
  },
} as const

/** The tab bar's pages (src/app.config.ts `tabBar.list`): opened with switchTab, without a query. */
export const TAB_PATHS: readonly string[] = [paths.home.path, paths.hall.path, paths.complaintsTab.path, paths.me.path]

/** Every route in the table. */
export function allPaths(): string[] {
  const out: string[] = []
  const walk = (node: object) => {
    for (const value of Object.values(node)) {
      if (typeof value === 'object' && value && 'path' in value) out.push((value as { path: string }).path)
      else if (typeof value === 'object' && value) walk(value)
    }
  }
  walk(paths)
  return out
}
