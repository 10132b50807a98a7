/** Address helpers with no imports, shared by the pages and the islands. */

/**
 * A site path under a language's prefix ('' for the default): ('/es', '/glossary') -> '/es/glossary'.
 * Plain string work, so the islands share it without any language's strings.
 */
export function prefixPath(prefix: string, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (!prefix) return clean
  if (clean === '/') return prefix
  // Keep a query or fragment on the home page: '/?x' -> '/es?x', '/#a' -> '/es#a'.
  if (/^\/[?#]/.test(clean)) return `${prefix}${clean.slice(1)}`
  return `${prefix}${clean}`
}
