import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: { quiet: false, stats: false },
  mini: {},
  h5: {
    // The dev server serves from memory at the root: a relative publicPath ('./', fine for
    // build:h5 opened from any folder) makes it answer every js/*.js request with index.html.
    publicPath: '/',
  },
} satisfies UserConfigExport<'webpack5'>
