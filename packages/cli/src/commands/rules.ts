import { maxOf, cliText } from '@ccp/core';
import { Option, type Command } from 'commander';
import { UsageError, type CliContext } from '../context.js';
import { helpIn, spoken } from '../language.js';

export function registerRules(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('rules')
    .description(h.rules)
    .addOption(new Option(`-f, --format <${h.valueFormat}>`, h.rulesFormat).choices(['table', 'json']).default('table'))
    .action(async (opts: { format: string }) => {
      const { rules, ruleDescriptionsPl } = await import('@ccp/checker');
      const list = rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description }));
      if (opts.format === 'json') ctx.stdout.write(JSON.stringify(list, null, 2) + '\n');
      else if (opts.format === 'table') {
        // the table is for people: in the language ccp speaks (JSON keeps the English of the rules)
        const polish = spoken(ctx) === 'pl';
        const w = maxOf(list.map((r) => r.id.length));
        for (const r of list) ctx.stdout.write(`${r.id.padEnd(w)}  ${r.severity.padEnd(7)}  ${(polish ? ruleDescriptionsPl[r.id] : undefined) ?? r.description}\n`);
      } else throw new UsageError(cliText('formatTableOrJson', { format: opts.format }));
    });
}
