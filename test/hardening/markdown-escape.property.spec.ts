import fc from 'fast-check';
import { marked } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeMarkdown as escapeDocs } from '../../packages/generators/dist/docs/markdown.js';
import { escapeMarkdown as escapeDiff } from '../../packages/generators/dist/diff/render-markdown.js';
import { runs, timeout } from './support/corpus.js';

/**
 * Issue 22, item 8: model text in ccp's Markdown must never become a link, an image or raw HTML when marked renders
 * it. A campaign of strings made of link syntax (brackets, parentheses, schemes, `www.`, `@`, entities, escapes)
 * goes through both escapers (docs and the diff comment) and is rendered where ccp puts text: alone, as the text of
 * one of ccp's own links, in a list, in a table cell and in emphasis. The only link allowed is ccp's own. (It found
 * that marked links `www.` glued to a word: `Corpwww.evil.example`.)
 */

const pieces = [
  '[', ']', '(', ')', '<', '>', '\\', '`', '!', ':', '/', '//', 'javascript:', 'data:', 'mailto:', 'http', 'https', 'ftp',
  'www.', 'WWW.', 'Www', '@', '\uff20', 'a', 'b.c', '.com', ' ', '\n', '\t', '&', '#', ';', '&#91;', '&#x5b;', '&lpar;',
  '&#64;', '%5B', '%40', '*', '_', '~', '|', '"', "'", '=', '{', '}', '^', '-', 'x',
];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 16 }).map((parts) => parts.join(''));

/** Where ccp puts escaped text in its Markdown. */
const contexts = (e: string) => [e, `[${e}](process-x.md)`, `- ${e} | ${e}\n`, `| a | b |\n| - | - |\n| ${e} | [${e}](p.md) |\n`, `**${e}** _${e}_`];
const TAG = /<([a-z][a-z0-9]*)\b[^>]*>/gi;
const LAYOUT = new Set(['p', 'strong', 'em', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'del', 'br', 'hr', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Tags in marked's HTML that are neither layout nor one of ccp's own links. */
function foreignTags(md: string): string[] {
  const html = marked.parse(md, { async: false }) as string;
  return [...html.matchAll(TAG)].map((m) => m[0]).filter((tag) => {
    const name = /^<([a-z0-9]+)/i.exec(tag)![1]!.toLowerCase();
    if (name === 'a') return !/^<a href="(process-x|p)\.md">$/.test(tag);
    return !LAYOUT.has(name);
  });
}

let cases = 0;
const started = Date.now();
afterAll(() => console.log(`hardening/markdown-escape: ${cases} property cases in ${((Date.now() - started) / 1000).toFixed(1)} s`));

describe('escaped model text rendered by marked', () => {
  for (const [name, escape] of [['docs', escapeDocs], ['diff', escapeDiff]] as const) {
    it(`${name}: never a link, an image or HTML of its own`, () => {
      fc.assert(
        fc.property(text, (s) => {
          cases++;
          for (const md of contexts(escape(s))) expect(foreignTags(md), JSON.stringify(s)).toEqual([]);
        }),
        { numRuns: runs(1500) },
      );
    }, timeout(60_000));
  }
});
