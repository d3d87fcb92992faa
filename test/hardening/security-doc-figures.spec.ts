import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLimits, MAX_NESTING, MAX_SYNTAX_ERRORS, maxLimits } from '@ccp/language';
import { MAX_TEMPLATE_BYTES } from '@ccp/generators/docs';
import { safeStem } from '@ccp/generators/mermaid';
import { MAX_ERLANGS } from '@ccp/staffing';
import { defaultReadLimits } from '@ccp/generators/xlsx';

/**
 * Issue 22, item 8: docs/security.md stated other limits than the code used (50 MiB where the code read 32). Every
 * figure the page gives for a limit is checked here against the constant it names.
 */

const page = readFileSync(join(import.meta.dirname, '../../docs/security.md'), 'utf8');
/** Module-private to the staffing solver, so read from its source. */
const MAX_AGENTS = Number(/export const MAX_AGENTS = ([\d_]+);/.exec(readFileSync(join(import.meta.dirname, '../../packages/staffing/src/solve-agents.ts'), 'utf8'))![1]!.replace(/_/g, ''));
const MiB = 1024 * 1024;
const n = (x: number) => x.toLocaleString('en-US');
const mib = (x: number) => {
  expect(x % MiB, `${x} is a whole number of MiB`).toBe(0);
  return `${x / MiB} MiB`;
};

describe('docs/security.md states the limits the code uses', () => {
  const figures: [string, string][] = [
    ['limits.maxFileBytes', `\`limits.maxFileBytes\` (${mib(defaultLimits.maxFileBytes)})`],
    ['limits.maxFiles', `\`limits.maxFiles\` (${n(defaultLimits.maxFiles)})`],
    ['limits.maxImportDepth', `\`limits.maxImportDepth\` (${n(defaultLimits.maxImportDepth)})`],
    ['maxima', `\`maxFileBytes\` ${mib(maxLimits.maxFileBytes)}, \`maxFiles\` ${n(maxLimits.maxFiles)}, \`maxImportDepth\` ${n(maxLimits.maxImportDepth)}`],
    ['MAX_NESTING', `\`MAX_NESTING\` (${MAX_NESTING})`],
    ['MAX_SYNTAX_ERRORS', `\`MAX_SYNTAX_ERRORS\` (${MAX_SYNTAX_ERRORS})`],
    ['MAX_ERLANGS', `\`MAX_ERLANGS\` (${n(MAX_ERLANGS)} Erlangs)`],
    [
      'workbook limits',
      `file size (${mib(defaultReadLimits.maxFileBytes)}), entries (${n(defaultReadLimits.maxEntries)}), uncompressed size per entry (${mib(defaultReadLimits.maxEntryBytes)}) and in total (${mib(defaultReadLimits.maxTotalBytes)})`,
    ],
    ['maxRows', `\`maxRows\` (${n(defaultReadLimits.maxRows)})`],
    ['MAX_AGENTS', `\`MAX_AGENTS\` (${n(MAX_AGENTS)} agents`],
    ['safeStem length', `cuts at ${safeStem('x'.repeat(1000)).length} characters`],
    ['MAX_TEMPLATE_BYTES', `\`MAX_TEMPLATE_BYTES\` (${mib(MAX_TEMPLATE_BYTES)})`],
  ];
  for (const [name, text] of figures) {
    it(name, () => expect(page).toContain(text));
  }
});
