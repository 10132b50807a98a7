// @ts-check
// The post-build step's page transform: takes one exported HTML page and removes the framework
// runtime, so the page carries only our own island modules and JSON-LD. Pure (string in, string
// out) so the unit tests pin exactly what is kept and what is removed.
//
// The transform also writes the page's own security policy into it (a <meta http-equiv>, with the
// hashes of its inline stylesheets; lib/build/security-headers.mjs), so no host config has to know them.
//
// Why a post-build step: Next.js has no switch for zero-JavaScript app-router pages (vercel/next.js
// issues 45009, 34063, 5054). Every page here is prerendered and reads fully without JavaScript;
// the runtime (React, the router, the inline RSC payload) would only hydrate what never changes.
import { createHash } from 'node:crypto'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { pagePolicy } from './security-headers.mjs'

/** Our island modules are published under this path (scripts/islands.mjs). */
const ISLAND_PREFIX = '/islands/'

/**
 * @typedef {import('hast').Element} Element
 * @typedef {import('hast').Root} Root
 * @typedef {{ html: string, styleHashes: string[], policy: string, removedScripts: number, problems: string[] }} PageResult
 */

/** @param {Element} node */
const isOurModule = (node) => node.properties.type === 'module' && typeof node.properties.src === 'string' && node.properties.src.startsWith(ISLAND_PREFIX)

/** @param {Element} node */
const isJsonLd = (node) => node.properties.type === 'application/ld+json' && !node.properties.src

/** @param {Element} node a <link> that preloads a script (modulepreload, or preload as=script) */
function isScriptPreload(node) {
  const rel = [node.properties.rel ?? []].flat().map(String)
  return rel.includes('modulepreload') || (rel.includes('preload') && node.properties.as === 'script')
}

/** @param {Element} node a <meta http-equiv="Content-Security-Policy"> */
const isPolicyMeta = (node) => node.tagName === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy'

/**
 * @param {import('hast').ElementContent} node
 * @returns {string}
 */
const textOf = (node) => ('children' in node ? node.children.map((c) => (c.type === 'text' ? c.value : textOf(c))).join('') : '')

/**
 * Removes every script but our island modules and JSON-LD, every script preload, and HTML
 * comments (React's text separators). Writes the page's policy, with the sha256 of each of its
 * inline <style> elements, as a <meta http-equiv="Content-Security-Policy"> right after
 * <meta charset> (a policy governs only what follows it; any older one is replaced). Returns the
 * hashes, the policy, and problems a page must not have: a `style` attribute or an inline event
 * handler (the CSP refuses both, so the page would silently lose them).
 * @param {string} input
 * @returns {PageResult}
 */
export function stripRuntime(input) {
  /** @type {string[]} */
  const styleHashes = []
  /** @type {string[]} */
  const problems = []
  let removedScripts = 0
  let policy = ''
  const processor = unified()
    .use(rehypeParse)
    .use(() => (/** @type {Root} */ tree) => {
      visit(tree, (node, index, parent) => {
        if (node.type === 'comment' && parent && index !== undefined) {
          parent.children.splice(index, 1)
          return [SKIP, index]
        }
        if (node.type !== 'element') return
        const remove =
          (node.tagName === 'script' && !isOurModule(node) && !isJsonLd(node)) || (node.tagName === 'link' && isScriptPreload(node)) || isPolicyMeta(node)
        if (remove && parent && index !== undefined) {
          if (node.tagName === 'script') removedScripts++
          parent.children.splice(index, 1)
          return [SKIP, index]
        }
        if (node.tagName === 'style') {
          // The stylesheet's own address is not needed once it is inlined.
          delete node.properties.dataHref
          delete node.properties.dataPrecedence
          styleHashes.push(createHash('sha256').update(textOf(node)).digest('base64'))
        }
        if (node.properties.style !== undefined) problems.push(`<${node.tagName}> has a style attribute (the CSP blocks it: use a class)`)
        for (const name of Object.keys(node.properties)) {
          if (/^on[A-Z]/.test(name)) problems.push(`<${node.tagName}> has an inline ${name} handler (the CSP blocks it: use an island)`)
        }
        return undefined
      })
      policy = pagePolicy(styleHashes)
      /** @type {Element} */
      const meta = { type: 'element', tagName: 'meta', properties: { httpEquiv: ['Content-Security-Policy'], content: policy }, children: [] }
      let head = /** @type {Element | undefined} */ (undefined)
      visit(tree, 'element', (node) => {
        if (node.tagName !== 'head') return undefined
        head = node
        return false
      })
      if (!head) {
        problems.push('no <head> for the page policy')
        return
      }
      const { children } = /** @type {Element} */ (head)
      const charset = children.findIndex((c) => c.type === 'element' && c.tagName === 'meta' && c.properties.charSet !== undefined)
      children.splice(charset + 1, 0, meta)
    })
    .use(rehypeStringify, { upperDoctype: true })
  const html = String(processor.processSync(input))
  return { html, styleHashes, policy, removedScripts, problems }
}

/**
 * What a page may still load after the transform: our island modules and JSON-LD only. Returns a
 * description of each other script or script preload found (empty when the page is clean).
 * Used by the post-build step as a final check and by the end-to-end tests.
 * @param {string} html
 * @returns {string[]}
 */
export function foreignScripts(html) {
  /** @type {string[]} */
  const found = []
  const tree = unified().use(rehypeParse).parse(html)
  visit(tree, 'element', (node) => {
    if (node.tagName === 'script' && !isOurModule(node) && !isJsonLd(node)) {
      found.push(node.properties.src ? `script ${node.properties.src}` : `inline script: ${textOf(node).slice(0, 60)}`)
    }
    if (node.tagName === 'link' && isScriptPreload(node)) found.push(`preload ${node.properties.href}`)
  })
  return found
}
