import { messagesFor } from '@ccp/checker';
import { sayIn } from '@ccp/core';
import type { CheckReport, Formatter } from './report.js';
import { terminalSafe } from './terminal-safe.js';

const ansi = (on: boolean) => ({
  red: (s: string) => (on ? `\x1b[31m${s}\x1b[39m` : s),
  yellow: (s: string) => (on ? `\x1b[33m${s}\x1b[39m` : s),
  dim: (s: string) => (on ? `\x1b[2m${s}\x1b[22m` : s),
  bold: (s: string) => (on ? `\x1b[1m${s}\x1b[22m` : s),
  cyan: (s: string) => (on ? `\x1b[36m${s}\x1b[39m` : s),
});

/** Two lines of context, the line itself, and a caret line under the range (tabs kept so carets line up). */
export function codeFrame(report: CheckReport, file: string, line: number, column: number, endLine: number, endColumn: number): string {
  const index = report.texts.index(file);
  if (!report.texts.get(file)) return '';
  const c = ansi(report.color);
  const out: string[] = [];
  const width = String(line).length;
  for (let l = Math.max(1, line - 1); l <= line; l++) {
    const text = index.lineText(l);
    if (text.length > 300) continue;
    out.push(`${l === line ? c.red('>') : ' '} ${c.dim(String(l).padStart(width))} | ${terminalSafe(text)}`);
  }
  const text = index.lineText(line);
  if (text.length <= 300) {
    const prefix = terminalSafe(text.slice(0, column - 1)).replace(/[^\t]/g, ' ');
    const len = Math.max(1, (endLine === line ? endColumn : text.length + 1) - column);
    out.push(`  ${' '.repeat(width)} | ${prefix}${c.red('^'.repeat(Math.min(len, Math.max(1, text.length - column + 2))))}`);
  }
  return out.join('\n');
}

/** Findings grouped by file, each with file:line:col, severity, message, rule id and a code frame; then a summary. */
export const stylish: Formatter = (report) => {
  const c = ansi(report.color);
  const out: string[] = [];
  let current: string | undefined;
  for (const d of report.diagnostics) {
    if (d.displayFile !== current) {
      if (current !== undefined) out.push('');
      current = d.displayFile;
      out.push(c.bold(c.cyan(terminalSafe(current))));
    }
    const word = sayIn(report.language, 'severity', { severity: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info' });
    const sev = d.severity === 'error' ? c.red(word) : c.yellow(word);
    out.push(`${terminalSafe(d.displayFile)}:${d.line}:${d.column}  ${sev}  ${terminalSafe(d.message)}  ${c.dim(d.code)}`);
    const frame = codeFrame(report, d.loc.file, d.line, d.column, d.endLine, d.endColumn);
    if (frame) out.push(frame);
    for (const r of d.related ?? []) {
      const p = report.texts.index(r.loc.file).position(r.loc.start);
      out.push(`    ${c.dim(terminalSafe(`${r.message} (${relatedFile(report, d, r.loc.file)}:${p.line}:${p.column})`))}`);
    }
  }
  const { errors, warnings } = report.summary;
  if (out.length) out.push('');
  // the files read, and any other file a finding is about (a .ccp file no import reaches): every file the list names
  const named = new Set(report.texts.files());
  for (const d of report.diagnostics) named.add(d.loc.file);
  const files = named.size;
  const t = messagesFor(report.language);
  const line = errors + warnings === 0 ? t.noProblems({ files }) : t.summary({ errors, warnings, files });
  out.push(errors ? c.red(c.bold(line)) : warnings ? c.yellow(c.bold(line)) : c.bold(line));
  return out.join('\n') + '\n';
};

function relatedFile(report: CheckReport, d: CheckReport['diagnostics'][number], file: string): string {
  if (file === d.loc.file) return d.displayFile;
  const same = report.diagnostics.find((x) => x.loc.file === file);
  return same ? same.displayFile : file;
}
