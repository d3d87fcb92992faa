import { posix } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '@ccp/core';
import { CONFIG_FILE, parseConfig, runRules, type CcpConfig } from '@ccp/checker';
import { AnalysisCache, analyzeProject, nodeHost, readRegularFile, type Analysis, type ProjectHost } from '@ccp/language';
import { reparse } from './incremental-parse.js';

/** Texts of the editor's open buffers by absolute path; they win over the disk. */
export type Overlay = ReadonlyMap<string, string>;

/** The file system with the editor's unsaved buffers on top, so diagnostics follow typing. */
export function overlayHost(overlay: Overlay, base: ProjectHost = nodeHost): ProjectHost {
  const encoder = new TextEncoder();
  return {
    readFile: (path, maxBytes) => {
      const open = overlay.get(path);
      return open !== undefined ? encoder.encode(open) : base.readFile(path, maxBytes);
    },
    stat: (path) => {
      const open = overlay.get(path);
      return open !== undefined ? { kind: 'file', size: open.length } : base.stat(path);
    },
    readDir: (path) => {
      // a folder may exist only in the editor's buffers
      const names = new Set(base.readDir(path));
      for (const p of overlay.keys()) if (posix.dirname(p) === path) names.add(posix.basename(p));
      return [...names].sort();
    },
    realpath: (path) => (overlay.has(path) ? path : base.realpath(path)),
    readText: (path) => overlay.get(path),
  };
}

/** Largest ccp.config.json the server reads (as the CLI). */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The project's config text, or undefined: only a regular file of at most 1 MiB whose real path stays in the project
 * folder (a `ccp.config.json -> /dev/zero` or `-> /etc/passwd` link is not read).
 */
function readConfig(root: string, path: string): string | undefined {
  const real = nodeHost.realpath(path);
  const realRoot = nodeHost.realpath(root) ?? root;
  if (real === undefined || (real !== realRoot && !real.startsWith(realRoot.endsWith('/') ? realRoot : realRoot + '/'))) return undefined;
  const bytes = readRegularFile(path, MAX_CONFIG_BYTES);
  return bytes instanceof Uint8Array ? Buffer.from(bytes).toString('utf8') : undefined;
}

/** One analysed project: what `ccp check` would report for its folder, with the editor's buffers. */
export interface ProjectState {
  analysis: Analysis;
  /** Syntax, resolution and rule diagnostics, sorted. */
  diagnostics: Diagnostic[];
}

/**
 * A project folder (of a ccp.config.json, the workspace folder, or the folder of a file opened alone). It keeps an AnalysisCache so a
 * keystroke re-parses only the file that changed, and reads its ccp.config.json for rule settings and includes.
 */
export class Project {
  readonly cache = new AnalysisCache();
  private config: CcpConfig = {};
  private configText: string | undefined;
  state: ProjectState | undefined;

  /** `only`: the one file (absolute) of a project opened outside any workspace folder; the folder is not walked. */
  constructor(
    readonly root: string,
    readonly only?: string,
  ) {}

  private async loadConfig(overlay: Overlay): Promise<void> {
    if (this.only !== undefined) return; // a file opened alone has no project config
    const path = posix.join(this.root, CONFIG_FILE);
    let text = overlay.get(path);
    if (text === undefined) text = readConfig(this.root, path);
    if (text === this.configText) return;
    this.configText = text;
    this.config = {};
    if (text !== undefined) {
      const parsed = await parseConfig(text);
      if (parsed.config) this.config = parsed.config;
    }
  }

  /** Splices edited open buffers into their cached parse, so the analysis below re-parses only what changed. */
  private reparseEdited(overlay: Overlay): void {
    const prefix = this.root.endsWith('/') ? this.root : this.root + '/';
    for (const [path, text] of overlay) {
      if (!path.startsWith(prefix)) continue;
      const file = path.slice(prefix.length);
      const entry = this.cache.entries.get(file);
      if (!entry || entry.text === text) continue;
      const parsed = reparse(entry, text);
      if (parsed) this.cache.entries.set(file, { text, parsed });
    }
  }

  /** Re-reads the config if it changed, then analyses and checks the whole project. */
  async refresh(overlay: Overlay): Promise<ProjectState> {
    await this.loadConfig(overlay);
    return this.analyze(overlay);
  }

  analyze(overlay: Overlay): ProjectState {
    this.reparseEdited(overlay);
    const entries = this.only !== undefined ? [this.only] : this.config.include ? this.config.include.map((p) => posix.resolve(this.root, p)) : [this.root];
    const analysis = analyzeProject(overlayHost(overlay), this.root, entries, {
      cache: this.cache,
      skipNestedProjects: true,
      ...(this.config.limits ? { limits: this.config.limits } : {}),
    });
    const findings = runRules(analysis, this.config.rules ?? {});
    this.state = { analysis, diagnostics: sortDiagnostics([...analysis.diagnostics, ...findings]) };
    return this.state;
  }
}
