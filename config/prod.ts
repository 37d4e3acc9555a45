import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // Keep the first screen small: vendor code split from app code so pages load lazily.
    enableExtract: true,
  },
} satisfies UserConfigExport<'webpack5'>
