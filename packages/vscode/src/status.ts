import { StatusBarAlignment, ThemeColor, window, type Disposable, type StatusBarItem } from 'vscode';

/** What the status bar says about the language server. */
export type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

const looks: Record<ServerState, { icon: string; background?: string }> = {
  starting: { icon: '$(sync~spin)' },
  running: { icon: '$(check)' },
  stopped: { icon: '$(circle-slash)', background: 'statusBarItem.warningBackground' },
  failed: { icon: '$(error)', background: 'statusBarItem.errorBackground' },
};

/** The status-bar item: the server's state, where it comes from, and a click that shows its output. */
export class ServerStatus implements Disposable {
  private readonly item: StatusBarItem;
  state: ServerState = 'stopped';

  constructor(showOutputCommand: string) {
    this.item = window.createStatusBarItem('ccp.server', StatusBarAlignment.Left, 0);
    this.item.name = 'ccp language server';
    this.item.command = showOutputCommand;
  }

  set(state: ServerState, origin: string, detail?: string): void {
    this.state = state;
    const look = looks[state];
    this.item.text = `${look.icon} ccp`;
    this.item.backgroundColor = look.background ? new ThemeColor(look.background) : undefined;
    this.item.tooltip = `ccp language server: ${state} (${origin}).${detail ? ` ${detail}` : ''} Click to show its output; "ccp: Restart language server" restarts it.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
