/**
 * Schema issues as problems an editor can act on: the field, what is wrong, what was expected and
 * the fix. The schemas' own messages read "expected X, got Y" (lib/content/schemas/fields.ts);
 * this splits them for the report, and turns a misspelt field name into one problem.
 */
import type { z } from 'zod'
import { closest, didYouMean } from './problems.mjs'

type Issue = z.core.$ZodIssue

/** One schema issue as a problem: the field, what is wrong, what was expected, the fix. */
export interface IssueProblem {
  path: (string | number)[]
  reason: string
  expected?: string
  fix: string
}

/** Turns zod issues into problems an editor can act on. `allowed`: the valid field names at the top level. */
export function issueProblems(issues: Issue[], allowed: readonly string[] = []): IssueProblem[] {
  // A misspelt field name is one mistake: report the unknown field (with "did you mean") and not
  // also the required field it was meant to be.
  const unknownKeys = issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ parent: issue.path.join('.'), key })) : []))
  const misspelt = (path: PropertyKey[]) => {
    const field = String(path.at(-1))
    const parent = path.slice(0, -1).join('.')
    return unknownKeys.some((u) => u.parent === parent && closest(u.key, [field]) !== null)
  }
  return issues.flatMap((issue): IssueProblem[] => {
    if (issue.code !== 'unrecognized_keys' && issue.input === undefined && issue.path.length && misspelt(issue.path)) return []
    const at = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...at, key],
        reason: `${[...at, key].join('.')}: unknown field.`,
        expected: at.length === 0 && allowed.length ? `one of the fields ${allowed.join(', ')}` : 'one of the fields in content/README.md',
        fix: `${at.length === 0 ? didYouMean(key, allowed) : ''}Correct the spelling or remove the field.`,
      }))
    }
    const field = at.length ? at.join('.') : '(file)'
    const text = issue.message
    // Our schema messages read "expected X, got Y" or "expected X"; split them for the report.
    const match = /^expected (.+?)(?:(?:, got |; got )(.+))?$/s.exec(text)
    // zod leaves the input out of its issues, so a value of the wrong type ("order: three") has no
    // input either: our messages say what they got, and only "nothing" means the field is missing.
    const got = match?.[2]
    const missing = issue.code === 'invalid_type' && issue.input === undefined && (got === undefined || got.startsWith('nothing'))
    if (missing) {
      const expected = match ? match[1]!.replace(/, got nothing \(the field is missing\)$/, '') : undefined
      return [
        {
          path: at,
          reason: `${field}: is required; ${expected ? `expected ${expected}` : text}.`,
          expected,
          fix: `add ${field}${expected ? ` (${expected})` : ''}.`,
        },
      ]
    }
    const expected = match?.[1]
    // A refinement that knows the fix better than "change X to Y" says it in params.fix.
    const own = issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined
    const fix = typeof own === 'string' ? own : expected ? `change ${field} to ${expected}.` : `correct ${field}.`
    return [{ path: at, reason: `${field}: ${text}.`.replace(/\.\.$/, '.'), expected, fix }]
  })
}
