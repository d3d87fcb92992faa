import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '@ccp/language';
import { repoRoot } from '../support/paths.js';

/** Every Markdown file of docs/ (recursively) and the README. */
function markdownFiles(): string[] {
  const out = [join(repoRoot, 'README.md')];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.md')) out.push(join(dir, e.name));
    }
  };
  walk(join(repoRoot, 'docs'));
  return out.sort();
}

const blocks = markdownFiles().flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/```ccp\n([\s\S]*?)```/g)].map((m, i) => [`${relative(repoRoot, file)} #${i + 1}`, m[1]!] as const),
);

describe('the ccp examples of the docs and the README are canonical (what ccp fmt writes)', () => {
  it('finds the examples', () => expect(blocks.length).toBeGreaterThan(20));
  it.each(blocks)('%s', (_where, text) => {
    expect(formatText(text, 'doc.ccp').text).toBe(text);
  });
});
