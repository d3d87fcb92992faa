import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';

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
  program
    .command('staffing')
    .description('Agents per channel and interval (Erlang C, or Erlang A with patience), FTE after shrinkage, supervisors, gaps and cost.')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'xlsx']).default('table'))
    .option('-s, --scenario <name>', 'show this scenario beside the baseline')
    .option('-m, --month <month>', 'staff a month of the seasonality (jan..dec) instead of the average month')
    .option('--shifts', 'plan the fewest agents on shift patterns (declared, or full time 8 h and part time 4 h) that cover every interval')
    .option('--force', 'compute even when the design has errors; every output then says so (exit 1 still)')
    .addOption(new Option('--lang <language>', "language of the output: en or pl (default: the project's output_language)").choices(['en', 'pl']))
    .option('-o, --out <file>', 'write to a file instead of standard output (required for xlsx)')
    .action(async (paths: string[], opts: StaffingOptions) => {
      const { runStaffing } = await import('./staffing-run.js');
      ctx.exitCode = await runStaffing(ctx, paths, opts);
    });
}
