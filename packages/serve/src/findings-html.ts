import { posix } from 'node:path';
import type { Diagnostic, SourceTexts } from '@ccp/core';
import type { DocWords } from '@ccp/generators/docs';
import { escapeHtml } from './html.js';
import type { ServeWords } from './serve-words.js';

/** Findings shown on the page; `ccp check` lists the rest. */
export const MAX_SHOWN_FINDINGS = 500;

export interface FindingsInput {
  diagnostics: readonly Diagnostic[];
  texts: SourceTexts;
  /** Absolute project root (posix), for the `vscode://file/` links. */
  root: string;
  /** HTML of the link to the element each finding is about, by the finding's index (from the docs' templates). */
  targets?: readonly string[];
  words: DocWords;
  serve: ServeWords;
}

/** `vscode://file/<absolute path>:line:col`, which VS Code opens at that place. */
export function editorLink(root: string, file: string, line: number, column: number): string {
  return `vscode://file${encodeURI(posix.join(root, file)).replace(/[?#]/g, encodeURIComponent)}:${line}:${column}`;
}

/** The finding's lines: the one before, its own lines (at most three) with a caret line under the first. */
function sourceLines(texts: SourceTexts, d: Diagnostic, line: number, column: number, endLine: number, endColumn: number): string {
  const index = texts.index(d.loc.file);
  if (texts.get(d.loc.file) === undefined) return '';
  const last = Math.min(endLine, line + 2, index.lineCount);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = Math.max(1, line - 1); n <= last; n++) {
    const text = index.lineText(n);
    const mark = n === line ? '>' : ' ';
    out.push(`<span class="ln">${mark} ${String(n).padStart(width)} |</span> ${escapeHtml(text)}`);
    if (n === line) {
      const to = endLine === line ? Math.max(endColumn, column + 1) : text.length + 1;
      out.push(`<span class="ln">  ${' '.repeat(width)} |</span> ${' '.repeat(Math.max(0, column - 1))}<span class="caret">${'^'.repeat(Math.max(1, to - column))}</span>`);
    }
  }
  return `<pre class="source"><code>${out.join('\n')}</code></pre>`;
}

/** One finding: severity, rule or code, the message, where (a link that opens the editor) and the source lines. */
function findingHtml(input: FindingsInput, d: Diagnostic, i: number): string {
  const at = input.texts.locate(d);
  const where = `${d.loc.file}:${at.line}:${at.column}`;
  const target = input.targets?.[i];
  return [
    `<li class="finding ${escapeHtml(d.severity)}">`,
    `<p class="finding-head"><span class="severity">${escapeHtml(input.words.values[d.severity] ?? d.severity)}</span> <code>${escapeHtml(d.code)}</code> `,
    `<a class="source-link" href="${escapeHtml(editorLink(input.root, d.loc.file, at.line, at.column))}" title="${escapeHtml(input.serve.openInEditor)}">${escapeHtml(where)}</a>`,
    target ? ` <span class="target">${target}</span>` : '',
    '</p>',
    `<p class="message">${escapeHtml(d.message)}${d.suggestion ? ` <em>${escapeHtml(d.suggestion)}</em>` : ''}</p>`,
    sourceLines(input.texts, d, at.line, at.column, at.endLine, at.endColumn),
    '</li>',
  ].join('');
}

/** The list of findings (at most MAX_SHOWN_FINDINGS), with a summary line. */
export function findingsList(input: FindingsInput): string {
  const errors = input.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = input.diagnostics.filter((d) => d.severity === 'warning').length;
  if (input.diagnostics.length === 0) return `<p class="summary ok">${escapeHtml(input.words.noFindings)}</p>`;
  const shown = input.diagnostics.slice(0, MAX_SHOWN_FINDINGS);
  const more = input.diagnostics.length - shown.length;
  return [
    `<p class="summary">${escapeHtml(input.words.findingsCount(errors, warnings))}</p>`,
    `<ol class="findings">${shown.map((d, i) => findingHtml(input, d, i)).join('\n')}</ol>`,
    more > 0 ? `<p class="note">${escapeHtml(input.serve.moreFindings(more))}</p>` : '',
  ].join('\n');
}
