import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface InitOptions {
  name?: string;
  language?: string;
}

export function registerInit(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('init')
    .description(h.init)
    .argument(`[${h.argDir}]`, h.initDir)
    .option(`-n, --name <${h.valueName}>`, h.initName)
    .option(`-l, --language <${h.valueLanguage}>`, h.initLanguage, 'en')
    .action(async (dir: string | undefined, opts: InitOptions) => {
      const { runInit } = await import('./init-run.js');
      ctx.exitCode = await runInit(ctx, dir ?? '.', opts);
    });
}
