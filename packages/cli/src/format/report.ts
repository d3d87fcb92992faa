import { countBySeverity, type LocatedDiagnostic, type SourceTexts } from '@ccp/core';

/** What every output format of `ccp check` receives. Diagnostics are sorted; `file` is shown relative to cwd. */
export interface CheckReport {
  diagnostics: (LocatedDiagnostic & { displayFile: string })[];
  texts: SourceTexts;
  /** Absolute project root and current directory, for formats that need URIs. */
  root: string;
  cwd: string;
  summary: { errors: number; warnings: number };
  color: boolean;
  /** The language of the texts around the findings (the summary line). */
  language?: 'en' | 'pl';
}

export function summarize(list: readonly LocatedDiagnostic[]): { errors: number; warnings: number } {
  const { errors, warnings } = countBySeverity(list);
  return { errors, warnings };
}

export type Formatter = (report: CheckReport) => string;
