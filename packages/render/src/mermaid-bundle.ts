import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Path of the browser bundle (`dist/mermaid.min.js`) of the `mermaid` package, which the renderer injects into a page. */
export function mermaidBundlePath(): string {
  const entry = createRequire(import.meta.url).resolve('mermaid');
  return join(dirname(entry), 'mermaid.min.js');
}
