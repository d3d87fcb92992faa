import { posix } from 'node:path';
import { localizeDiagnostics, pushAll, SourceTexts, type Diagnostic, type Model, type OutputLanguage } from '@ccp/core';
import { buildFile, type FileModel } from './build/build-file.js';
import { memoryHost, type ProjectHost } from './project/host.js';
import { effectiveLimits, type Limits } from './project/limits.js';
import { loadProject } from './project/load-project.js';
import type { Links } from './resolve/links.js';
import { resolveModel } from './resolve/resolve-model.js';
import { parseFile, type ParsedFile } from './syntax/parse-file.js';
import type { SyntaxFile } from './syntax/syntax-tree.js';

/** Everything known about a project after reading it: the model, what the resolver found, and all diagnostics. */
export interface Analysis {
  root: string;
  model: Model;
  links: Links;
  /** Reading, syntax and resolution diagnostics (rule findings come from @ccp/checker). */
  diagnostics: Diagnostic[];
  texts: SourceTexts;
  syntax: Map<string, SyntaxFile>;
}

interface CacheEntry {
  text: string;
  parsed: ParsedFile;
  built?: FileModel;
}

/** Parsed files kept between runs (the language server re-parses only what changed). */
export class AnalysisCache {
  readonly entries = new Map<string, CacheEntry>();

  parse(file: string, text: string): CacheEntry {
    let entry = this.entries.get(file);
    if (!entry || entry.text !== text) {
      entry = { text, parsed: parseFile(text, file) };
      this.entries.set(file, entry);
    }
    return entry;
  }
}

export interface AnalyzeOptions {
  limits?: Partial<Limits>;
  cache?: AnalysisCache;
  /**
   * Keep each file's syntax tree in `Analysis.syntax` (the default; editors and the formatter need it). A one-shot
   * run such as `ccp check` passes false: each file is then built as soon as it is parsed and its tree is dropped,
   * which at 100k steps halves peak memory and the garbage collector's work. `cache` is not used then.
   */
  keepSyntax?: boolean;
  /**
   * Entries that the user named on the command line: a symbolic link among them is followed (the user's own choice).
   * Every other entry (a config's `include`, an editor's folder) must stay inside the root by real path.
   */
  trustedEntries?: boolean;
  /**
   * The language of the diagnostics' messages; default: the project's `output_language` (English without one).
   * Messages are written in English while files are read, and in this language once the project is resolved.
   */
  language?: OutputLanguage;
  /**
   * Folder walks do not enter a sub-folder that holds its own ccp.config.json: it is another project (the language
   * server analyses each project of a workspace on its own).
   */
  skipNestedProjects?: boolean;
}

/** Parses and builds one file at once, keeping only the imports of its syntax tree (see `keepSyntax`). */
function oneShotEntries(): (file: string, text: string) => CacheEntry {
  const entries = new Map<string, CacheEntry>();
  return (file, text) => {
    let entry = entries.get(file);
    if (!entry || entry.text !== text) {
      const parsed = parseFile(text, file);
      const light: SyntaxFile = { file, imports: parsed.syntax.imports, blocks: [], comments: [] };
      entry = { text, parsed: { syntax: light, diagnostics: parsed.diagnostics }, built: buildFile(parsed.syntax) };
      entries.set(file, entry);
    }
    return entry;
  };
}

/**
 * text -> tokens -> syntax tree -> model elements -> resolved model, for every file of a project. Never throws on
 * user input; what parsed is still resolved, so the checker sees as much of the model as could be read.
 */
export function analyzeProject(host: ProjectHost, root: string, entries: string[], options: AnalyzeOptions = {}): Analysis {
  const limits = effectiveLimits(options.limits);
  const keepSyntax = options.keepSyntax !== false;
  const cache = options.cache ?? new AnalysisCache();
  const entryOf = keepSyntax ? (file: string, text: string) => cache.parse(file, text) : oneShotEntries();
  const loaded = loadProject(host, root, entries, (file, text) => entryOf(file, text).parsed.syntax.imports, limits, options.trustedEntries === true, options.skipNestedProjects === true);
  const texts = new SourceTexts();
  const syntax = new Map<string, SyntaxFile>();
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const built: FileModel[] = [];
  for (const { file, text } of loaded.files) {
    texts.set(file, text);
    const entry = entryOf(file, text);
    entry.built ??= buildFile(entry.parsed.syntax);
    if (keepSyntax) syntax.set(file, entry.parsed.syntax);
    pushAll(diagnostics, entry.parsed.diagnostics);
    built.push(entry.built);
  }
  const resolved = resolveModel(built, loaded.files.map((f) => f.file));
  pushAll(diagnostics, resolved.diagnostics);
  const language = options.language ?? resolved.model.project?.outputLanguage;
  return { root, model: resolved.model, links: resolved.links, diagnostics: localizeDiagnostics(diagnostics, language), texts, syntax };
}

/** Analyzes in-memory sources, keyed by project-relative path, e.g. `{ 'main.ccp': '...' }`. For tests and tools. */
export function analyzeSources(sources: Record<string, string>, options: AnalyzeOptions = {}): Analysis {
  const root = '/project';
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(sources)) files[posix.join(root, path)] = text;
  return analyzeProject(memoryHost(files), root, [root], options);
}
