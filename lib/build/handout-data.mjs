// @ts-check
// The post-build step's handout data (scripts/postbuild.mjs): one JSON file per section of every
// article in every language, the contract the handout island reads (HandoutSection in
// lib/handout.ts; written by lib/build/handout-writer.ts).
//
// The writer is TypeScript: it shares the contract's types, the locale list and the section keys
// with the island and the pages. The post-build step runs on plain Node (20 cannot load
// TypeScript), so tsx loads the writer here.
import { relative } from 'node:path'
import { tsImport } from 'tsx/esm/api'

/**
 * Writes the handout's data files into the export folder `out`, and says how many and how large.
 * @param {string} out
 */
export async function writeHandoutData(out) {
  /** @type {typeof import('./handout-writer')} */
  const { writeHandoutFiles } = await tsImport('./handout-writer.ts', import.meta.url)
  const { files, bytes } = writeHandoutFiles(out)
  const average = files.length ? Math.round(bytes / files.length / 1024) : 0
  console.log(
    `post-build: ${files.length} handout data files (${relative(out, files[0] ?? out)}, ...), ${Math.round(bytes / 1024)} KB, ${average} KB each on average`,
  )
}
