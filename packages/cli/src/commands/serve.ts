import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface ServeCliOptions {
  port?: string;
  host?: string;
  open?: boolean;
  poll?: boolean;
}

export function registerServe(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('serve')
    .description(h.serve)
    .argument(`[${h.argPath}]`, h.servePath)
    .option('-p, --port <n>', h.servePort)
    .option(`--host <${h.valueAddress}>`, h.serveHost)
    .option('--open', h.serveOpen)
    .option('--poll', h.servePoll)
    .action(async (path: string | undefined, opts: ServeCliOptions) => {
      const { runServe } = await import('./serve-run.js');
      ctx.exitCode = await runServe(ctx, path, opts);
    });
}
