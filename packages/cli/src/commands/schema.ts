import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export function registerSchema(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('schema')
    .description(h.schema)
    .option('--config', h.schemaConfig)
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
