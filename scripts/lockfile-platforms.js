#!/usr/bin/env node
/**
 * Our registry mirror carries only the linux-x64 builds of native optional packages
 * (e.g. @tarojs/binding-*), so `npm install` writes a lockfile without the other
 * platforms' entries and `npm ci` then fails with "Missing: …-darwin-arm64@ from lock file".
 * This adds a minimal entry (version, optional, os, cpu, dev) for every missing optional
 * platform package. Run after every lockfile change (`npm run lockfile:platforms`);
 * `npm ci --dry-run` shows in seconds whether the lockfile is in sync.
 */
const fs = require('node:fs')
const path = require('node:path')

const lockPath = path.join(__dirname, '..', 'package-lock.json')
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'))
const pkgs = lock.packages

const OS = Object.fromEntries(
  ['darwin', 'linux', 'win32', 'freebsd', 'android', 'openharmony', 'netbsd', 'openbsd', 'sunos', 'aix'].map((o) => [o, o]),
)
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'universal', 'loong64', 'riscv64', 's390x', 'ppc64', 'mips64el', 'wasm32']

/** '@tarojs/binding-linux-arm64-musl' → { os: ['linux'], cpu: ['arm64'], libc: ['musl'] } */
function platformOf(name) {
  const parts = name.split('/').pop().split('-')
  const cpuIdx = parts.findIndex((p) => CPU.includes(p))
  if (cpuIdx < 0) return null
  const cpu = parts[cpuIdx]
  const os = OS[parts[cpuIdx - 1]]
  if (!os && cpu !== 'wasm32') return null
  const out = { cpu: cpu === 'universal' ? ['x64', 'arm64'] : [cpu] }
  if (os) out.os = [os]
  const abi = parts[cpuIdx + 1]
  if (abi === 'gnu' || abi === 'gnueabihf') out.libc = ['glibc']
  if (abi === 'musl') out.libc = ['musl']
  return out
}

let added = 0
for (const [loc, meta] of Object.entries(pkgs)) {
  const optional = meta.optionalDependencies
  if (!loc || !optional) continue
  for (const [dep, version] of Object.entries(optional)) {
    const platform = platformOf(dep)
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue
    // npm resolves next to the parent first, then up the tree; top level is where it lands.
    const nested = `${loc}/node_modules/${dep}`
    const top = `node_modules/${dep}`
    if (pkgs[nested] || pkgs[top]) continue
    const entry = { version, optional: true, ...platform }
    if (meta.dev) entry.dev = true
    if (meta.devOptional) entry.devOptional = true
    pkgs[top] = entry
    added++
  }
}

const sorted = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
)
lock.packages = sorted
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n')
console.log(`lockfile-platforms: added ${added} optional platform entr${added === 1 ? 'y' : 'ies'}`)
