import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Chevrotain from 'chevrotain';

/**
 * Chevrotain, loaded from the single prebundled file the package ships. `import 'chevrotain'` loads ~700 modules
 * (most of them lodash-es) and costs ~0.5 s of start-up; the bundle costs ~0.02 s. The package's `exports` map does
 * not expose the bundle, so we locate it next to the entry point.
 */
const require = createRequire(import.meta.url);
const entry = require.resolve('chevrotain');
const bundle = join(dirname(entry), '..', 'chevrotain.min.mjs');

export const chevrotain: typeof Chevrotain = await import(pathToFileURL(bundle).href);
