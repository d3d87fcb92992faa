import type { Diagnostic } from '@ccp/core';
import { Codes, LineIndex, say } from '@ccp/core';
import { fastParse } from './fast-parser.js';
import { parseTokens } from './parser.js';
import { scanTokens } from './scanner.js';
import type { SyntaxFile } from './syntax-tree.js';

/** More syntax errors than this in one file are summarised, so a binary or garbage file stays readable. */
export const MAX_SYNTAX_ERRORS = 50;

export interface ParsedFile {
  syntax: SyntaxFile;
  diagnostics: Diagnostic[];
}

/**
 * Scans and parses one file's text into its syntax tree. Never throws: every problem is a diagnostic, and the
 * tree holds whatever could be read, so the rest of the pipeline still resolves and checks it. A file the scanner
 * found no error in takes the fast path (fast-parser.ts); a file with an error, or one the fast path gives up on,
 * is parsed by the recovering Chevrotain parser, which explains every error.
 */
export function parseFile(text: string, file: string): ParsedFile {
  const scanned = scanTokens(text, file);
  const fast = scanned.diagnostics.length === 0 ? fastParse(scanned, file) : undefined;
  if (fast) {
    return {
      syntax: { file, imports: fast.imports, blocks: fast.blocks, comments: scanned.comments },
      diagnostics: scanned.count === 0 ? [emptyFile(file)] : [],
    };
  }
  const parsed = parseTokens(scanned, file, text);
  let diagnostics = onePerLine(scanned.diagnostics, parsed.diagnostics, text);
  if (diagnostics.length > MAX_SYNTAX_ERRORS) {
    const rest = diagnostics.length - MAX_SYNTAX_ERRORS;
    const last = diagnostics[MAX_SYNTAX_ERRORS]!;
    diagnostics = diagnostics.slice(0, MAX_SYNTAX_ERRORS);
    diagnostics.push({
      code: Codes.syntax,
      severity: 'error',
      ...say('moreSyntaxErrors', { rest }),
      loc: last.loc,
    });
  }
  if (scanned.count === 0 && diagnostics.length === 0) diagnostics.push(emptyFile(file));
  return {
    syntax: { file, imports: parsed.imports, blocks: parsed.blocks, comments: scanned.comments },
    diagnostics,
  };
}

/**
 * Keeps every scanner error and, on lines without one, the first parser error: later errors on a line are usually
 * echoes of the first, and a scanner error (an unclosed text) explains the parser's confusion better.
 */
function onePerLine(scanner: Diagnostic[], parser: Diagnostic[], text: string): Diagnostic[] {
  if (scanner.length + parser.length <= 1) return [...scanner, ...parser];
  const index = new LineIndex(text);
  const lines = new Set<number>();
  const out: Diagnostic[] = [];
  for (const d of [...scanner, ...parser.sort((a, b) => a.loc.start - b.loc.start)]) {
    const line = index.position(d.loc.start).line;
    if (lines.has(line)) continue;
    lines.add(line);
    out.push(d);
  }
  return out.sort((a, b) => a.loc.start - b.loc.start);
}

function emptyFile(file: string): Diagnostic {
  return { code: Codes.emptyFile, severity: 'warning', ...say('emptyFile'), loc: { file, start: 0, end: 0 } };
}
