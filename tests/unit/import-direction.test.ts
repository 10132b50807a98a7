// @vitest-environment node
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The project's own ESLint config, run on small files that exist only in memory: proves that
// `npm run lint` fails when lib/ imports from components/ (import/no-restricted-paths).
const eslint = new ESLint()
const RULE = 'import/no-restricted-paths'

async function restrictedImports(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.line)
}

describe('lib/ never imports from components/', () => {
  it('fails lint for an import through the @/ alias and through a relative path, types included', async () => {
    const code = [
      "import type { ReactNode } from 'react'",
      "import { Cite } from '@/components/mdx/Cite'",
      "import { Evidence } from '../components/mdx/Evidence'",
      "import type { CiteProps } from '@/components/mdx/Cite'",
      'export const parts: unknown[] = [Cite, Evidence]',
      'export type P = CiteProps & { children?: ReactNode }',
      '',
    ].join('\n')
    expect(await restrictedImports(code, 'lib/__probe.ts')).toEqual([2, 3, 4])
    // The plain JavaScript modules of lib/ (the remark plugins) are held to it too.
    expect(await restrictedImports("import { Cite } from '../../components/mdx/Cite'\nexport default Cite\n", 'lib/mdx/__probe.mjs')).toEqual([1])
  }, 180_000)

  it('allows the other direction, and lib/ importing lib/', async () => {
    expect(await restrictedImports("import { getGlossary } from '@/lib/content'\nexport const g = getGlossary\n", 'components/__probe.ts')).toEqual([])
    expect(await restrictedImports("import { fold } from './text'\nexport const f = fold\n", 'lib/__probe.ts')).toEqual([])
  }, 180_000)
})
