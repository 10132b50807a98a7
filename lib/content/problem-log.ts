/**
 * Every problem of one run, collected instead of thrown: the loaders and every step of the content
 * check add to one ProblemLog, and lib/content/problems.mjs prints them. A loader called without
 * a log makes its own and throws ContentProblems with all it found (pages, scripts, tests).
 */
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { ContentProblems, report } from './problems.mjs'
import { displayPath } from './files.mjs'
import type { Settings } from './schemas/settings'

export interface ProblemPlace {
  line?: number
  column?: number
  expected?: string
  fix?: string
  ruleId?: string
}

/** What a content rule found: the place, what is wrong, what was expected and the fix. */
export interface Finding extends ProblemPlace {
  reason: string
}

/** Every problem of one run, one vfile per file: the unified way to collect messages. */
export class ProblemLog {
  private readonly files = new Map<string, VFile>()

  /** The vfile of one file, by path (shown relative to the project, as in every message). */
  file(filePath: string): VFile {
    const shown = displayPath(filePath)
    let file = this.files.get(shown)
    if (!file) {
      file = new VFile({ path: shown })
      this.files.set(shown, file)
    }
    return file
  }

  add(filePath: string, reason: string, place: ProblemPlace = {}): VFileMessage {
    const { line, column, ...rest } = place
    return report(this.file(filePath), reason, { ...rest, place: line ? { line, column: column ?? 1 } : undefined })
  }

  /** Adds what a rule found, each at its place. */
  addAll(filePath: string, findings: Finding[]): void {
    for (const { reason, ...place } of findings) this.add(filePath, reason, place)
  }

  /** Adds the problems a remark run recorded on its own vfile. */
  adopt(file: VFile): void {
    const own = this.file(file.path)
    for (const message of file.messages) {
      if (!message.fatal) continue
      message.file = own.path
      own.messages.push(message)
    }
  }

  get messages(): VFileMessage[] {
    return [...this.files.values()].flatMap((f) => f.messages.filter((m) => m.fatal === true))
  }

  /** Problems in one file (by path), for rules that skip a file that already failed; every problem without a path. */
  count(filePath?: string): number {
    if (filePath === undefined) return this.messages.length
    return this.files.get(displayPath(filePath))?.messages.filter((m) => m.fatal === true).length ?? 0
  }

  throwIfAny(): void {
    if (this.count()) throw new ContentProblems(this.messages)
  }
}

export interface LoadOptions {
  /** Collects problems instead of throwing. */
  log?: ProblemLog
  /** Settings to check against; null when the settings file itself failed (its limits are then not checked). */
  settings?: Settings | null
}

/** Runs a loader with the caller's log, or with its own that throws ContentProblems at the end. */
export function withLog<T>(options: { log?: ProblemLog }, run: (log: ProblemLog) => T): T {
  const log = options.log ?? new ProblemLog()
  const result = run(log)
  if (!options.log) log.throwIfAny()
  return result
}
