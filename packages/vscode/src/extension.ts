import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { failureMessage, planLaunch, type Launch } from './launch.js';
import { PreviewPanel } from './preview-panel.js';
import { ServerClient } from './server-client.js';
import { ServerStatus } from './status.js';

const RESTART = 'ccp.restartServer';
const SHOW_OUTPUT = 'ccp.showOutput';
const OPEN_PREVIEW = 'ccp.openPreview';

let server: ServerClient | undefined;

/**
 * Starts the ccp language server (the one bundled with the extension, or `ccp.server.path`), shows its state in the
 * status bar, restarts it on "ccp: Restart language server" and whenever `ccp.server.*` changes, so no setting
 * needs a window reload.
 */
export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('ccp language server');
  const status = new ServerStatus(SHOW_OUTPUT);
  const plan = (): Launch => planLaunch(workspace.getConfiguration('ccp').get<string>('server.path', ''), context.extensionPath);
  server = new ServerClient(plan, output, status, (launch, error, said) => void reportFailure(failureMessage(launch, error, said), output));
  context.subscriptions.push(
    output,
    status,
    { dispose: () => void server?.stop() },
    commands.registerCommand(RESTART, () => server?.restart()),
    commands.registerCommand(SHOW_OUTPUT, () => output.show(true)),
    commands.registerCommand(OPEN_PREVIEW, () =>
      PreviewPanel.open({ extensionPath: context.extensionPath, output, request: (method, params) => server?.request(method, params) ?? Promise.resolve(undefined) }),
    ),
    { dispose: () => PreviewPanel.disposeCurrent() },
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('ccp.server')) void server?.restart();
    }),
  );
  await server.restart();
}

async function reportFailure(message: string, output: { show(preserveFocus: boolean): void }): Promise<void> {
  const choice = await window.showErrorMessage(message, 'Open Settings', 'Show Output', 'Restart');
  if (choice === 'Open Settings') await commands.executeCommand('workbench.action.openSettings', 'ccp.server.path');
  else if (choice === 'Show Output') output.show(true);
  else if (choice === 'Restart') await commands.executeCommand(RESTART);
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
