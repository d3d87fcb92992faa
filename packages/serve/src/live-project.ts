import { watch, statSync, type FSWatcher } from 'node:fs';
import { posix } from 'node:path';
import type { Model } from '@ccp/core';
import { defaultLimits, readRegularFile, readSource } from '@ccp/language';
import { Project } from '@ccp/lsp/project';
import { BlueprintShelf, withBlueprints, type ServedBlueprint } from './blueprints.js';
import { PageRenderer } from './page-render.js';
import { buildPage, specHtml, withProblems, withSpec, type PageContent, type Snapshot } from './page-model.js';

/** One version of the page, with when its change was seen and how long it took to build. */
export interface PageVersion {
  version: number;
  content: PageContent;
  /** Milliseconds from the first file event of the change to the page being ready. */
  buildMs: number;
  /** The service blueprints the page shows as images (`blueprint/<name>.svg`). */
  blueprints: readonly ServedBlueprint[];
  /** The model the page shows (the last one without syntax errors), for what the page asks for later (BPMN). */
  model: Model;
}

/** How long the parts drawn after the page (blueprints, vendor-spec preview) wait for open pages to fetch it. */
const READERS_WAIT_MS = 250;

export interface LiveOptions {
  /** Absolute project root, with `/` separators. */
  root: string;
  /** Quiet time after a file event before re-analysing (editors write a file in several steps). */
  debounceMs?: number;
  /** Polls instead of watching (where recursive fs.watch is unavailable), every `pollMs`. */
  poll?: boolean;
  pollMs?: number;
  /** Today's date (YYYY-MM-DD) for the vendor-spec preview; defaults to the clock. */
  date?: () => string;
  onVersion?: (v: PageVersion) => void;
  onError?: (error: unknown) => void;
}

/** A file whose change matters: a `.ccp` file, the config, or a folder (added, removed or renamed with its files). */
function relevant(name: string): boolean {
  const base = posix.basename(name);
  return base.endsWith('.ccp') || base === 'ccp.config.json' || !base.includes('.');
}

/** The file's text when it is a readable UTF-8 regular file inside the limits; otherwise the analysis reads it. */
function readText(path: string): string | undefined {
  const bytes = readRegularFile(path, defaultLimits.maxFileBytes);
  if (!(bytes instanceof Uint8Array)) return undefined;
  return readSource(bytes, path, defaultLimits).text;
}

const isSyntaxError = (code: string, severity: string) => severity === 'error' && code.startsWith('CCP1');

/**
 * A project kept analysed while its files change. It reuses the language server's Project (packages/lsp): a cache of
 * parsed files, and changed files spliced into their old parse (incremental-parse.ts), so a save re-parses only
 * the blocks that changed. A version with syntax errors keeps the page of the last version without them, with the
 * errors on top.
 */
export class LiveProject {
  private readonly project: Project;
  private readonly renderer = new PageRenderer();
  private readonly shelf = new BlueprintShelf();
  private good: { snapshot: Snapshot; page: PageContent; spec: string; blueprints: readonly ServedBlueprint[] } | undefined;
  private readers: (() => void) | undefined;
  private version = 0;
  private readonly pending = new Set<string>();
  private firstEvent = 0;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private watcher: FSWatcher | undefined;
  private poller: NodeJS.Timeout | undefined;
  private signature = '';
  current: PageVersion | undefined;

  constructor(private readonly options: LiveOptions) {
    this.project = new Project(options.root);
  }

  /** Analyses the project once and starts watching it. */
  async start(): Promise<PageVersion> {
    this.firstEvent = performance.now();
    await this.refresh();
    if (this.options.poll) this.startPolling();
    else {
      try {
        this.watcher = watch(this.options.root, { recursive: true }, (_event, name) => this.changed(name === null ? undefined : String(name)));
        this.watcher.on('error', () => this.startPolling());
      } catch {
        this.startPolling();
      }
    }
    return this.current!;
  }

  stop(): void {
    this.watcher?.close();
    if (this.poller) clearInterval(this.poller);
    if (this.timer) clearTimeout(this.timer);
  }

  /** A file event: `name` is relative to the root (undefined when the platform does not say). */
  changed(name: string | undefined): void {
    if (name !== undefined) {
      const rel = name.split('\\').join('/');
      if (!relevant(rel) || rel.split('/').some((part) => part === '.git' || part === 'node_modules')) return;
      this.pending.add(rel);
    }
    if (!this.timer && !this.running) this.firstEvent = performance.now();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, this.options.debounceMs ?? 20);
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      await this.refresh();
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.firstEvent = performance.now();
        void this.run();
      }
    }
  }

  /**
   * The texts of the project's files as last read, by absolute path, handed to the analysis as the editor's buffers
   * are in the language server: only the files named by file events are read again (a 10,000-step project has 117
   * files; reading them all took a tenth of an update). A path whose file is gone leaves the overlay with everything
   * under it, so removed files and folders drop out; new files are found by the analysis's walk of the folders.
   */
  private readonly texts = new Map<string, string>();

  private takePending(): void {
    for (const rel of this.pending) {
      const path = posix.join(this.options.root, rel);
      const text = rel.endsWith('.ccp') ? readText(path) : undefined;
      if (text !== undefined) {
        this.texts.set(path, text);
        continue;
      }
      this.texts.delete(path);
      const prefix = path + '/';
      for (const key of [...this.texts.keys()]) if (key.startsWith(prefix)) this.texts.delete(key);
    }
    this.pending.clear();
  }

  private async refresh(): Promise<void> {
    if (this.options.poll || this.poller) this.texts.clear(); // polling: no file names, so read everything
    this.takePending();
    const state = await this.project.refresh(this.texts);
    const analysis = state.analysis;
    this.texts.clear();
    for (const file of analysis.texts.files()) this.texts.set(posix.join(this.options.root, file), analysis.texts.get(file)!);
    const snapshot: Snapshot = { root: this.options.root, model: analysis.model, texts: analysis.texts, diagnostics: state.diagnostics };
    const syntax = state.diagnostics.filter((d) => isSyntaxError(d.code, d.severity));
    const date = (this.options.date ?? (() => new Date().toISOString().slice(0, 10)))();
    const first = !this.good;
    if (syntax.length === 0 || first) {
      const page = await buildPage(snapshot, this.renderer);
      // the first version waits for the blueprints and the spec preview; later ones show the previous ones first
      this.good = first
        ? { snapshot, page, spec: await specHtml(snapshot.model, date), blueprints: this.shelf.draw(snapshot.model) }
        : { snapshot, page, spec: this.good!.spec, blueprints: this.good!.blueprints };
    }
    const good = this.good!;
    const show = () => {
      const page = withSpec(withBlueprints(good.page, good.blueprints), good.spec);
      return syntax.length === 0 ? page : withProblems(page, { ...snapshot, diagnostics: syntax });
    };
    this.emit(show(), good.blueprints);
    if (first || syntax.length > 0) return;
    // The blueprints and the vendor-spec preview are drawn after the page is out: on a 10,000-step design they take
    // longer than the rest of an update. Open pages fetch the new version first (the server says when, see
    // `delivered`), so that their request does not wait behind this work.
    await this.readersOrTimeout();
    const blueprints = this.shelf.draw(snapshot.model);
    const spec = await specHtml(snapshot.model, date);
    const drawn = blueprints.length !== good.blueprints.length || blueprints.some((b, i) => b !== good.blueprints[i]);
    if ((spec !== good.spec || drawn) && this.good === good) {
      good.spec = spec;
      good.blueprints = blueprints;
      this.emit(show(), blueprints);
    }
  }

  /** The server calls this when a page has fetched the newest version. */
  delivered(version: number): void {
    if (version === this.version) this.readers?.();
  }

  private readersOrTimeout(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.readers = undefined;
        resolve();
      };
      const timer = setTimeout(done, READERS_WAIT_MS);
      this.readers = done;
    });
  }

  private emit(content: PageContent, blueprints: readonly ServedBlueprint[]): void {
    this.current = { version: ++this.version, content, buildMs: Math.round(performance.now() - this.firstEvent), blueprints, model: this.good!.snapshot.model };
    if (this.poller) this.signature = this.poll();
    this.options.onVersion?.(this.current);
  }

  /** Where fs.watch cannot watch: compares sizes and times of the files read and of their folders. */
  private startPolling(): void {
    this.watcher?.close();
    this.watcher = undefined;
    if (this.poller) return;
    this.signature = this.poll();
    this.poller = setInterval(() => {
      if (!this.running && this.poll() !== this.signature) this.changed(undefined);
    }, this.options.pollMs ?? 500);
  }

  private poll(): string {
    const files = this.good ? this.good.snapshot.texts.files() : [];
    const paths = new Set<string>([this.options.root]);
    for (const f of files) {
      paths.add(posix.join(this.options.root, f));
      paths.add(posix.dirname(posix.join(this.options.root, f)));
    }
    const parts: string[] = [];
    for (const p of [...paths].sort()) {
      try {
        const s = statSync(p);
        parts.push(`${p}:${s.size}:${s.mtimeMs}`);
      } catch {
        parts.push(`${p}:-`);
      }
    }
    return parts.join('\n');
  }
}
