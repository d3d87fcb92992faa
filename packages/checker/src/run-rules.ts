import { Codes, indexModel, type Diagnostic, type Element, type Model, type OutputLanguage, type Severity } from '@ccp/core';
import { messagesFor } from './messages/index.js';
import type { Analysis, Faults } from '@ccp/language';
import { toDiagnostic, type ModelVisitor, type Rule, type RuleSetting } from './rule.js';
import { rules as allRules } from './rules/index.js';

export function severityOf(setting: RuleSetting): Severity | 'off' {
  return setting === 'warn' ? 'warning' : setting;
}

/** One rule at work: its findings, and its handlers for the shared pass until it fails. */
interface RuleRun {
  rule: Rule;
  findings: Diagnostic[];
  visitor: ModelVisitor | undefined;
}

/**
 * Runs every rule over the analysed model with the configured severities (`off` skips a rule): each rule's
 * `check`, then one pass over the processes and steps for the handlers the rules returned. Findings come out rule
 * by rule, in the order of `rules`. A rule that throws becomes one internal diagnostic after its findings so far,
 * is not called again, and the other rules still run.
 */
export function runRules(
  analysis: Pick<Analysis, 'model' | 'links'>,
  settings: Readonly<Record<string, RuleSetting>> = {},
  rules: readonly Rule[] = allRules,
  options: { language?: OutputLanguage } = {},
): Diagnostic[] {
  // the project's output language unless the caller (e.g. `ccp check --lang`) says otherwise
  const t = messagesFor(options.language ?? analysis.model.project?.outputLanguage);
  const model = withoutDuplicates(analysis.model, analysis.links.faults);
  const index = indexModel(model);
  const firstFile = analysis.model.files[0] ?? '';
  const fail = (run: RuleRun, error: unknown) => {
    run.visitor = undefined;
    run.findings.push({
      code: Codes.internal,
      severity: 'error',
      message: t.ruleFailed({ rule: run.rule.id, error: error instanceof Error ? error.message : String(error) }),
      loc: { file: firstFile, start: 0, end: 0 },
    });
  };
  const runs: RuleRun[] = [];
  for (const rule of rules) {
    const configured = settings[rule.id];
    const severity = configured ? severityOf(configured) : rule.severity;
    if (severity === 'off') continue;
    const run: RuleRun = { rule, findings: [], visitor: undefined };
    runs.push(run);
    try {
      run.visitor =
        rule.check({
          model,
          index,
          links: analysis.links,
          t,
          report: (f) => run.findings.push(toDiagnostic(rule, severity, f)),
        }) || undefined;
    } catch (error) {
      fail(run, error);
    }
  }
  visitModel(model, runs, fail);
  return runs.flatMap((run) => run.findings);
}

/** The shared pass: every process, then each of its steps, through the handlers of the rules still running. */
function visitModel(model: Model, runs: RuleRun[], fail: (run: RuleRun, error: unknown) => void): void {
  const onProcess = runs.filter((r) => r.visitor?.process);
  const onStep = runs.filter((r) => r.visitor?.step);
  if (onProcess.length || onStep.length)
    for (const process of model.processes) {
      for (const run of onProcess)
        try {
          run.visitor?.process?.(process);
        } catch (error) {
          fail(run, error);
        }
      for (const step of process.steps)
        for (const run of onStep)
          try {
            run.visitor?.step?.(step, process);
          } catch (error) {
            fail(run, error);
          }
    }
  for (const run of runs)
    try {
      run.visitor?.end?.();
    } catch (error) {
      fail(run, error);
    }
}

const lists = ['personas', 'stages', 'channels', 'touchpoints', 'processes', 'roles', 'systems', 'data', 'functions', 'kpis', 'scenarios'] as const;

/**
 * The model as the rules see it: without the second declarations of an id (same kind; steps in the same process).
 * The duplicate-id finding says all there is to say about one; its fields would only repeat findings of the first.
 */
function withoutDuplicates(model: Model, faults: Faults | undefined): Model {
  const dups = faults?.duplicates;
  if (!dups || dups.size === 0) return model;
  const keep = (e: Element) => !dups.has(e);
  const view: Model = { ...model };
  for (const key of lists) (view[key] as Element[]) = (model[key] as Element[]).filter(keep);
  view.processes = view.processes.map((p) => (p.steps.some((s) => dups.has(s)) ? { ...p, steps: p.steps.filter(keep) } : p));
  return view;
}
