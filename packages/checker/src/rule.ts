import type { Diagnostic, Fix, Loc, Model, ModelIndex, Process, Severity, Step } from '@ccp/core';
import type { Links } from '@ccp/language';
import type { Messages } from './messages/index.js';

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
  /** The message catalog of the run's language (messages/en.ts, messages/pl.ts): every finding's text comes from it. */
  t: Messages;
  report(finding: Finding): void;
}

/**
 * What a rule does in the one pass over every process and its steps that all rules share. At 100k steps a pass
 * over the steps costs tens of milliseconds in memory reads alone, so rules that look at steps one by one do it
 * here, in ESLint's style of handlers per node, rather than each in a loop of its own.
 */
export interface ModelVisitor {
  /** Each process, before its steps. */
  process?(process: Process): void;
  /** Each step of each process, in order. */
  step?(step: Step, process: Process): void;
  /** After the last process. */
  end?(): void;
}

/**
 * One check, in the style of ESLint and bpmnlint: an id, a one-line imperative description, a default severity,
 * and a `check` that reads the model (never the syntax) and reports findings, directly or through the handlers it
 * returns for the shared pass. Each rule has a doc page `docs/rules/<id>.md` and a spec with valid and invalid
 * cases; a meta-test enforces both.
 */
export interface Rule {
  id: string;
  description: string;
  severity: Exclude<Severity, 'info'>;
  check(ctx: RuleContext): ModelVisitor | void;
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
