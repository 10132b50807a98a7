/**
 * Writes every language's search index (lib/search/format.ts) as static files, at the addresses
 * the pages fetch: <root>/search/index/ for the default language, <root>/<locale>/search/index/
 * for the others. The post-build step runs it on out/ (scripts/postbuild.mjs), `npm run dev` on
 * public/ (scripts/dev.mjs). Each folder is emptied first, so no file of an older index lingers.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LOCALES, localePath } from '../i18n/locales'
import { siteSearchFiles } from './docs'

export function writeSearchIndex(root: string): { dir: string; files: number; bytes: number }[] {
  return LOCALES.map((locale) => {
    const dir = path.join(root, localePath(locale, '/search/index'))
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    let bytes = 0
    const files = siteSearchFiles(locale)
    for (const [name, text] of files) {
      writeFileSync(path.join(dir, name), text)
      bytes += Buffer.byteLength(text)
    }
    return { dir, files: files.size, bytes }
  })
}
