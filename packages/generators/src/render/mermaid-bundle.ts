import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Path of the browser bundle (`dist/mermaid.min.js`) of the `mermaid` package that @mermaid-js/mermaid-cli depends
 * on. pnpm nests it under node_modules/.pnpm, so it is resolved from mermaid-cli's own location.
 */
export function mermaidBundlePath(): string {
  const here = createRequire(import.meta.url);
  const cli = here.resolve('@mermaid-js/mermaid-cli');
  const fromCli = createRequire(cli);
  const entry = fromCli.resolve('mermaid');
  return join(dirname(entry), 'mermaid.min.js');
}
