import { cliText } from '@ccp/core';
import { Option, type Command } from 'commander';
import { UsageError, type CliContext } from '../context.js';
import { helpIn } from '../language.js';

export interface CheckOptions {
  format: string;
  maxWarnings?: string;
  rule: string[];
  quiet?: boolean;
  color?: boolean;
  lang?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerCheck(program: Command, ctx: CliContext): void {
  const h = helpIn(ctx);
  program
    .command('check')
    .description(h.check)
    .argument(`[${h.argPaths}...]`, h.paths)
    .addOption(new Option(`-f, --format <${h.valueFormat}>`, h.checkFormat).default('stylish'))
    .option('--max-warnings <n>', h.checkMaxWarnings)
    .option(`--rule <${h.valueRule}>`, h.checkRule, collect, [])
    .option('-q, --quiet', h.checkQuiet)
    .option('--no-color', h.checkNoColor)
    .addOption(new Option(`--lang <${h.valueLanguage}>`, h.checkLang).choices(['en', 'pl']))
    .action(async (paths: string[], opts: CheckOptions) => {
      const { runCheck } = await import('./check-run.js');
      ctx.exitCode = await runCheck(ctx, paths, opts);
    });
}

/** Parses repeated `--rule id=severity` options. */
export function parseRuleOptions(values: string[]): Record<string, 'off' | 'warn' | 'error'> {
  const out: Record<string, 'off' | 'warn' | 'error'> = {};
  for (const v of values) {
    const m = /^([^=]+)=(off|warn|warning|error)$/.exec(v.trim());
    if (!m) throw new UsageError(cliText('ruleOverride', { value: v }));
    out[m[1]!] = m[2] === 'warning' ? 'warn' : (m[2] as 'off' | 'warn' | 'error');
  }
  return out;
}
