#!/usr/bin/env node
/**
 * Tiny static file server for built output (no dependencies). Used by the e2e runner to
 * serve dist/h5; also handy by hand:
 *
 *   node scripts/serve-static.js [dir=dist/h5] [--port=8080] [--host=127.0.0.1]
 *
 * `/` serves index.html; directory requests serve their index.html; no caching; paths
 * outside the root are refused. Port 0 (the default for the API) picks a free port.
 */
'use strict'
const fs = require('node:fs')
const http = require('node:http')
const path = require('node:path')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

/** Serve `root`; resolves to { url, port, server, close() } once listening. */
function serveStatic(root, { port = 0, host = '127.0.0.1', log = false } = {}) {
  root = path.resolve(root)
  const server = http.createServer((req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
      res.end(body)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed')
    let pathname
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname)
    } catch {
      return send(400, 'bad request')
    }
    let file = path.join(root, pathname)
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden')
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        file = path.join(file, 'index.html')
        st = fs.existsSync(file) ? fs.statSync(file) : null
      }
      if (err || !st || !st.isFile()) {
        if (log) console.log(`404 ${req.url}`)
        return send(404, `not found: ${pathname}`)
      }
      if (log) console.log(`200 ${req.url}`)
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': st.size,
        'cache-control': 'no-store',
      })
      if (req.method === 'HEAD') return res.end()
      fs.createReadStream(file).pipe(res)
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const actual = server.address().port
      resolve({
        server,
        port: actual,
        url: `http://${host}:${actual}`,
        close: () => new Promise((r) => server.close(() => r())),
      })
    })
  })
}

module.exports = { serveStatic }

if (require.main === module) {
  const args = process.argv.slice(2)
  const opt = (name, dflt) => (args.find((a) => a.startsWith(`--${name}=`)) || `=${dflt}`).split('=')[1]
  const dir = args.find((a) => !a.startsWith('--')) || path.join(__dirname, '..', 'dist/h5')
  if (!fs.existsSync(dir)) {
    console.error(`serve-static: ${dir} does not exist (run npm run build:h5 first?)`)
    process.exit(1)
  }
  serveStatic(dir, { port: Number(opt('port', 8080)), host: opt('host', '127.0.0.1'), log: true }).then(({ url }) => {
    console.log(`serving ${path.resolve(dir)} at ${url}/  (Ctrl-C to stop)`)
  })
}
