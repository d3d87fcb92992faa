import { cliText } from '@ccp/core';
import type { Command } from 'commander';
import { UsageError, type CliContext } from '../context.js';
import { helpIn } from '../language.js';

export function registerLsp(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('lsp')
    .description(h.lsp)
    .option('--stdio', h.lspStdio)
    .action(async (opts: { stdio?: boolean }) => {
      if (!opts.stdio) throw new UsageError(cliText('lspStdio'));
      const { startServer } = await import('@ccp/lsp');
      await startServer();
      ctx.exitCode = 0;
    });
}
