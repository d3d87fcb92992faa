import { posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { diagnosticTexts, type Diagnostic } from '@ccp/core';
import { formatParsed } from '@ccp/language';
import {
  CodeActionKind,
  DiagnosticSeverity,
  FileChangeType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type Location,
  type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from './code-actions.js';
import { complete } from './completion.js';
import { hoverText, syntaxHover } from './hover.js';
import { documentSymbols } from './outline.js';
import { Positions } from './positions.js';
import { guardRequests } from './guard-requests.js';
import { type Project, type ProjectState } from './project.js';
import { ProjectRouter } from './project-router.js';
import { overlayHost } from './project.js';
import { registerEditorFeatures } from './editor-features.js';
import { registerPreviewRequests } from './preview-anchors.js';
import { semanticTokensLegend } from './semantic-tokens.js';
import { pathOf, toPath, UNTITLED } from './document-paths.js';
import { declaredElements, indexSymbols, occurrenceAt, stepKey, type SymbolIndex } from './symbols.js';

const severities = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };
const idPattern = /^[\p{L}_][\p{L}\p{M}\p{N}_-]*$/u;

export interface ServerOptions {
  /** Milliseconds to wait after an edit before re-checking (edits in that window are checked together). */
  debounceMs?: number;
}

/**
 * Wires the ccp language features to a connection. All state lives here: the open buffers, one Project per folder
 * (each with its parse cache), and the cross-reference index of the last analysis. Requests analyse first if an
 * edit is pending, so answers always match the text the editor has.
 */
export function createServer(given: Connection, options: ServerOptions = {}): void {
  let initialized = false;
  const connection = guardRequests(given, () => initialized);
  const documents = new TextDocuments(TextDocument);
  const overlay = new Map<string, string>();
  const uris = new Map<string, string>();
  const router = new ProjectRouter(() => overlayHost(overlay));
  const dirty = new Set<Project>();
  const published = new Map<string, string>();
  const publishedBy = new Map<Project, Set<string>>();
  const indexes = new WeakMap<ProjectState, SymbolIndex>();
  let debounceMs = options.debounceMs ?? 5;
  let timer: NodeJS.Timeout | undefined;

  const uriOf = (abs: string) => uris.get(abs) ?? pathToFileURL(abs).href;

  const projectFor = (path: string): Project => (path.startsWith(UNTITLED + '/') ? router.alone(path) : router.projectFor(path));

  const toLsp = (d: Diagnostic, pos: Positions, project: Project): LspDiagnostic => ({
    range: pos.range(d.loc),
    severity: severities[d.severity],
    code: d.code,
    source: 'ccp',
    message: d.suggestion && !d.message.includes(d.suggestion) ? `${d.message} ${d.suggestion}` : d.message,
    ...(d.related?.length
      ? {
          relatedInformation: d.related.map((r) => ({
            message: r.message,
            location: { uri: uriOf(posix.join(project.root, r.loc.file)), range: positionsOf(project.state, r.loc.file).range(r.loc) },
          })),
        }
      : {}),
    ...(d.data ? { data: d.data } : {}),
  });

  const positionCache = new WeakMap<ProjectState, Map<string, Positions>>();
  const positionsOf = (state: ProjectState | undefined, file: string): Positions => {
    const text = state?.analysis.texts.get(file) ?? '';
    if (!state) return new Positions(text);
    let map = positionCache.get(state);
    if (!map) positionCache.set(state, (map = new Map()));
    let pos = map.get(file);
    if (!pos) map.set(file, (pos = new Positions(text)));
    return pos;
  };

  const publish = (project: Project, state: ProjectState) => {
    const byFile = new Map<string, Diagnostic[]>();
    for (const file of state.analysis.texts.files()) byFile.set(file, []);
    for (const d of state.diagnostics) byFile.get(d.loc.file)?.push(d);
    const before = publishedBy.get(project) ?? new Set<string>();
    const now = new Set<string>();
    for (const [file, list] of byFile) {
      const uri = uriOf(posix.join(project.root, file));
      now.add(uri);
      const pos = positionsOf(state, file);
      const diagnostics = list.map((d) => toLsp(d, pos, project));
      const key = JSON.stringify(diagnostics);
      if (published.get(uri) === key) continue;
      published.set(uri, key);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of before) {
      // a file that left this project (a config came or went) may already be published by its new one
      if (now.has(uri) || [...publishedBy].some(([other, uris]) => other !== project && uris.has(uri))) continue;
      published.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    publishedBy.set(project, now);
  };

  /** Withdraws the diagnostics of a project that no longer exists. */
  const withdraw = (project: Project) => {
    for (const uri of publishedBy.get(project) ?? []) {
      published.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    publishedBy.delete(project);
    dirty.delete(project);
  };

  const refresh = (project: Project) => {
    void project.refresh(overlay).then(
      (state) => publish(project, state),
      (error: unknown) => connection.console.error(`ccp: analysis failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  /** Every project of the workspace: found, configured and published (at start, and when a config comes or goes). */
  const openWorkspace = () => {
    for (const project of router.discover()) refresh(project);
    for (const path of overlay.keys()) refresh(projectFor(path));
  };

  /** A ccp.config.json was edited, created or deleted. */
  const configChanged = (path: string, moved: boolean) => {
    const own = router.projects.get(posix.dirname(path));
    if (!moved && own) return refresh(own);
    for (const project of router.configsMoved()) withdraw(project);
    openWorkspace();
  };

  const analyze = (project: Project): ProjectState => {
    dirty.delete(project);
    const state = project.analyze(overlay);
    publish(project, state);
    return state;
  };

  const flush = () => {
    timer = undefined;
    for (const project of [...dirty]) {
      try {
        analyze(project);
      } catch (error) {
        connection.console.error(`ccp: analysis failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  };

  const schedule = (project: Project) => {
    dirty.add(project);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  const indexOf = (project: Project, state: ProjectState): SymbolIndex => {
    let index = indexes.get(state);
    if (!index) indexes.set(state, (index = indexSymbols(state.analysis.model, project.cache)));
    return index;
  };

  /** The project of a document, analysed up to the latest edit, and the document's path in it. */
  const current = (uri: string) => {
    const path = toPath(uri);
    const project = projectFor(path);
    const state = dirty.has(project) || !project.state ? analyze(project) : project.state;
    const file = posix.relative(project.root, path) || posix.basename(path);
    return { project, state, file, index: indexOf(project, state), pos: positionsOf(state, file) };
  };

  const location = (root: string, state: ProjectState, loc: Diagnostic['loc']): Location => ({
    uri: uriOf(posix.join(root, loc.file)),
    range: positionsOf(state, loc.file).range(loc),
  });

  connection.onInitialize((params: InitializeParams) => {
    initialized = true;
    const init = params.initializationOptions as { debounceMs?: number } | undefined;
    if (typeof init?.debounceMs === 'number') debounceMs = init.debounceMs;
    const folderUris = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!folderUris.length && params.rootUri) folderUris.push(params.rootUri);
    router.folders = folderUris.filter((u) => u.startsWith('file:')).map(toPath);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ',', '>', ' '] },
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: semanticTokensLegend, full: true },
        foldingRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'ccp', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    // configs and includes are read before the first check; every project of every folder is checked on its own
    openWorkspace();
  });

  const isConfig = (path: string) => posix.basename(path) === 'ccp.config.json';
  documents.onDidChangeContent((e) => {
    const path = pathOf(e.document.uri);
    if (path === undefined) return;
    const known = overlay.has(path);
    overlay.set(path, e.document.getText());
    uris.set(path, e.document.uri);
    // a config opened before it is saved may start a project
    if (isConfig(path)) configChanged(path, !known && !router.projects.has(posix.dirname(path)));
    else schedule(projectFor(path));
  });
  documents.onDidClose((e) => {
    const path = pathOf(e.document.uri);
    if (path === undefined) return;
    overlay.delete(path);
    if (path.startsWith(UNTITLED + '/')) {
      const project = router.alone(path);
      withdraw(project);
      router.forget(path);
    } else if (isConfig(path)) configChanged(path, true);
    else schedule(projectFor(path));
  });
  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (!change.uri.startsWith('file:')) continue;
      const path = toPath(change.uri);
      if (isConfig(path)) configChanged(path, change.type !== FileChangeType.Changed);
      else schedule(projectFor(path));
    }
  });

  connection.onCompletion((params) => {
    const { state, file, pos } = current(params.textDocument.uri);
    const text = state.analysis.texts.get(file) ?? documents.get(params.textDocument.uri)?.getText() ?? '';
    return complete(text, pos.offset(params.position), state.analysis.model, params.context?.triggerCharacter);
  });

  connection.onHover((params) => {
    const { state, file, index, pos } = current(params.textDocument.uri);
    const offset = pos.offset(params.position);
    const hit = occurrenceAt(index, file, offset);
    const symbol = hit && index.symbols.get(hit.key);
    if (!hit || !symbol) {
      const syntax = state.analysis.syntax.get(file);
      const doc = syntax && syntaxHover(syntax, offset, state.analysis.model.project?.outputLanguage);
      return doc ? { contents: { kind: 'markdown', value: doc.text }, range: pos.range(doc.loc) } : null;
    }
    const where = (loc: Diagnostic['loc']) => `${loc.file}:${positionsOf(state, loc.file).position(loc.start).line + 1}`;
    return { contents: { kind: 'markdown', value: hoverText(symbol, where, state.analysis.model.project?.outputLanguage) }, range: pos.range(hit.loc) } as const;
  });

  connection.onDefinition((params) => {
    const { project, state, file, index, pos } = current(params.textDocument.uri);
    const hit = occurrenceAt(index, file, pos.offset(params.position));
    const symbol = hit && index.symbols.get(hit.key);
    return symbol ? location(project.root, state, symbol.decl) : null;
  });

  connection.onReferences((params) => {
    const { project, state, file, index, pos } = current(params.textDocument.uri);
    const hit = occurrenceAt(index, file, pos.offset(params.position));
    const symbol = hit && index.symbols.get(hit.key);
    if (!symbol) return [];
    const locs = [...(params.context.includeDeclaration ? [symbol.decl] : []), ...symbol.refs.map((r) => r.loc)];
    return locs.map((l) => location(project.root, state, l));
  });

  connection.onPrepareRename((params) => {
    const { file, index, pos } = current(params.textDocument.uri);
    const hit = occurrenceAt(index, file, pos.offset(params.position));
    return hit ? pos.range(hit.loc) : null;
  });

  connection.onRenameRequest((params) => {
    const { project, state, file, index, pos } = current(params.textDocument.uri);
    const hit = occurrenceAt(index, file, pos.offset(params.position));
    const symbol = hit && index.symbols.get(hit.key);
    if (!symbol) return null;
    if (!idPattern.test(params.newName)) {
      throw new ResponseError(1, diagnosticTexts(state.analysis.model.project?.outputLanguage).renameInvalidId({ name: params.newName }));
    }
    const e = symbol.element;
    const clash = e.kind === 'step' ? stepKey(e.process, params.newName) : params.newName;
    if (params.newName !== e.id && index.symbols.has(clash)) {
      throw new ResponseError(1, diagnosticTexts(state.analysis.model.project?.outputLanguage).renameTaken({ name: params.newName }));
    }
    const changes: Record<string, TextEdit[]> = {};
    for (const loc of [symbol.decl, ...symbol.refs.map((r) => r.loc)]) {
      const l = location(project.root, state, loc);
      (changes[l.uri] ??= []).push({ range: l.range, newText: params.newName });
    }
    return { changes };
  });

  connection.onDocumentSymbol((params) => {
    const { state, file, pos } = current(params.textDocument.uri);
    const syntax = state.analysis.syntax.get(file);
    return syntax ? documentSymbols(syntax, pos, state.analysis.model.project?.outputLanguage) : [];
  });

  connection.onDocumentFormatting((params) => {
    const { project, state, file, pos } = current(params.textDocument.uri);
    const text = state.analysis.texts.get(file);
    if (text === undefined) return [];
    const result = formatParsed(text, project.cache.parse(file, text).parsed);
    if (!result.changed) return [];
    return [{ range: pos.range({ start: 0, end: text.length }), newText: result.text }];
  });

  connection.onCodeAction((params) => {
    const { project, state, file, pos } = current(params.textDocument.uri);
    const text = state.analysis.texts.get(file) ?? '';
    const from = pos.offset(params.range.start);
    const to = pos.offset(params.range.end);
    const findings = state.diagnostics
      .filter((d) => d.loc.file === file && d.loc.start <= to && d.loc.end >= from)
      .map((d) => ({ diagnostic: d, lsp: toLsp(d, pos, project) }));
    const homeOf = (kind: string) => {
      const last = declaredElements(state.analysis.model).filter((e) => e.kind === kind).pop();
      return last ? { uri: uriOf(posix.join(project.root, last.loc.file)), pos: positionsOf(state, last.loc.file), after: last.loc.end } : undefined;
    };
    return codeActions(params.textDocument.uri, findings, text, state.analysis.syntax.get(file), pos, homeOf, state.analysis.model.project?.outputLanguage);
  });

  const features = { current, location, projects: () => [...router.projects.values()], analyzed: (p: Project) => (dirty.has(p) || !p.state ? analyze(p) : p.state), indexOf };
  registerEditorFeatures(connection, features);
  registerPreviewRequests(connection, features);

  documents.listen(connection);
  connection.listen();
}
