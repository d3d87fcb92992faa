import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export interface InitOptions {
  name?: string;
  language?: string;
}

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('Start a project: ccp.config.json, a starter main.ccp that checks clean, and a GitHub Actions workflow running ccp check.')
    .argument('[dir]', 'folder to create the project in (default: the current folder)')
    .option('-n, --name <name>', 'display name of the contact center (default: the folder name)')
    .option('-l, --language <lang>', 'output language of documents: en or pl', 'en')
    .action(async (dir: string | undefined, opts: InitOptions) => {
      const { runInit } = await import('./init-run.js');
      ctx.exitCode = await runInit(ctx, dir ?? '.', opts);
    });
}
