import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface StaffingOptions {
  format: string;
  scenario?: string;
  month?: string;
  out?: string;
  shifts?: boolean;
  force?: boolean;
  lang?: string;
}

export function registerStaffing(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('staffing')
    .description(h.staffing)
    .argument(`[${h.argPaths}...]`, h.paths)
    .addOption(new Option(`-f, --format <${h.valueFormat}>`, h.outputFormat).choices(['table', 'json', 'xlsx']).default('table'))
    .option(`-s, --scenario <${h.valueName}>`, h.staffingScenario)
    .option(`-m, --month <${h.valueMonth}>`, h.staffingMonth)
    .option('--shifts', h.staffingShifts)
    .option('--force', h.staffingForce)
    .addOption(new Option(`--lang <${h.valueLanguage}>`, h.staffingLang).choices(['en', 'pl']))
    .option(`-o, --out <${h.valueFile}>`, h.outStdout)
    .action(async (paths: string[], opts: StaffingOptions) => {
      const { runStaffing } = await import('./staffing-run.js');
      ctx.exitCode = await runStaffing(ctx, paths, opts);
    });
}
