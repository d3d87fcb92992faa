import { Codes, indexModel, type Diagnostic, type Severity } from '@ccp/core';
import type { Analysis } from '@ccp/language';
import { toDiagnostic, type Rule, type RuleSetting } from './rule.js';
import { rules as allRules } from './rules/index.js';

export function severityOf(setting: RuleSetting): Severity | 'off' {
  return setting === 'warn' ? 'warning' : setting;
}

/**
 * Runs every rule over the analysed model with the configured severities (`off` skips a rule). A rule that
 * throws becomes one internal diagnostic and the other rules still run.
 */
export function runRules(
  analysis: Pick<Analysis, 'model' | 'links'>,
  settings: Readonly<Record<string, RuleSetting>> = {},
  rules: readonly Rule[] = allRules,
): Diagnostic[] {
  const index = indexModel(analysis.model);
  const out: Diagnostic[] = [];
  const firstFile = analysis.model.files[0] ?? '';
  for (const rule of rules) {
    const configured = settings[rule.id];
    const severity = configured ? severityOf(configured) : rule.severity;
    if (severity === 'off') continue;
    try {
      rule.check({
        model: analysis.model,
        index,
        links: analysis.links,
        report: (f) => out.push(toDiagnostic(rule, severity, f)),
      });
    } catch (error) {
      out.push({
        code: Codes.internal,
        severity: 'error',
        message: `Rule '${rule.id}' failed (${error instanceof Error ? error.message : String(error)}); this is a bug in ccp. The other rules still ran.`,
        loc: { file: firstFile, start: 0, end: 0 },
      });
    }
  }
  return out;
}
