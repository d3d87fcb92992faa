import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  env,
  Position,
  Range,
  Selection,
  Uri,
  ViewColumn,
  window,
  workspace,
  type Disposable,
  type OutputChannel,
  type TextDocument,
  type TextEditor,
  type WebviewPanel,
} from 'vscode';
import { insideFolder, pageAddress, projectRootFor, revealRequest, webviewHtml } from './preview-logic.js';
import { PreviewProcess } from './preview-process.js';

/** The language server's requests for the preview (packages/lsp/src/preview-anchors.ts). */
const ANCHOR_AT = 'ccp/previewAnchorAt';
const ANCHOR_LOCATION = 'ccp/previewAnchorLocation';
/** Quiet time after the cursor moves before the preview follows. */
const FOLLOW_DELAY_MS = 150;

interface LspLocation {
  uri: string;
  range: { start: { line: number; character: number } };
}

/** What the preview needs of the extension: its folder, the language server's requests, and an output channel. */
export interface PreviewDeps {
  extensionPath: string;
  request<R>(method: string, params: unknown): Promise<R | undefined>;
  output: OutputChannel;
}

/**
 * "ccp: Open preview": the `ccp serve` page of the project in a webview beside the editor. The page comes from the
 * preview server the extension carries (out/preview.cjs), started for the project in embed mode; the webview holds
 * it in an iframe. The preview follows the element under the cursor (the language server says which:
 * `ccp/previewAnchorAt`), and a click on an element's heading, a diagram node or a finding's location opens its
 * source beside it (`ccp/previewAnchorLocation`, or the finding's file), only inside the workspace folder.
 * One preview at a time; it ends its server when closed.
 */
export class PreviewPanel implements Disposable {
  private static current: PreviewPanel | undefined;
  private readonly disposables: Disposable[] = [];
  private server: PreviewProcess | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastAnchor: string | undefined;
  /** Until then, the cursor moved because of a click on the page: the page is not moved away from what was clicked. */
  private quietUntil = 0;
  private editorColumn: ViewColumn = ViewColumn.One;
  private disposed = false;

  private constructor(
    private readonly panel: WebviewPanel,
    private readonly root: string,
    private readonly folder: string,
    private readonly deps: PreviewDeps,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onPageMessage(m)),
      window.onDidChangeTextEditorSelection((e) => this.follow(e.textEditor)),
      window.onDidChangeActiveTextEditor((e) => e && this.follow(e)),
    );
  }

  /** Opens the preview of the project of the active .ccp editor (or of the first workspace folder), or shows it. */
  static async open(deps: PreviewDeps): Promise<void> {
    const editor = window.activeTextEditor;
    const doc = editor?.document.languageId === 'ccp' && editor.document.uri.scheme === 'file' ? editor.document : undefined;
    const folderUri = (doc && workspace.getWorkspaceFolder(doc.uri)?.uri) ?? workspace.workspaceFolders?.[0]?.uri;
    if (!folderUri || folderUri.scheme !== 'file') {
      void window.showErrorMessage('ccp: open a folder with a ccp project (a ccp.config.json or .ccp files) to preview it.');
      return;
    }
    const folder = folderUri.fsPath;
    const root = projectRootFor(doc?.uri.fsPath, folder);
    const open = PreviewPanel.current;
    if (open && open.root === root && !open.disposed) {
      open.panel.reveal(ViewColumn.Beside, true);
      if (editor) open.follow(editor);
      return;
    }
    open?.dispose();
    const panel = window.createWebviewPanel(
      'ccp.preview',
      `Preview: ${basename(root)}`,
      { viewColumn: ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [], enableFindWidget: true },
    );
    const preview = new PreviewPanel(panel, root, folder, deps);
    PreviewPanel.current = preview;
    if (editor?.viewColumn) preview.editorColumn = editor.viewColumn;
    await preview.start(editor);
  }

  private async start(editor: TextEditor | undefined): Promise<void> {
    this.panel.webview.html = `<!doctype html><html><body><p>Starting the preview of ${this.root.replace(/[<>&"]/g, '')}…</p></body></html>`;
    try {
      const server = await PreviewProcess.start(this.deps.extensionPath, this.root, (t) => this.deps.output.append(`[preview] ${t}`));
      if (this.disposed) return void server.stop();
      this.server = server;
      // in VS Code for the web, code-server or a remote window, the page is reached through a forwarded address
      // (whose host the server then sees in Host); the server is told to accept that origin, and nothing wider
      const local = new URL(server.url);
      const external = await env.asExternalUri(Uri.parse(`${local.protocol}//${local.host}/`));
      const src = pageAddress(external.toString(true), server.url);
      const origin = new URL(src).origin;
      if (origin !== new URL(server.url).origin && !(await server.allowEmbedder(origin))) {
        this.deps.output.appendLine(`[preview] The forwarded address ${origin} was not accepted by the preview server.`);
      }
      this.panel.webview.html = webviewHtml({ src, nonce: randomBytes(16).toString('base64'), title: `Preview of ${basename(this.root)}` });
      if (editor) this.follow(editor);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.deps.output.appendLine(`[preview] ${message}`);
      void window.showErrorMessage(`ccp: the preview could not start. ${message}`);
      this.panel.dispose();
    }
  }

  /** After the cursor moved in a .ccp file of this project: show the element there (debounced). */
  private follow(editor: TextEditor): void {
    const doc = editor.document;
    if (doc.languageId !== 'ccp' || !this.inProject(doc)) return;
    if (editor.viewColumn) this.editorColumn = editor.viewColumn;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const quiet = Date.now() < this.quietUntil;
      const position = editor.selection.active;
      void this.deps
        .request<string | null>(ANCHOR_AT, { textDocument: { uri: doc.uri.toString() }, position: { line: position.line, character: position.character } })
        .then((anchor) => {
          if (!anchor || this.disposed || anchor === this.lastAnchor) return;
          this.lastAnchor = anchor;
          if (!quiet) void this.panel.webview.postMessage({ type: 'show', anchor });
        });
    }, FOLLOW_DELAY_MS);
  }

  private inProject(doc: TextDocument): boolean {
    return doc.uri.scheme === 'file' && projectRootFor(doc.uri.fsPath, this.folder) === this.root;
  }

  /** A click on the page: open the declaration or the finding's place beside the preview, if inside the folder. */
  private async onPageMessage(data: unknown): Promise<void> {
    const request = revealRequest(data);
    if (!request) return;
    let file: string | undefined;
    let line = 0;
    let character = 0;
    if ('anchor' in request) {
      const config = Uri.file(`${this.root}/ccp.config.json`).toString();
      const at = await this.deps.request<LspLocation | null>(ANCHOR_LOCATION, { textDocument: { uri: config }, anchor: request.anchor });
      if (!at || !at.uri.startsWith('file:')) return;
      file = fileURLToPath(at.uri);
      line = at.range.start.line;
      character = at.range.start.character;
    } else {
      file = request.file;
      line = request.line - 1;
      character = request.column - 1;
    }
    const real = insideFolder(file, this.folder);
    if (!real) {
      this.deps.output.appendLine(`[preview] Not opened: ${file} is outside the workspace folder ${this.folder}.`);
      return;
    }
    const at = new Position(line, character);
    this.quietUntil = Date.now() + 1000;
    const editor = await window.showTextDocument(Uri.file(real), { viewColumn: this.editorColumn, preserveFocus: false, selection: new Range(at, at) });
    editor.selection = new Selection(at, at);
    editor.revealRange(new Range(at, at));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    if (PreviewPanel.current === this) PreviewPanel.current = undefined;
    void this.server?.stop();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }

  /** Closes the open preview (the extension is deactivated). */
  static disposeCurrent(): void {
    PreviewPanel.current?.dispose();
  }
}
