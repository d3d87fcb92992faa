import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '@ccp/core';
import { analyzeProject, nodeHost, type Analysis } from '@ccp/language';
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
}

/** The nearest ccp.config.json in `start` or a folder above it. */
export function findConfig(start: string): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
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
    if (!existsSync(p)) throw new UsageError(`${paths[i]}: no such file or directory.`);
    try {
      statSync(p);
    } catch {
      throw new UsageError(`${paths[i]}: cannot be read.`);
    }
  }
  const first = absolute[0]!;
  const firstDir = statSync(first).isDirectory() ? first : dirname(first);
  const configPath = findConfig(firstDir);
  let config: CcpConfig = {};
  let root = firstDir;
  if (configPath) {
    root = dirname(configPath);
    let text: string;
    try {
      text = readFileSync(configPath, 'utf8');
    } catch {
      throw new UsageError(`${relative(ctx.cwd, configPath)}: cannot be read.`);
    }
    const parsed = await parseConfig(text);
    if (!parsed.config) {
      throw new UsageError(`${relative(ctx.cwd, configPath) || CONFIG_FILE} is invalid:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
    }
    config = parsed.config;
  }
  // Paths outside the root (several projects at once) widen the root to their common folder.
  for (const p of absolute) {
    const r = relative(root, p);
    if (r.startsWith('..') || isAbsolute(r)) root = commonDir(root, p);
  }
  let entries = absolute.map(toPosix);
  if (config.include && absolute.length === 1 && first === root) {
    // A shared config must not make ccp read files outside the project (their text would reach findings and CI).
    entries = config.include.map((p) => {
      const path = resolve(root, p);
      if (!isInside(root, path)) throw new UsageError(`ccp.config.json include '${p}' points outside the project folder; include only paths inside it.`);
      return toPosix(path);
    });
  }
  // The CLI runs once and never reads syntax trees: dropping each one after its file is built saves memory.
  const analysis = analyzeProject(nodeHost, toPosix(root), entries, { limits: config.limits, keepSyntax: false });
  const settings = { ...config.rules, ...options.ruleOverrides };
  const findings = options.skipRules ? [] : runRules(analysis, settings);
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

function commonDir(a: string, b: string): string {
  const pa = a.split(sep);
  const pb = b.split(sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(sep) || sep;
}
