import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { sortDiagnostics, type Diagnostic, cliText } from '@ccp/core';
import { analyzeProject, findConfig as findProjectConfig, nodeHost, readRegularFile, type Analysis } from '@ccp/language';
import { CONFIG_FILE, parseConfig, runRules, type CcpConfig, type RuleSetting } from '@ccp/checker';
import { UsageError, type CliContext } from '../context.js';
import { isInside } from '../io/inside.js';

export interface CliProject {
  /** Absolute project root (the folder of ccp.config.json, or of the given path). */
  root: string;
  config: CcpConfig;
  configPath?: string;
  analysis: Analysis;
  /** Reading, syntax, resolution and rule diagnostics, sorted. */
  diagnostics: Diagnostic[];
  /** A path to show for a project-relative file: relative to the current directory. */
  display(file: string): string;
}

export interface LoadOptions {
  /** Rule severities from the command line, over the config's. */
  ruleOverrides?: Record<string, RuleSetting>;
  /** Skip the rules (for generators that only need the model). */
  skipRules?: boolean;
  /** The language of the findings, over the project's `output_language`. */
  language?: 'en' | 'pl';
}

/** The nearest ccp.config.json in `start` or a folder above it (the language server finds projects the same way). */
export function findConfig(start: string): string | undefined {
  const found = findProjectConfig(nodeHost, toPosix(start));
  return found === undefined || sep === '/' ? found : found.split('/').join(sep);
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/**
 * Resolves the command line's paths to a project (root, config, files), analyses it and runs the rules. Missing
 * paths and bad configs are usage errors (exit 2), named with the path and the bad key.
 */
export async function loadCliProject(ctx: CliContext, paths: string[], options: LoadOptions = {}): Promise<CliProject> {
  if (paths.length === 0) paths = ['.'];
  const absolute = paths.map((p) => resolve(ctx.cwd, p));
  for (const [i, p] of absolute.entries()) {
    if (!existsSync(p)) throw new UsageError(cliText('noSuchPath', { path: paths[i]! }));
    try {
      statSync(p);
    } catch {
      throw new UsageError(cliText('cannotReadPath', { path: paths[i]! }));
    }
  }
  const first = absolute[0]!;
  const firstDir = statSync(first).isDirectory() ? first : dirname(first);
  const configPath = findConfig(firstDir);
  let config: CcpConfig = {};
  let root = firstDir;
  if (configPath) {
    root = dirname(configPath);
    const text = readConfigText(configPath, relative(ctx.cwd, configPath) || CONFIG_FILE);
    const parsed = await parseConfig(text);
    if (!parsed.config) {
      throw new UsageError(cliText('configInvalid', { file: relative(ctx.cwd, configPath) || CONFIG_FILE, errors: parsed.texts }));
    }
    config = parsed.config;
  }
  // Paths outside the root (several projects at once) widen the root to their common folder.
  for (const p of absolute) {
    const r = relative(root, p);
    if (r.startsWith('..') || isAbsolute(r)) root = commonDir(root, p);
  }
  let entries = absolute.map(toPosix);
  let trustedEntries = true;
  if (config.include && absolute.length === 1 && first === root) {
    trustedEntries = false; // the config's include is the pull request's choice: its links must stay inside
    // A shared config must not make ccp read files outside the project (their text would reach findings and CI).
    entries = config.include.map((p) => {
      const path = resolve(root, p);
      if (!isInside(root, path)) throw new UsageError(cliText('configIncludeOutside', { include: p }));
      return toPosix(path);
    });
  }
  // --lang or CCP_LANG, over the project's output_language
  const language = options.language ?? ctx.language?.given;
  // The CLI runs once and never reads syntax trees: dropping each one after its file is built saves memory.
  const analysis = analyzeProject(nodeHost, toPosix(root), entries, { limits: config.limits, keepSyntax: false, trustedEntries, ...(language ? { language } : {}) });
  // from here on ccp speaks the project's language (unless --lang or CCP_LANG says otherwise)
  ctx.language = { ...ctx.language, project: analysis.model.project?.outputLanguage ?? 'en' };
  const settings = { ...config.rules, ...options.ruleOverrides };
  const findings = options.skipRules ? [] : runRules(analysis, settings, undefined, language ? { language } : {});
  const diagnostics = sortDiagnostics([...analysis.diagnostics, ...findings]);
  return {
    root,
    config,
    ...(configPath ? { configPath } : {}),
    analysis,
    diagnostics,
    display: (file) => relative(ctx.cwd, join(root, file)) || file,
  };
}

/** Largest ccp.config.json read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The text of a ccp.config.json: a regular file (not a device or a FIFO), at most {@link MAX_CONFIG_BYTES}, whose
 * real path lies in its own folder. A committed `ccp.config.json -> /etc/passwd` is refused before it is read, so
 * none of its text reaches a JSON parse error.
 */
function readConfigText(path: string, shown: string): string {
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch {
    throw new UsageError(cliText('cannotReadPath', { path: shown }));
  }
  if (!isInside(realpathSync.native(dirname(path)), real)) {
    throw new UsageError(cliText('configLinkOutside', { file: shown }));
  }
  const read = readRegularFile(path, MAX_CONFIG_BYTES);
  if (read === undefined) throw new UsageError(cliText('cannotReadPath', { path: shown }));
  if (!(read instanceof Uint8Array)) {
    const problem = 'tooLarge' in read ? cliText('configTooLarge', { file: shown, bytes: read.tooLarge, limit: MAX_CONFIG_BYTES }) : cliText('configNotRegular', { file: shown, kind: read.refused });
    throw new UsageError(problem);
  }
  return Buffer.from(read).toString('utf8');
}

function commonDir(a: string, b: string): string {
  const pa = a.split(sep);
  const pb = b.split(sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(sep) || sep;
}
