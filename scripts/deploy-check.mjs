// `npm run deploy:check -- <base URL>`: checks a deployed copy of the site from the outside.
// Fetches a few addresses (the home page, an article, a section page, the Spanish home page, an
// Open Graph image, a missing page, /_headers), following redirects, and prints each one's status
// and the security headers. Then it checks the Content-Security-Policy the browser will enforce
// (the header and any <meta http-equiv> in the page): every directive of lib/build/security-headers.mjs
// present, scripts from the site only, and every inline stylesheet of the page allowed, which is
// what breaks when a host's config holds a policy copied from an older build.
// Exits 1 when something is wrong, 2 when it cannot run. Each request gives up after
// DEPLOY_CHECK_TIMEOUT_MS (default 10,000).
import { createHash } from 'node:crypto'
import * as security from '../lib/build/security-headers.mjs'
import { tsImport } from 'tsx/esm/api'

/** @type {typeof import('../lib/i18n/locales')} */
const { TRANSLATED_LOCALES } = await tsImport('../lib/i18n/locales.ts', import.meta.url)

const TIMEOUT = Number(process.env.DEPLOY_CHECK_TIMEOUT_MS || 10_000)
const arg = process.argv.slice(2).find((a) => !a.startsWith('-'))
let base
try {
  base = new URL(arg ?? '')
  if (!/^https?:$/.test(base.protocol)) throw new Error('not http')
} catch {
  console.error('Usage: npm run deploy:check -- <base URL>   for example: npm run deploy:check -- https://ketamine.example.org')
  process.exit(2)
}
const root = base.href.replace(/\/+$/, '')
const expected = security.securityHeaders()
const HEADER_NAMES = Object.keys(expected)
const CSP = 'Content-Security-Policy'
// Every directive the site's policies hold: the header's, and the page's own where the site puts
// one in each page (a <meta http-equiv>, pagePolicy()); contentSecurityPolicy() where the header
// carries the whole policy. Looked up by name so that either design is checked.
const wantedPolicies = [expected[CSP], security.pagePolicy?.([]), security.contentSecurityPolicy?.([])].filter((p) => typeof p === 'string')
const META_IGNORED = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox'])
/** A problem -> the addresses that have it, so one missing header on every address is one line. @type {Map<string, string[]>} */
const problems = new Map()
/** @param {string} path @param {string} text */
const problem = (path, text) => problems.set(text, [...(problems.get(text) ?? []), path])
/** @type {string[]} */
const notes = []

/** Directive name -> sources, from a policy string. @param {string} policy */
function directives(policy) {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  )
}

/**
 * Fetches a path, following up to 5 redirects by hand so each hop shows.
 * @param {string} path
 * @returns {Promise<{ path: string, hops: string[], res: Response | null, body: Buffer, error?: string }>}
 */
async function get(path) {
  const hops = []
  let url = new URL(path, `${root}/`)
  for (let i = 0; i <= 5; i++) {
    let res
    try {
      res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT), headers: { 'accept-encoding': 'gzip, br' } })
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
      return { path, hops, res: null, body: Buffer.alloc(0), error: error instanceof Error ? `${error.message}${cause}` : String(error) }
    }
    const location = res.headers.get('location')
    if (res.status >= 300 && res.status < 400 && location) {
      await res.arrayBuffer().catch(() => undefined)
      url = new URL(location, url)
      hops.push(`${res.status} -> ${url.origin === base.origin ? url.pathname + url.search : url.href}`)
      continue
    }
    return { path, hops, res, body: Buffer.from(await res.arrayBuffer()) }
  }
  return { path, hops, res: null, body: Buffer.alloc(0), error: 'more than 5 redirects' }
}

/** The policies of a page: its header and any <meta http-equiv> in the HTML. @param {Response} res @param {string} html */
function policies(res, html) {
  const found = []
  const header = res.headers.get(CSP)
  if (header) found.push({ where: 'header', policy: header })
  for (const [tag] of html.matchAll(/<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/gi)) {
    const content = /content=(?:"([^"]*)"|'([^']*)')/i.exec(tag)
    if (content)
      found.push({
        where: '<meta>',
        policy: (content[1] ?? content[2] ?? '').replaceAll('&#x27;', "'").replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
      })
  }
  return found
}

/** Checks the policy a browser enforces on one HTML page. @param {string} path @param {Response} res @param {string} html */
function checkPolicy(path, res, html) {
  const found = policies(res, html)
  if (found.length === 0) {
    problem(path, `no Content-Security-Policy (neither header nor <meta>)`)
    return 'missing'
  }
  const all = new Map()
  for (const { where, policy } of found) {
    for (const [name, sources] of directives(policy)) {
      // Browsers ignore these in a <meta> policy: only a header can carry them.
      if (where === '<meta>' && META_IGNORED.has(name)) continue
      all.set(name, [...(all.get(name) ?? []), ...sources])
    }
  }
  const wanted = [...new Set(wantedPolicies.flatMap((p) => [...directives(p).keys()]))]
  const missing = wanted.filter((name) => !all.has(name))
  if (missing.length) problem(path, `the policy lacks ${missing.join(', ')}`)
  const scripts = found.map(({ policy }) => directives(policy)).map((d) => d.get('script-src') ?? d.get('default-src'))
  if (scripts.some((s) => s?.some((v) => /unsafe-(inline|eval)/.test(v)))) problem(path, `the policy allows inline or eval'd script`)
  if (!scripts.some((s) => s && !s.some((v) => v === '*' || v.endsWith(':')))) problem(path, `no policy limits script-src`)
  // An inline stylesheet must pass every policy (header and meta are each enforced).
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  )
  let blocked = 0
  for (const { where, policy } of found) {
    const d = directives(policy)
    const allowed = d.get('style-src-elem') ?? d.get('style-src') ?? d.get('default-src')
    if (!allowed || allowed.includes("'unsafe-inline'")) continue
    const refused = styles.filter((hash) => !allowed.includes(hash))
    if (refused.length) {
      blocked += refused.length
      problem(path, `the ${where} policy blocks ${refused.length} inline stylesheet(s) of the page (a policy from an older build?): ${refused.join(' ')}`)
    }
  }
  const where = found.map((f) => f.where).join(' + ')
  return `${where}, ${all.size} directives${missing.length ? `, missing ${missing.join(', ')}` : ', complete'}; ${styles.length} inline stylesheet(s)${styles.length ? (blocked ? `, ${blocked} blocked` : ', all allowed') : ''}`
}

console.log(`deploy check of ${root} (each request times out after ${TIMEOUT / 1000} s)\n`)

const checks = [
  { path: '/', kind: 'page' },
  { path: '/articles/safety', kind: 'page' },
  { path: '/articles/safety/blood-pressure', kind: 'page' },
  // Every translated edition's home page, from the locale list.
  ...TRANSLATED_LOCALES.map((locale) => ({ path: `/${locale}`, kind: 'page' })),
  { path: null, kind: 'image' }, // the article's og:image
  { path: '/no-such-page-deploy-check', kind: 'missing' },
  { path: '/_headers', kind: 'private' },
]
/** Same-origin stylesheets a page links to. @param {string} html */
function stylesheets(html) {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel=["']?stylesheet\b/i.test(tag))
    .flatMap((tag) => {
      const href = /\bhref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)
      const url = href && new URL((href[1] ?? href[2] ?? href[3] ?? '').replaceAll('&amp;', '&'), `${root}/`)
      return url && url.origin === base.origin ? [url.pathname + url.search] : []
    })
}
/** @type {Set<string>} */
const checkedStylesheets = new Set()
/** @type {Record<string, string> | null} */
let firstHeaders = null
let ogImage = '/og/articles/safety.png'

for (const check of checks) {
  const path = check.path ?? ogImage
  const { hops, res, body, error } = await get(path)
  if (!res) {
    problem(path, error ?? 'no answer')
    console.log(`ERR  ${path}  ${error}`)
    continue
  }
  const type = res.headers.get('content-type') ?? ''
  const encoding = res.headers.get('content-encoding')
  console.log(`${res.status}  ${path}${hops.length ? `  (${hops.join(', ')})` : ''}  ${type}${encoding ? `, ${encoding}` : ''}`)
  const html = type.startsWith('text/html') ? body.toString('utf8') : ''

  if (check.kind === 'page') {
    if (res.status !== 200) problem(path, `answered ${res.status}, expected 200`)
    if (!type.startsWith('text/html')) problem(path, `served as ${type || 'no type'}, expected text/html`)
    if (hops.some((h) => /^30[12378] -> http/.test(h))) problem(path, `redirects to another origin (${hops.join(', ')})`)
    if (res.status === 200) console.log(`     CSP: ${checkPolicy(path, res, html)}`)
    for (const href of stylesheets(html)) {
      if (checkedStylesheets.has(href)) continue
      checkedStylesheets.add(href)
      const sheet = await get(href)
      const sheetType = sheet.res?.headers.get('content-type') ?? ''
      console.log(`     stylesheet ${href}: ${sheet.res ? `${sheet.res.status} ${sheetType}` : sheet.error}`)
      if (sheet.res?.status !== 200 || !sheetType.startsWith('text/css')) problem(href, `the stylesheet of ${path} does not load as text/css`)
    }
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
    if (canonical && path === '/articles/safety') {
      const origin = new URL(canonical).origin
      const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
      if (og) ogImage = new URL(og).pathname
      if (origin !== base.origin) {
        const message = `canonical and link-preview addresses point at ${origin}, not ${base.origin} (was the build's SITE_URL set?)`
        if (/^(localhost|127\.0\.0\.1|\[::1\])$/.test(base.hostname)) notes.push(`${message}: fine for a local test of a build meant for elsewhere`)
        else problem(path, message)
      }
    }
  } else if (check.kind === 'image') {
    if (res.status !== 200 || type !== 'image/png') problem(path, `answered ${res.status} ${type}, expected 200 image/png`)
  } else if (check.kind === 'missing') {
    if (res.status !== 404) problem(path, `answered ${res.status}, expected 404`)
    // Every page of the site, the 404 page included, links to crisis help from its header.
    else if (!html.includes('href="/help"')) problem(path, `the 404 answer is the host's own page, not the site's 404.html (with its link to crisis help)`)
  } else if (check.kind === 'private' && res.status < 300) {
    problem(path, `served to the public (${res.status}); it is host configuration`)
  }

  // The security headers, on every answer (a 404 included).
  /** @type {Record<string, string>} */
  const sent = Object.fromEntries(HEADER_NAMES.flatMap((name) => (res.headers.has(name) ? [[name, /** @type {string} */ (res.headers.get(name))]] : [])))
  const absent = HEADER_NAMES.filter((name) => !(name in sent))
  if (absent.length) problem(path, `no ${absent.join(', ')} header`)
  if (!firstHeaders) {
    firstHeaders = sent
    for (const [name, value] of Object.entries(sent)) console.log(`     ${name}: ${value}`)
    for (const name of absent) console.log(`     ${name}: (absent)`)
  } else {
    const differ = HEADER_NAMES.filter((name) => sent[name] !== firstHeaders?.[name])
    console.log(
      `     security headers: ${differ.length ? `differ from / in ${differ.map((n) => `${n}${n in sent ? '' : ' (absent)'}`).join(', ')}` : 'as on /'}`,
    )
  }
}

for (const note of notes) console.log(`\nnote: ${note}`)
if (problems.size) {
  console.log(`\n${problems.size} problem(s):`)
  for (const [text, paths] of problems) console.log(`  - ${paths.join(', ')}: ${text}`)
  process.exit(1)
}
console.log('\nok: every address answered as expected, with the security headers and a complete policy')
