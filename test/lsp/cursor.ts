import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';

/** Puts the cursor at the n-th occurrence of `needle` (plus `delta` characters), as `<|>` in the text. */
export function at(text: string, needle: string, n = 0, delta = 0): string {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`'${needle}' not found`);
  return text.slice(0, i + delta) + '<|>' + text.slice(i + delta);
}

/** The items of a completion answer, whether it came as a list or an array. */
export const items = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? []));
