// @ts-check
// The post-build step's handout data (scripts/postbuild.mjs): one JSON file per section of every
// article in every language, the contract the handout island reads (HandoutSection in
// lib/handout.ts; written by lib/build/handout-writer.ts).
//
// The writer is TypeScript: it shares the contract's types, the locale list and the section keys
// with the island and the pages. The post-build step runs on plain Node (20 cannot load
// TypeScript), so tsx loads the writer here.
import { statSync } from 'node:fs'
import { tsImport } from 'tsx/esm/api'

/**
 * Writes the handout's data files into the export folder `out`, and says how many and how large.
 * @param {string} out
 */
export async function writeHandoutData(out) {
  /** @type {typeof import('./handout-writer')} */
  const { writeHandoutFiles } = await tsImport('./handout-writer.ts', import.meta.url)
  const { files, bytes } = writeHandoutFiles(out)
  const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(0)} KB`
  const largest = Math.max(0, ...files.map((f) => statSync(f).size))
  console.log(
    `post-build: ${files.length} handout data files (handout/sections/<slug>/<id>.json in each language), ${kb(bytes)}: ${kb(bytes / (files.length || 1))} on average, ${kb(largest)} the largest`,
  )
}
