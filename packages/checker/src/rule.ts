import type { Diagnostic, Fix, Loc, Model, ModelIndex, Severity } from '@ccp/core';
import type { Links } from '@ccp/language';

/** What a rule reports; the runner adds the rule id and the configured severity. */
export interface Finding {
  message: string;
  loc: Loc;
  related?: { message: string; loc: Loc }[];
  suggestion?: string;
  fixes?: Fix[];
  data?: Record<string, string>;
}

export interface RuleContext {
  model: Model;
  index: ModelIndex;
  links: Links;
  report(finding: Finding): void;
}

/**
 * One check, in the style of ESLint and bpmnlint: an id, a one-line imperative description, a default severity,
 * and a `check` that reads the model (never the syntax) and reports findings. Each rule has a doc page
 * `docs/rules/<id>.md` and a spec with valid and invalid cases; a meta-test enforces both.
 */
export interface Rule {
  id: string;
  description: string;
  severity: Exclude<Severity, 'info'>;
  check(ctx: RuleContext): void;
}

export type RuleSetting = 'off' | 'warn' | 'warning' | 'error';

export function toDiagnostic(rule: Rule, severity: Severity, f: Finding): Diagnostic {
  return {
    code: rule.id,
    severity,
    message: f.message,
    loc: f.loc,
    ...(f.related ? { related: f.related } : {}),
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    ...(f.fixes ? { fixes: f.fixes } : {}),
    ...(f.data ? { data: f.data } : {}),
  };
}
