import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function registerSchema(program: Command, ctx: CliContext): void {
  program
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of the JSON model (ccp export json), or of ccp.config.json.')
    .option('--config', 'print the schema of ccp.config.json instead')
    .action(async (opts: { config?: boolean }) => {
      if (opts.config) {
        const { configSchema } = await import('@ccp/checker');
        ctx.stdout.write(`${JSON.stringify(configSchema, null, 2)}\n`);
      } else {
        const { modelSchema } = await import('@ccp/generators/json');
        ctx.stdout.write(`${JSON.stringify(modelSchema(), null, 2)}\n`);
      }
    });
}
