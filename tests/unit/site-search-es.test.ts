import { describe, expect, it } from 'vitest'
import { localePath } from '@/lib/i18n'
import { glossaryHref, sectionHref } from '@/lib/search/format'
import { SearchClient } from '@/lib/search/query'
import { siteSearchDocs, siteSearchFiles } from '@/lib/search/docs'

/**
 * Spanish patient questions, typed the way people type them (no accents, misspellings, slang),
 * each with the Spanish section a patient needs: it must be in the top 3.
 */
export const CONSULTAS: { query: string; expect: string }[] = [
  { query: 'puedo manejar despues de la ketamina', expect: 'safety#driving' },
  { query: 'cuanto cuesta', expect: 'what-is-ketamine-therapy#cost' },
  { query: 'lo cubre el seguro', expect: 'what-to-expect#cost' },
  { query: 'dolor de vejiga', expect: 'safety#bladder' },
  { query: 'presion arterial alta', expect: 'safety#blood-pressure' },
  { query: 'ketamina para el estres postraumatico', expect: 'conditions#ptsd' },
  { query: 'es adictiva la ketamina', expect: 'safety#misuse' },
  { query: 'embarazo', expect: 'safety#pregnancy' },
  { query: 'lactancia', expect: 'safety#pregnancy' },
  { query: 'cuantas sesiones necesito', expect: 'what-to-expect#schedule' },
  { query: 'como se usa el aerosol nasal', expect: 'how-it-is-given#spravato' },
  { query: 'problemas de memoria', expect: 'safety#memory' },
  { query: 'daño al higado', expect: 'safety#liver' },
  { query: 'cuando llamar al 911', expect: 'safety#when-to-get-help' },
  { query: 'esquetamina', expect: 'glossary:esketamine' },
  { query: 'ketamina intravenosa', expect: 'glossary:ketamine' },
  { query: 'que es la disociacion', expect: 'safety#dissociation' },
  { query: 'alcohol y ketamina', expect: 'safety#interactions' },
  // Las preguntas de una persona nueva (issue 25): las responde una sección, no la definición de una palabra.
  { query: 'es adictiva', expect: 'safety#misuse' },
  { query: 'costo del aerosol nasal', expect: 'what-is-ketamine-therapy#cost' },
  { query: 'puedo manejar a casa', expect: 'what-to-expect#recovery' },
  { query: 'mi clinica de ketamina es confiable', expect: 'finding-care#red-flags' },
  { query: 'ketamina por correo', expect: 'finding-care#telehealth' },
  { query: 'el seguro paga spravato', expect: 'finding-care#insurance' },
]

const files = siteSearchFiles('es')
const client = new SearchClient(async (file) => {
  const text = files.get(file)
  if (text === undefined) throw new Error(`404 ${file}`)
  return JSON.parse(text)
})
const hrefOf = (expected: string) => {
  if (expected.startsWith('glossary:')) return localePath('es', glossaryHref(expected.slice('glossary:'.length)))
  const [slug, id] = expected.split('#') as [string, string | undefined]
  return localePath('es', sectionHref(slug, id ?? null))
}

describe('Spanish search', () => {
  it('indexes the Spanish pages only, each linking into /es', () => {
    const docs = siteSearchDocs('es')
    expect(docs.length).toBeGreaterThan(150)
    for (const d of docs) expect(d.href).toMatch(/^\/es\//)
    for (const { expect: e } of CONSULTAS)
      expect(
        docs.map((d) => d.href),
        e,
      ).toContain(hrefOf(e))
  })

  it.each(CONSULTAS)('"$query" -> $expect', async ({ query, expect: expected }) => {
    const hits = (await client.search(query, { limit: 3 })).results.map((r) => r.href)
    expect(hits).toContain(hrefOf(expected))
  })
})
