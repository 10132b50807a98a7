/**
 * `npm run docs:content`: rewrites the field reference in content/README.md from the schemas'
 * descriptions (lib/content-docs.ts). Run it after changing a schema; the unit tests fail while
 * the README and the schemas disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { contentPath } from '../lib/content/files.mjs'
import { withFieldsSection } from '../lib/content/docs'

const file = contentPath('README.md')
const before = readFileSync(file, 'utf8')
const after = withFieldsSection(before)
writeFileSync(file, after)
console.log(before === after ? 'content/README.md is up to date.' : 'Updated the field reference in content/README.md.')
