import fs from 'node:fs'
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { validateEnv } from './env'

const root = path.resolve(__dirname, '..')
// Dependencies that ship syntax newer than ES2017 (object spread, ?., ??): the weapp build
// transpiles them like src/ (WeChat cannot polyfill syntax). scripts/check-weapp-build.js
// parses dist/weapp as ES2017 and names the file when a new one appears. Real paths, because
// webpack matches resolved (symlink-free) file names. TanStack Query (server state) ships
// private class fields (#x) and other ES2022 syntax.
const WEAPP_TRANSPILED_PACKAGES = ['chinese-days', 'zustand', '@tanstack/query-core', '@tanstack/react-query']

export default defineConfig<'webpack5'>(async (merge) => {
  // Fail fast: a bad TARO_APP_* value stops the build/start before webpack runs.
  validateEnv(process.env, { platform: process.env.TARO_ENV, production: process.env.NODE_ENV === 'production' })
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'shequtong',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    // weapp: aria-* into the WXML templates (Taro 4.2.1 drops them otherwise)
    plugins: [path.join(root, 'config/plugins/weapp-a11y.js')],
    defineConstants: {},
    alias: {
      '@': path.join(root, 'src'),
      '@mock': path.join(root, 'mock'),
      '@core': path.join(root, 'core'),
      // chinese-days' ESM build pulls dayjs plugins in ways mini-program webpack trips on.
      'chinese-days': path.join(root, 'node_modules/chinese-days/dist/index.min.js'),
    },
    // sitemap.json keeps personal pages out of WeChat search (weapp only; app.config sitemapLocation)
    copy: {
      patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Keep Chinese text as UTF-8 instead of \uXXXX escapes: half the bytes for every guide,
    // label and message (WeChat and browsers read UTF-8 sources).
    // quote_keys off: Taro's H5 default quotes every property name, which turns private class
    // fields (#x, in TanStack Query, shipped as is to H5's modern browsers) into the invalid #"x".
    terser: { enable: true, config: { output: { ascii_only: false, comments: false, quote_keys: false } } },
    mini: {
      // the fake backend (mock/ over the contract core in core/) is bundled in mock mode and must be compiled like src/
      compile: {
        include: [
          path.join(root, 'mock'),
          path.join(root, 'core'),
          ...WEAPP_TRANSPILED_PACKAGES.map((p) => fs.realpathSync(path.join(root, 'node_modules', p))),
        ],
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [path.join(root, 'mock'), path.join(root, 'core')] },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      devServer: {
        host: '0.0.0.0',
        port: Number(process.env.PORT || 10086),
        hot: true,
        open: false,
        // npm start: the app (http mode, base URL '/') and the server behind one origin, so a
        // phone on the LAN reaches both through the one printed address
        ...(process.env.START_API_TARGET
          ? { proxy: [{ context: ['/v1', '/mock', '/healthz'], target: process.env.START_API_TARGET, changeOrigin: false, xfwd: false }] }
          : {}),
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
