import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/**
 * How to start `ccp lsp --stdio`: the configured command, else the workspace's own ccp (node_modules/.bin), else
 * `ccp` on the PATH. The server is the CLI's, so the editor always checks with the same ccp version as CI.
 */
function serverOptions(): ServerOptions {
  const configured = workspace.getConfiguration('ccp').get<string>('server.path', '').trim();
  const args = ['lsp', '--stdio'];
  if (configured.endsWith('.js') || configured.endsWith('.mjs')) {
    return { command: process.execPath, args: [configured, ...args], options: { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } } };
  }
  if (configured) return { command: configured, args };
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'ccp.cmd' : 'ccp');
    if (existsSync(local)) return { command: local, args, options: { shell: process.platform === 'win32' } };
  }
  return { command: 'ccp', args, options: { shell: process.platform === 'win32' } };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'ccp' }],
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{*.ccp,ccp.config.json}') },
  };
  client = new LanguageClient('ccp', 'ccp language server', serverOptions(), clientOptions);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
