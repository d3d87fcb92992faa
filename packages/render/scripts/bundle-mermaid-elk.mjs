// Builds the Mermaid browser bundle with the ELK layout engine registered (issue 20): mermaid.min.js followed by
// @mermaid-js/layout-elk bundled by esbuild as a classic script that calls mermaid.registerLayoutLoaders(). The
// renderer injects this one file into its page (see src/mermaid-bundle.ts), so diagrams can ask for
// `layout: elk` in their front matter. Run by `pnpm build` (scripts/bundle-cli.mjs); the file ships in dist/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const require = createRequire(join(pkg, 'package.json'));
/** Next to the compiled mermaid-bundle.js, which looks for it there. */
export const ELK_BUNDLE = join(pkg, 'dist', 'mermaid-elk.min.js');

export async function bundleMermaidElk(out = ELK_BUNDLE) {
  const mermaid = readFileSync(join(dirname(require.resolve('mermaid')), 'mermaid.min.js'), 'utf8');
  const result = await build({
    stdin: {
      contents: "import elkLayouts from '@mermaid-js/layout-elk';\nglobalThis.mermaid.registerLayoutLoaders(elkLayouts);\n",
      resolveDir: pkg,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    platform: 'browser',
    legalComments: 'eof', // keeps the licence notices (elkjs is EPL-2.0, layout-elk MIT)
    write: false,
    logLevel: 'error',
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${mermaid}\n;${result.outputFiles[0].text}`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleMermaidElk();
