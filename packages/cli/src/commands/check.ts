import { cliText } from '@ccp/core';
import { Option, type Command } from 'commander';
import { UsageError, type CliContext } from '../context.js';

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
  program
    .command('check')
    .description('Check .ccp files for gaps: syntax, references and every rule. Exit 0 clean, 1 errors, 2 usage or I/O.')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'stylish, json, sarif, github or junit').default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', collect, [])
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'no colors in stylish output')
    .addOption(new Option('--lang <language>', "language of the findings: en or pl (default: the project's output_language)").choices(['en', 'pl']))
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
