import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Chevrotain from 'chevrotain';

/**
 * Chevrotain, loaded from the single prebundled file the package ships, and only when first needed: files without
 * syntax errors are read by the fast path (fast-parser.ts), so `ccp check` on a clean project never loads it.
 * `import 'chevrotain'` loads ~700 modules (most of them lodash-es) and costs ~0.5 s of start-up; the bundle costs
 * ~0.02 s. The package's `exports` map does not expose the bundle, so we locate it next to the entry point. It is
 * loaded with `require` (Node 20.19+ can require an ES module without top-level await) so that parsing stays
 * synchronous.
 */
const require = createRequire(import.meta.url);
let loaded: typeof Chevrotain | undefined;

export function loadChevrotain(): typeof Chevrotain {
  if (!loaded) {
    const entry = require.resolve('chevrotain');
    loaded = require(join(dirname(entry), '..', 'chevrotain.min.mjs')) as typeof Chevrotain;
  }
  return loaded;
}
