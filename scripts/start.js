#!/usr/bin/env node
/**
 * `npm start`: the H5 dev server in mock mode with seeded data, reachable from a phone on
 * the same network. Prints the LAN addresses, then hands over to `taro build --type h5 --watch`.
 */
const { spawn } = require('node:child_process')
const os = require('node:os')

const port = process.env.PORT || '10086'
const env = { ...process.env, TARO_APP_API_MODE: process.env.TARO_APP_API_MODE || 'mock', PORT: port, NODE_ENV: 'development' }

const lan = Object.values(os.networkInterfaces())
  .flat()
  .filter((i) => i && i.family === 'IPv4' && !i.internal)
  .map((i) => `http://${i.address}:${port}/`)
console.log(`社区通 H5 (${env.TARO_APP_API_MODE} mode)\n  local: http://localhost:${port}/\n${lan.map((u) => `  phone: ${u}`).join('\n')}`)

const child = spawn(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5', '--watch'], {
  stdio: 'inherit',
  env,
})
child.on('exit', (code) => process.exit(code ?? 0))
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
