/**
 * Runs in a child process: times each stage of the pipeline over one project folder, the way `ccp check` runs them
 * (file by file: scan, then parse the tokens, then build), then resolve, the rules, each generator that is built,
 * and reading + JSON.parse of the model's JSON. Prints one JSON object on stdout.
 *
 * usage: node scripts/bench/measure-stages.mjs <project-dir> <scratch-dir> [--generators]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runGenerators } from './generator-stages.mjs';

const [dir, scratch, flag] = process.argv.slice(2);
const lib = (path) => import(new URL(`../../packages/${path}`, import.meta.url).href);
const { scanTokens } = await lib('language/dist/syntax/scanner.js');
const { fastParse } = await lib('language/dist/syntax/fast-parser.js');
const { parseTokens } = await lib('language/dist/syntax/parser.js');
const { buildFile } = await lib('language/dist/build/build-file.js');
const { resolveModel } = await lib('language/dist/resolve/resolve-model.js');
const { runRules } = await lib('checker/dist/index.js');

function ccpFiles(root) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ccp')) out.push(p);
    }
  };
  walk(root);
  return out;
}

const ms = (t0) => performance.now() - t0;
const times = {};

let t = performance.now();
const decoder = new TextDecoder();
const texts = ccpFiles(dir).map((p) => ({ file: relative(dir, p), text: decoder.decode(readFileSync(p)) }));
times.read = ms(t);

let lex = 0;
let parse = 0;
let build = 0;
let tokens = 0;
let fastPathFiles = 0;
const built = [];
const syntaxErrors = [];
for (const { file, text } of texts) {
  t = performance.now();
  const scanned = scanTokens(text, file);
  lex += ms(t);
  tokens += scanned.count;
  t = performance.now();
  // as parse-file.ts does: the fast path, or the recovering Chevrotain parser for a file with errors
  const fast = scanned.diagnostics.length === 0 ? fastParse(scanned, file) : undefined;
  const parsed = fast ? { ...fast, diagnostics: [] } : parseTokens(scanned, file, text);
  parse += ms(t);
  if (fast) fastPathFiles++;
  syntaxErrors.push(...scanned.diagnostics, ...parsed.diagnostics);
  t = performance.now();
  built.push(buildFile({ file, imports: parsed.imports, blocks: parsed.blocks, comments: scanned.comments }));
  build += ms(t);
}
Object.assign(times, { lex, parse, build });

t = performance.now();
const resolved = resolveModel(
  built,
  texts.map((f) => f.file),
);
times.resolve = ms(t);

t = performance.now();
const findings = runRules({ model: resolved.model, links: resolved.links });
times.check = ms(t);

// The same model as JSON, written once, then read back and parsed: the floor any tool that reads a model pays.
const jsonPath = join(scratch, 'model.json');
t = performance.now();
const json = JSON.stringify(resolved.model);
times.stringify = ms(t);
writeFileSync(jsonPath, json);
t = performance.now();
JSON.parse(readFileSync(jsonPath, 'utf8'));
times.readJsonParse = ms(t);

const generators = flag === '--generators' ? await runGenerators(resolved.model, scratch) : [];

const errors = [...syntaxErrors, ...resolved.diagnostics, ...findings].filter((d) => d.severity === 'error').length;
const warnings = findings.filter((d) => d.severity === 'warning').length;
process.stdout.write(
  JSON.stringify({
    times,
    generators,
    counts: { files: texts.length, fastPathFiles, tokens, steps: resolved.model.processes.reduce((n, p) => n + p.steps.length, 0), errors, warnings },
    jsonBytes: Buffer.byteLength(json),
    maxRssKb: process.resourceUsage().maxRSS,
  }) + '\n',
);
