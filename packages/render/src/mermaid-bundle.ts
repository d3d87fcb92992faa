import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of the browser bundle (`dist/mermaid.min.js`) of the `mermaid` package, which the renderer injects into a page. */
export function mermaidBundlePath(): string {
  // issue 20: the bundle with the ELK layout registered (built by `pnpm build` next to this module), when present
  const withElk = mermaidElkBundlePath();
  if (existsSync(withElk)) return withElk;
  const entry = createRequire(import.meta.url).resolve('mermaid');
  return join(dirname(entry), 'mermaid.min.js');
}

/**
 * Path of `mermaid-elk.min.js`: mermaid.min.js plus `@mermaid-js/layout-elk` registered as layout `elk`, written by
 * packages/render/scripts/bundle-mermaid-elk.mjs beside this module's compiled file.
 */
export function mermaidElkBundlePath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'mermaid-elk.min.js');
}
