// @ts-check
// The server behind `npm start`: serves the static export (out/) the way a static host does,
// with the headers from out/_headers (written by the post-build step from lib/build/security-headers.mjs),
// clean URLs (/articles/safety and /articles/safety/ -> articles/safety/index.html, both answered
// directly: no redirect, so no loop), a real 404 page, correct content types
// (sirv) and gzip/brotli compression (the `compression` middleware).
//
// Safety: sirv in production mode indexes the folder's files once at start-up and answers only
// paths in that index, so no request can reach a file outside the folder. On top of that, a
// request whose path cannot be decoded, or that contains a `..` segment or an encoded slash or
// backslash, is answered 404 before any lookup.
import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'
import compression from 'compression'
import { editionsWithNotFound } from './static-layout.mjs'
import sirv from 'sirv'
import { parseHeadersFile } from './security-headers.mjs'

/** Files of the export that are configuration for a host, never content. */
const PRIVATE = new Set(['/_headers', '/_redirects'])

/**
 * Is this raw request path one a static host should answer from the folder?
 * @param {string} rawPath the path part of req.url, still percent-encoded
 */
export function isSafePath(rawPath) {
  if (/%2f|%5c/i.test(rawPath) || rawPath.includes('\\')) return false
  let decoded
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return false
  }
  if (decoded.includes('\0')) return false
  return !decoded.split('/').some((segment) => segment === '..' || segment === '.')
}

/**
 * @param {{ root: string }} options
 * @returns {http.Server}
 */
export function createStaticServer({ root }) {
  const headersFile = join(root, '_headers')
  const headers = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : {}
  const notFoundFile = join(root, '404.html')
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('<!doctype html><title>Not found</title><h1>Not found</h1>')
  // A translated edition's own not-found page (es/404.html), served for a missing address under it.
  /** @type {Map<string, Buffer>} */
  const editionNotFound = new Map()
  for (const edition of editionsWithNotFound(root)) editionNotFound.set(`/${edition}/`, readFileSync(join(root, edition, '404.html')))

  /** @param {http.ServerResponse} res @param {string} [path] the address asked for */
  const sendNotFound = (res, path = '/') => {
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Cache-Control', 'no-cache')
    const prefix = [...editionNotFound.keys()].find((p) => path.startsWith(p) || `${path}/` === p)
    res.end(prefix ? editionNotFound.get(prefix) : notFound)
  }
  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    // Pages and islands are revalidated (ETag) on every visit, so an update shows at once.
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    onNoMatch: (req, res) => sendNotFound(res, (req.url ?? '/').split('?')[0]),
  })
  const compress = compression()

  return http.createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/'
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405
      res.setHeader('Allow', 'GET, HEAD')
      res.end()
      return
    }
    // @ts-expect-error compression's types expect Express's request; plain node:http works.
    compress(req, res, () => {
      if (!isSafePath(rawPath) || PRIVATE.has(rawPath)) return sendNotFound(res, rawPath)
      files(req, res)
    })
  })
}
