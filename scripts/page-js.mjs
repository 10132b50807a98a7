// JavaScript a prerendered page loads, from its built HTML: module scripts only (modern browsers
// skip the noModule polyfills), gzip -9 sizes of the files in .next/.
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

export function pageScripts(route) {
  const file = `.next/server/app/${route === '/' ? 'index' : route.replace(/^\//, '')}.html`
  if (!existsSync(file)) return null
  const html = readFileSync(file, 'utf8')
  return new Set(
    [...html.matchAll(/<script ([^>]*)>/g)]
      .filter((m) => !/nomodule/i.test(m[1]))
      .map((m) => /src="([^"]+)"/.exec(m[1])?.[1])
      .filter(Boolean),
  )
}

export function gzipSize(src) {
  return gzipSync(readFileSync(`.next${src.replace(/^\/_next/, '')}`), { level: 9 }).length
}

/** Total and own (beyond the home page, which has no islands: the framework) KB, gzip -9. */
export function pageJs(route) {
  const page = pageScripts(route)
  const home = pageScripts('/')
  if (!page || !home) return null
  const sum = (list) => list.reduce((s, src) => s + gzipSize(src), 0) / 1024
  return { framework: sum([...home]), total: sum([...page]), own: sum([...page].filter((s) => !home.has(s))) }
}
