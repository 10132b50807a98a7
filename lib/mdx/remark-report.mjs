// @ts-check
// The last remark plugin of the build. The plugins before it record every problem they find with
// file.message (lib/problems.mjs) instead of stopping at the first; this turns them into one
// error, so a content mistake fails `next build` and shows in `next dev`'s error overlay as one
// readable message (file:line:column, what was expected, the fix). The content check runs the
// same plugins without this one and reports the problems itself.
import { formatProblems } from '../problems.mjs'

/** The overlay shows lines as they are, without wrapping: keep them about this wide. */
const OVERLAY_WIDTH = 100

class ContentProblem extends Error {
  /** @param {import('vfile-message').VFileMessage[]} messages the problems, each fatal */
  constructor(messages) {
    const text = `\n${formatProblems(messages, { width: OVERLAY_WIDTH })}\n\nSee content/README.md, or run npm run check:content for every file.`
    super(text)
    this.name = 'Content problem'
    this.messages = messages
    // @mdx-js/loader rewrites `message` to "<file>:<name>: <message>", repeating the place the
    // report already names, and the stack would add a dozen lines of unified internals: neither
    // helps an editor, so the message is fixed and the stack is the message alone.
    Object.defineProperty(this, 'message', { get: () => text, set: () => {}, enumerable: false, configurable: true })
    this.stack = `${this.name}: ${text}`
  }
}

export default function remarkReport() {
  return (/** @type {unknown} */ _tree, /** @type {import('vfile').VFile} */ file) => {
    const problems = file.messages.filter((m) => m.fatal)
    if (problems.length) throw new ContentProblem(problems)
  }
}
