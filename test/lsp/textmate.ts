import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import { repoRoot } from '../support/paths.js';

/** The extension's TextMate grammar, loaded as VS Code loads it (vscode-textmate over the Oniguruma WASM build). */
let grammar: Promise<textmate.IGrammar> | undefined;
export function loadGrammar(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(join(require.resolve('vscode-oniguruma'), '..', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'source.ccp'
          ? textmate.parseRawGrammar(readFileSync(join(repoRoot, 'packages', 'vscode', 'syntaxes', 'ccp.tmLanguage.json'), 'utf8'), 'ccp.tmLanguage.json')
          : null,
    });
    return (await registry.loadGrammar('source.ccp'))!;
  })();
  return grammar;
}

/** A token of a whole text: its offsets in the text and its scopes, innermost last. */
export interface TextToken {
  start: number;
  end: number;
  scopes: string[];
}

/** Tokenizes a whole text line by line, carrying the state across lines (as the editor does). */
export async function tokenize(text: string): Promise<TextToken[]> {
  const g = await loadGrammar();
  const out: TextToken[] = [];
  let state = textmate.INITIAL;
  let offset = 0;
  for (const line of text.split('\n')) {
    const r = g.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ start: offset + t.startIndex, end: offset + Math.min(t.endIndex, line.length), scopes: t.scopes });
    state = r.ruleStack;
    offset += line.length + 1;
  }
  return out;
}

/** The innermost scope of each non-blank token text, in order. */
export async function scopes(source: string): Promise<[string, string][]> {
  return (await tokenize(source))
    .map((t): [string, string] => [source.slice(t.start, t.end).trim(), t.scopes[t.scopes.length - 1]!])
    .filter(([text]) => text !== '');
}
