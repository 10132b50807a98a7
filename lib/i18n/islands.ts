/**
 * The few strings the islands write into the page at run time (announcements, result counts,
 * handout tools), in each language. Kept apart from the page dictionaries so an island bundles
 * a couple of kilobytes, not every page's words. The language is the page's <html lang>.
 */
import { isLocale, localePath, type Locale } from './locales'

const en = {
  copied: (name: string) => `Link to '${name}' copied`,
  copyFailed: (url: string) => `Could not copy. The link is ${url}`,
  readFullEntryFor: (term: string) => `Read the full entry for ${term}`,
  previewClosed: 'Reference preview closed',
  glossaryLoadFailed: 'Search could not load. Check your connection, or use your browser’s Find.',
  glossaryCount: (n: number, q: string) => (n === 0 ? `No terms match “${q}”.` : `${n} ${n === 1 ? 'term matches' : 'terms match'} “${q}”.`),
  definition: 'Definition',
  noResults: (q: string) => `No results for ${q}.`,
  resultCount: (n: number, q: string, shown: number) =>
    n > shown ? `${n} results for ${q}. Showing the best ${shown}.` : `${n} ${n === 1 ? 'result' : 'results'} for ${q}.`,
  tapAgain: 'Tap the number again to go to the reference list.',
  duplicates: (n: number) => `${n} repeated ${n === 1 ? 'section was' : 'sections were'} included once.`,
  searchSite: 'Search this site',
  searchLabel: 'Search articles and the glossary',
  searchExample: 'For example: can I drive after Spravato?',
  close: 'Close',
  searchHint: 'Type a question or a word. Spelling mistakes are fine. Your search stays on this device.',
  results: 'Results',
  allResults: 'See all results on one page',
  searchLoadFailed: 'Search could not load. Check your connection, or see every section on the search page.',
  searchPageLoadFailed: 'Search could not load. Check your connection; every section is listed below.',
  nothingBefore: 'Nothing matches “',
  nothingAfter: '”. Try other words, or one of these:',
  glossaryLink: 'Look up a word in the glossary',
  everyLink: 'See every article and section',
  qr: (title: string) => `QR code: ${title}`,
  ref: (n: number) => `Reference ${n}`,
  refs: (a: number, b: number) => `References ${a}–${b}`,
  handoutCount: (n: number) => (n === 0 ? 'Your handout is empty' : `${n} ${n === 1 ? 'section' : 'sections'} in your handout`),
  handoutUrl: (url: string, date: string) => `This handout online: ${url} · Printed ${date}`,
  handoutLoadFailed: 'Some sections could not load. Check your connection and reload the page.',
  fromArticle: (title: string, reviewed: string) => `From “${title}” · Reviewed ${reviewed}`,
  articleMessage: (title: string) => `The main message of “${title}”`,
  moved: (up: boolean, title: string) => `Moved ${up ? 'up' : 'down'}: ${title}`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  removed: (title: string, left: number) => `Removed: ${title}. ${left} left.`,
  readOnline: 'Read online',
  readOnlineLabel: (title: string) => `Read online: ${title}`,
  full: (max: number) => `A handout holds at most ${max} sections. Remove one first.`,
  added: (title: string, n: number) => `Added: ${title}. ${n} in the handout.`,
  removedFrom: (title: string, n: number) => `Removed: ${title}. ${n} in the handout.`,
  filterCount: (n: number) => (n === 0 ? 'No section titles match.' : `${n} ${n === 1 ? 'section matches' : 'sections match'}.`),
  notFound: (list: string, more: number) => `Not found, so left out: ${list}${more > 0 ? ` and ${more} more` : ''}.`,
  dropped: (max: number, n: number) => `A handout holds at most ${max} sections, so the last ${n} were left out.`,
  redirected: (n: number) => `${n === 1 ? 'One section has' : `${n} sections have`} a new address; the handout uses it.`,
}

export type IslandStrings = typeof en

const es: IslandStrings = {
  copied: (name) => `Se copió el enlace a «${name}»`,
  copyFailed: (url) => `No se pudo copiar. El enlace es ${url}`,
  readFullEntryFor: (term) => `Leer la definición completa de ${term}`,
  previewClosed: 'Se cerró la vista previa de la referencia',
  glossaryLoadFailed: 'No se pudo cargar la búsqueda. Revise su conexión o use la opción Buscar de su navegador.',
  glossaryCount: (n, q) => (n === 0 ? `Ninguna palabra coincide con “${q}”.` : `${n} ${n === 1 ? 'palabra coincide' : 'palabras coinciden'} con “${q}”.`),
  definition: 'Definición',
  noResults: (q) => `No hay resultados para ${q}.`,
  resultCount: (n, q, shown) =>
    n > shown ? `${n} resultados para ${q}. Se muestran los ${shown} mejores.` : `${n} ${n === 1 ? 'resultado' : 'resultados'} para ${q}.`,
  tapAgain: 'Toque el número otra vez para ir a la lista de referencias.',
  duplicates: (n) => `${n === 1 ? 'Una sección repetida se incluyó' : `${n} secciones repetidas se incluyeron`} una sola vez.`,
  searchSite: 'Buscar en este sitio',
  searchLabel: 'Buscar en los artículos y el glosario',
  searchExample: 'Por ejemplo: ¿puedo manejar después de Spravato?',
  close: 'Cerrar',
  searchHint: 'Escriba una pregunta o una palabra. No importan los errores de ortografía. Su búsqueda se queda en este dispositivo.',
  results: 'Resultados',
  allResults: 'Ver todos los resultados en una página',
  searchLoadFailed: 'No se pudo cargar la búsqueda. Revise su conexión, o vea todas las secciones en la página de búsqueda.',
  searchPageLoadFailed: 'No se pudo cargar la búsqueda. Revise su conexión; todas las secciones están abajo.',
  nothingBefore: 'Nada coincide con “',
  nothingAfter: '”. Pruebe otras palabras, o una de estas:',
  glossaryLink: 'Buscar una palabra en el glosario',
  everyLink: 'Ver todos los artículos y secciones',
  qr: (title) => `Código QR: ${title}`,
  ref: (n) => `Referencia ${n}`,
  refs: (a, b) => `Referencias ${a}–${b}`,
  handoutCount: (n) => (n === 0 ? 'Su hoja está vacía' : `${n} ${n === 1 ? 'sección' : 'secciones'} en su hoja`),
  handoutUrl: (url, date) => `Esta hoja en línea: ${url} · Impresa el ${date}`,
  handoutLoadFailed: 'Algunas secciones no se pudieron cargar. Revise su conexión y vuelva a cargar la página.',
  fromArticle: (title, reviewed) => `De «${title}» · Revisado el ${reviewed}`,
  articleMessage: (title) => `El mensaje principal de «${title}»`,
  moved: (up, title) => `Se movió ${up ? 'hacia arriba' : 'hacia abajo'}: ${title}`,
  moveUp: 'Subir',
  moveDown: 'Bajar',
  remove: 'Quitar',
  removed: (title, left) => `Se quitó: ${title}. Quedan ${left}.`,
  readOnline: 'Leer en línea',
  readOnlineLabel: (title) => `Leer en línea: ${title}`,
  full: (max) => `Una hoja tiene como máximo ${max} secciones. Quite una primero.`,
  added: (title, n) => `Se añadió: ${title}. ${n} en la hoja.`,
  removedFrom: (title, n) => `Se quitó: ${title}. ${n} en la hoja.`,
  filterCount: (n) => (n === 0 ? 'Ningún título coincide.' : `${n} ${n === 1 ? 'sección coincide' : 'secciones coinciden'}.`),
  notFound: (list, more) => `No se encontraron y se dejaron fuera: ${list}${more > 0 ? ` y ${more} más` : ''}.`,
  dropped: (max, n) => `Una hoja tiene como máximo ${max} secciones, así que se dejaron fuera las últimas ${n}.`,
  redirected: (n) => `${n === 1 ? 'Una sección tiene' : `${n} secciones tienen`} una dirección nueva; la hoja la usa.`,
}

/** The page's language, from <html lang>. */
export function pageLocale(): Locale {
  const lang = document.documentElement.lang.slice(0, 2)
  return isLocale(lang) ? lang : 'en'
}

export function islandStrings(locale: Locale = pageLocale()): IslandStrings {
  return locale === 'es' ? es : en
}

/** A site path in the page's language: '/glossary' -> '/es/glossary' on a Spanish page. */
export const sitePath = (path: string) => localePath(pageLocale(), path)

export const dateText = (date: Date) => date.toLocaleDateString(pageLocale() === 'es' ? 'es-US' : 'en-US', { year: 'numeric', month: 'long', day: 'numeric' })
