#!/usr/bin/env node
// Builds what the extension runs, into out/ (two files, no node_modules):
// - out/extension.cjs: the client (src/extension.ts with vscode-languageclient); `vscode` is left to VS Code.
// - out/server.cjs: the language server (src/server.ts with @ccp/lsp, @ccp/checker, @ccp/language, @ccp/core,
//   vscode-languageserver and chevrotain), run by the client on VS Code's own Node.
// - out/preview.cjs: the preview server ("ccp: Open preview": src/preview-server.ts with @ccp/serve and the
//   generators), with the files it reads at run time copied beside it: out/serve/assets/ (the page's app.js and
//   app.css), out/generators/templates/ (the docs' partials the page renders with), out/mermaid.min.js (Mermaid's
//   browser bundle, the one `ccp serve` serves) and out/bpmn-viewer.min.js (bpmn-js's viewer). Each `import.meta.url` of a workspace module becomes the URL of
//   its place under out/ (`<package>/dist/<file>`), so `new URL('../assets/', import.meta.url)` finds the copy.
// VS Code's Node can be older than the Node the CLI needs (VS Code 1.82 runs Node 18.15, 1.100 Node 20.18), so
// both are CommonJS lowered to Node 18, and nothing in them loads a file at run time: @ccp/language finds
// chevrotain's prebundled file with createRequire(import.meta.url) and require() of an ES module (Node 20.19+);
// here that module is replaced by a static import of the same file.
// The workspace's tsc output must be current (`pnpm build`): the server is bundled from packages/*/dist.
// Run by package-vsix.mjs and by `vscode:prepublish` (vsce package). Usage: node scripts/build-extension.mjs
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, 'out');
/** The oldest Node a supported VS Code runs extensions on (engines.vscode ^1.82.0: Electron 25, Node 18.15). */
const TARGET = 'node18';

/** @ccp/language's chevrotain loader, replaced by a static import of chevrotain's prebundled file. */
const CHEVROTAIN_RUNTIME = /[\\/]language[\\/]dist[\\/]syntax[\\/]chevrotain-runtime\.js$/;

function chevrotainBundle() {
  const language = createRequire(join(root, 'package.json')).resolve('@ccp/language');
  const entry = createRequire(language).resolve('chevrotain');
  const file = join(dirname(entry), '..', 'chevrotain.min.mjs');
  if (!existsSync(file)) throw new Error(`chevrotain's prebundled file is not at ${file}: update CHEVROTAIN_RUNTIME handling in ${fileURLToPath(import.meta.url)}`);
  return file;
}

/** Keeps the bundle free of run-time file loading, and fails on anything it cannot bundle. */
function ccpServerPlugin() {
  const chevrotain = chevrotainBundle();
  return {
    name: 'ccp-server',
    load(id) {
      if (!CHEVROTAIN_RUNTIME.test(id)) return null;
      const text = readFileSync(id, 'utf8');
      if (!text.includes('export function loadChevrotain()')) throw new Error(`${id} no longer exports loadChevrotain(): update build-extension.mjs`);
      return `import * as chevrotain from ${JSON.stringify(chevrotain)};\nexport function loadChevrotain() { return chevrotain; }\n`;
    },
    renderChunk(code) {
      // What would make the bundle depend on its build machine or load files beside it.
      for (const bad of [/\bimport\.meta\b/, /\bcreateRequire\b/, /\brequire\((["'])(?!node:|vscode\1)[^"']*\1\)/]) {
        const found = bad.exec(code);
        if (found && !isBuiltin(found[0])) throw new Error(`the bundle still contains ${found[0]}: bundle it or leave it out`);
      }
      return null;
    },
  };
}

/** Workspace modules of the preview server that find files beside them with import.meta.url. */
const WORKSPACE_DIST = /[\\/]packages[\\/]([a-z-]+)[\\/]dist[\\/](.+\.js)$/;
/** @ccp/render's bpmn-js locator (createRequire of the bpmn-js package), pointed at the copy in out/. */
const BPMN_PAGE = /[\\/]render[\\/]dist[\\/]bpmn-page\.js$/;
const BPMN_VIEWER = 'bpmn-js/dist/bpmn-navigated-viewer.production.min.js';
/** @ccp/render's Mermaid locator (createRequire of the mermaid package), replaced by the copy in out/. */
const MERMAID_BUNDLE = /[\\/]render[\\/]dist[\\/]mermaid-bundle\.js$/;

/** The preview server's modules read from out/ instead of the workspace: see the header. */
function previewPlugin() {
  return {
    name: 'ccp-preview',
    load(id) {
      if (!MERMAID_BUNDLE.test(id)) return null;
      return `import { join } from 'node:path';\nexport function mermaidBundlePath() { return join(__dirname, 'mermaid.min.js'); }\nexport function mermaidElkBundlePath() { return join(__dirname, 'mermaid.min.js'); }\n`;
    },
    transform(code, id) {
      if (BPMN_PAGE.test(id)) {
        const locator = `createRequire(import.meta.url).resolve('${BPMN_VIEWER}')`;
        if (!code.includes(locator)) throw new Error(`${id} no longer finds ${BPMN_VIEWER} as ${locator}: update build-extension.mjs`);
        return code.replace(locator, `require('node:path').join(__dirname, 'bpmn-viewer.min.js')`).replace(/^import \{ createRequire \} from 'node:module';\n/m, '');
      }
      const m = WORKSPACE_DIST.exec(id);
      if (!m || !code.includes('import.meta.url')) return null;
      const place = `${m[1]}/dist/${m[2].replace(/\\/g, '/')}`;
      return code.replace(/\bimport\.meta\.url\b/g, `require('node:url').pathToFileURL(require('node:path').join(__dirname, ${JSON.stringify(place)})).href`);
    },
  };
}

/** Copies what the preview server reads at run time into out/ (see the header). */
function copyPreviewFiles() {
  const req = createRequire(join(root, 'package.json'));
  const serveDir = dirname(dirname(req.resolve('@ccp/serve')));
  const generatorsDir = dirname(dirname(createRequire(join(serveDir, 'package.json')).resolve('@ccp/generators/docs')));
  const renderEntry = createRequire(join(serveDir, 'package.json')).resolve('@ccp/render');
  cpSync(join(serveDir, 'assets'), join(outDir, 'serve', 'assets'), { recursive: true });
  cpSync(join(dirname(generatorsDir), 'templates'), join(outDir, 'generators', 'templates'), { recursive: true });
  // the same Mermaid as `ccp serve`: @ccp/render's bundle with the ELK layout when built, else mermaid.min.js
  const elk = join(dirname(renderEntry), 'mermaid-elk.min.js');
  const plain = join(dirname(createRequire(renderEntry).resolve('mermaid')), 'mermaid.min.js');
  cpSync(existsSync(elk) ? elk : plain, join(outDir, 'mermaid.min.js'));
  // bpmn-js's viewer, for the BPMN view beside each flowchart
  cpSync(createRequire(renderEntry).resolve(BPMN_VIEWER), join(outDir, 'bpmn-viewer.min.js'));
}

const builtins = new Set(createRequire(import.meta.url)('node:module').builtinModules);
function isBuiltin(requireCall) {
  const name = /\((["'])([^"']*)\1\)/.exec(requireCall)?.[2];
  return name !== undefined && builtins.has(name);
}

/** Bundles the client and the server into out/. Returns their paths. */
export async function buildExtension() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common = { platform: 'node', logLevel: 'warn', transform: { target: TARGET } };
  const output = { format: 'cjs', minify: true, comments: false, sourcemap: false };
  const client = join(outDir, 'extension.cjs');
  const server = join(outDir, 'server.cjs');
  await build({ ...common, input: join(root, 'src', 'extension.ts'), external: ['vscode'], output: { ...output, file: client } });
  await build({ ...common, input: join(root, 'src', 'server.ts'), plugins: [ccpServerPlugin()], output: { ...output, file: server } });
  const preview = join(outDir, 'preview.cjs');
  await build({ ...common, input: join(root, 'src', 'preview-server.ts'), plugins: [previewPlugin(), ccpServerPlugin()], output: { ...output, file: preview, codeSplitting: false } });
  copyPreviewFiles();
  return { client, server, preview };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { client, server, preview } = await buildExtension();
  for (const file of [client, server, preview]) console.log(`${file}: ${(readFileSync(file).length / 1024).toFixed(0)} KiB`);
}
