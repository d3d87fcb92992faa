import type { Severity } from '@ccp/core';
import { ciPath } from './ci-paths.js';
import type { Formatter } from './report.js';
import { terminalSafeButLineEnds } from './terminal-safe.js';

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Escapes a workflow command's message (its data): `%`, CR and LF, as GitHub's runner unescapes them. The line is
 * also read in the job's log (which shows ANSI sequences) and in a terminal when run locally, so other control
 * characters (ESC, BEL, C1, bidi overrides) from .ccp text and file names become visible escapes such as `\x1b`.
 */
export function escapeData(s: string): string {
  return terminalSafeButLineEnds(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one line per finding, which the runner shows as annotations on the pull
 * request's diff: `::error file=<path>,line=<n>,col=<n>,endLine=<n>,endColumn=<n>,title=<rule id>::<message>`.
 * Warnings use `::warning`, infos `::notice`. Paths are relative to the current directory (run ccp from the
 * repository root). The suggestion and related places follow the message on their own lines. Nothing is printed
 * when there are no findings.
 */
export const github: Formatter = (report) => {
  const out: string[] = [];
  for (const d of report.diagnostics) {
    const props = [
      `file=${escapeProperty(ciPath(report, d.loc.file))}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${escapeProperty(d.code)}`,
    ].join(',');
    const lines = [d.message];
    if (d.suggestion) lines.push(d.suggestion);
    for (const r of d.related ?? []) {
      const p = report.texts.index(r.loc.file).position(r.loc.start);
      lines.push(`${r.message} (${ciPath(report, r.loc.file)}:${p.line}:${p.column})`);
    }
    out.push(`::${commands[d.severity]} ${props}::${escapeData(lines.join('\n'))}`);
  }
  return out.length ? out.join('\n') + '\n' : '';
};
