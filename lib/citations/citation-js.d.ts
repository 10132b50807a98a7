// @citation-js/core 0.8 (the newest release whose engines accept Node 20) ships no types; 0.9
// does, but needs Node 22. This declares the one class lib/citations/references.ts uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown)
    format(style: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string
  }
}
declare module '@citation-js/plugin-csl'
