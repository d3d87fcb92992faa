import type { Diagnostic } from '@ccp/core';
import { Codes } from '@ccp/core';
import { MAX_SYNTAX_ERRORS, parseTokens } from './parser.js';
import { scan } from './scanner.js';
import type { SyntaxFile } from './syntax-tree.js';

export interface ParsedFile {
  syntax: SyntaxFile;
  diagnostics: Diagnostic[];
}

/**
 * Scans and parses one file's text into its syntax tree. Never throws: every problem is a diagnostic, and the
 * tree holds whatever could be read, so the rest of the pipeline still resolves and checks it.
 */
export function parseFile(text: string, file: string): ParsedFile {
  const scanned = scan(text, file);
  const parsed = parseTokens(scanned.tokens, file, text);
  let diagnostics = [...scanned.diagnostics, ...parsed.diagnostics].sort((a, b) => a.loc.start - b.loc.start);
  diagnostics = onePerLine(diagnostics, text);
  if (diagnostics.length > MAX_SYNTAX_ERRORS) {
    const rest = diagnostics.length - MAX_SYNTAX_ERRORS;
    const last = diagnostics[MAX_SYNTAX_ERRORS]!;
    diagnostics = diagnostics.slice(0, MAX_SYNTAX_ERRORS);
    diagnostics.push({
      code: Codes.syntax,
      severity: 'error',
      message: `${rest} more syntax errors in this file are not shown; fix the ones above first.`,
      loc: last.loc,
    });
  }
  if (scanned.tokens.length === 0 && diagnostics.length === 0) {
    diagnostics.push({
      code: Codes.emptyFile,
      severity: 'warning',
      message: 'This file is empty: it declares nothing.',
      loc: { file, start: 0, end: 0 },
    });
  }
  return {
    syntax: { file, imports: parsed.imports, blocks: parsed.blocks, comments: scanned.comments },
    diagnostics,
  };
}

/** Keeps the first error of each line: later ones on the same line are usually echoes of it. */
function onePerLine(list: Diagnostic[], text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lastEnd = -1;
  for (const d of list) {
    if (lastEnd >= 0 && !hasLineBreak(text, lastEnd, d.loc.start)) continue;
    out.push(d);
    lastEnd = Math.max(d.loc.start, Math.min(d.loc.end, text.length));
  }
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
