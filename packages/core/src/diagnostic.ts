import type { Loc } from './model.js';

export type Severity = 'error' | 'warning' | 'info';

/** A replacement of the text at `loc` by `newText`. */
export interface TextEdit {
  loc: Loc;
  newText: string;
}

/** A mechanical fix an editor can apply (a code action). */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/**
 * The catalog key and arguments a message was written from (see catalog/), so that it can be written again in the
 * project's language once that is known; `suggested` is the id of a did-you-mean suggestion and quick fix.
 */
export interface DiagnosticText {
  key: string;
  args: Record<string, unknown>;
  suggested?: string;
}

/**
 * One shape for every problem ccp reports: syntax (`CCP1xxx`), resolution (`CCP2xxx`), project and I/O
 * (`CCP3xxx`), internal (`CCP9xxx`) and rule findings (the rule id as code). Messages are full sentences that name
 * the thing in quotes; tests assert `code` and `loc`, not the English text.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  loc: Loc;
  /** Other places that explain the finding, e.g. the first declaration of a duplicate id. */
  related?: { message: string; loc: Loc; text?: DiagnosticText }[];
  /** A short hint such as "Did you mean 'agent'?". */
  suggestion?: string;
  fixes?: Fix[];
  /** Machine-readable details for tools, e.g. `{ kind: "role", id: "agnet" }` on an undefined reference. */
  data?: Record<string, string>;
  /** The catalog key of `message`, for localizeDiagnostics (absent on rule findings, written in their language). */
  text?: DiagnosticText;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort diagnostics by file, position, severity and code, so every output format is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.loc.file !== b.loc.file) return a.loc.file < b.loc.file ? -1 : 1;
  if (a.loc.start !== b.loc.start) return a.loc.start - b.loc.start;
  if (a.loc.end !== b.loc.end) return a.loc.end - b.loc.end;
  const s = severityOrder[a.severity] - severityOrder[b.severity];
  if (s !== 0) return s;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(compareDiagnostics);
}

export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
