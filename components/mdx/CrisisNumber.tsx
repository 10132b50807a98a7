import { CRISIS_LINES, splitCrisisNumbers, unbroken } from '@/lib/crisis.mjs'

/**
 * A crisis number in the text: one tap-to-call link whose name is the number itself, so the
 * sentence around it reads once, as written ("call or text 988 now"), to the eye and to a screen
 * reader (WCAG 2.5.3, label in name). Texting has its own labelled action in the boxes that offer
 * help (CrisisActions). Produced by the content pipeline (remark-crisis-links), the glossary and
 * the dictionary's texts; writers just type the number.
 */
export function CrisisNumber({ number }: { number: string }) {
  const line = CRISIS_LINES[number]
  if (!line) throw new Error(`<CrisisNumber number="${number}"> is not a known crisis line. Expected one of: ${Object.keys(CRISIS_LINES).join(', ')}.`)
  return (
    <a href={line.call} className="crisis-call">
      {unbroken(line.number)}
    </a>
  )
}

/** Plain text with its crisis numbers turned into <CrisisNumber> links (glossary, captions). */
export function CrisisText({ text }: { text: string }) {
  return <>{splitCrisisNumbers(text).map((part, i) => ('text' in part ? part.text : <CrisisNumber key={i} number={part.line.number} />))}</>
}
