import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export interface ServeCliOptions {
  port?: string;
  host?: string;
  open?: boolean;
  poll?: boolean;
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Show the design as a live web page on this machine (findings, diagrams, roles, functions, staffing, vendor spec), updated on every save.')
    .argument('[path]', 'the project folder or a file in it (default: the current folder)')
    .option('-p, --port <n>', 'port to listen on (default: a free port)')
    .option('--host <address>', 'interface to listen on (default: 127.0.0.1; another one makes the page reachable from other machines)')
    .option('--open', 'open the page in the default browser')
    .option('--poll', 'poll the files for changes instead of watching them')
    .action(async (path: string | undefined, opts: ServeCliOptions) => {
      const { runServe } = await import('./serve-run.js');
      ctx.exitCode = await runServe(ctx, path, opts);
    });
}
