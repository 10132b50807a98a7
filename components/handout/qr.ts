/**
 * The handout's QR codes, drawn on the device (uqr, loaded on first use; no network), and the
 * printed address under each.
 */
import { qrPath } from '@/lib/handout'
import { islandStrings } from '@/lib/i18n/islands'
import { el } from './dom'

const SVG = 'http://www.w3.org/2000/svg'

/** A QR code as an SVG image named for screen readers ("QR code: <question>"). */
export async function qrCode(url: string, title: string): Promise<SVGSVGElement> {
  const { encode } = await import('uqr')
  const qr = encode(url, { ecc: 'M', border: 2 })
  const svg = document.createElementNS(SVG, 'svg')
  svg.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`)
  svg.setAttribute('role', 'img')
  svg.setAttribute('aria-label', islandStrings().qr(title))
  svg.setAttribute('shape-rendering', 'crispEdges')
  svg.setAttribute('class', 'handout-qr-code')
  const back = document.createElementNS(SVG, 'rect')
  back.setAttribute('width', String(qr.size))
  back.setAttribute('height', String(qr.size))
  back.setAttribute('fill', '#fff')
  const path = document.createElementNS(SVG, 'path')
  path.setAttribute('d', qrPath(qr.data))
  path.setAttribute('fill', '#000')
  svg.append(back, path)
  return svg
}

/**
 * A printed address that wraps between words, never inside one: after a slash (a <wbr>), or after
 * a hyphen. On paper each short part of the path is kept whole (a span, app/print.css), so the
 * address breaks after a slash where it can ("example.org/articles/" "safety/blood-pressure").
 */
export function addressParts(url: string): Node[] {
  return url
    .replace(/^https?:\/\//, '')
    .split(/(?<=\/)/)
    .flatMap((part, i) => [...(i > 0 ? [document.createElement('wbr')] : []), part.length <= 24 ? el('span', undefined, part) : document.createTextNode(part)])
}
