/**
 * The browser boundary: every module an island bundles (from esbuild's own dependency graph) is on
 * eslint.config.mjs's BROWSER_MODULES list, whose files ESLint keeps free of Node, React, Next and
 * the content loaders. A new module reached from an island fails here until it is marked there.
 */
import { readdirSync } from 'node:fs'
import * as esbuild from 'esbuild'
import { describe, expect, it } from 'vitest'
import { BROWSER_MODULES } from '../../eslint.config.mjs'

/** '*' within one folder, as the list uses it. */
const matches = (file: string, glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(file)

describe('browser modules', () => {
  it('every module the islands bundle is marked as browser code', async () => {
    const entryPoints = readdirSync('components/islands')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `components/islands/${f}`)
    const result = await esbuild.build({
      entryPoints,
      bundle: true,
      write: false,
      format: 'esm',
      splitting: true,
      outdir: 'islands-check',
      metafile: true,
      alias: { '@island/strings': './content/en/strings.ts' },
      logLevel: 'silent',
    })
    const ours = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/') && !f.startsWith('content/'))
    expect(ours.length).toBeGreaterThan(10)
    expect(ours.filter((f) => !BROWSER_MODULES.some((g) => matches(f, g)))).toEqual([])
  })
})
