import { cliText } from '@ccp/core';
import type { Command } from 'commander';
import { UsageError, type CliContext } from '../context.js';

export function registerLsp(program: Command, ctx: CliContext): void {
  program
    .command('lsp')
    .description('Start the language server for editors (diagnostics, completion, hover, navigation, rename, formatting).')
    .option('--stdio', 'talk JSON-RPC over standard input and output (the only transport)')
    .action(async (opts: { stdio?: boolean }) => {
      if (!opts.stdio) throw new UsageError(cliText('lspStdio'));
      const { startServer } = await import('@ccp/lsp');
      await startServer();
      ctx.exitCode = 0;
    });
}
