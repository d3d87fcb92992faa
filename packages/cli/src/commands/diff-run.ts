import { cliText } from '@ccp/core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic, Model } from '@ccp/core';
import { runRules } from '@ccp/checker';
import { UsageError, type CliContext } from '../context.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { isGitSpec, loadGitProject } from '../project/git-project.js';
import { loadCliProject } from '../project/load-cli-project.js';
import type { DiffOptions } from './diff.js';
import { say } from '../language.js';

/** One side of a diff: its model and the errors and warnings reading it (and, for the new side, checking it) gave. */
interface Side {
  model: Model;
  errors: number;
  warnings: number;
}

const count = (diagnostics: readonly Diagnostic[], severity: string) => diagnostics.filter((d) => d.severity === severity).length;

/** Loads one side; `check`: also runs the rules with the project's settings, as `ccp check` does. */
async function loadSide(ctx: CliContext, spec: string, check: boolean): Promise<Side> {
  if (spec === '') throw new UsageError(cliText('emptyPath'));
  if (!existsSync(resolve(ctx.cwd, spec)) && isGitSpec(spec)) {
    const { analysis, config } = await loadGitProject(ctx.cwd, spec);
    const all = check ? [...analysis.diagnostics, ...runRules(analysis, config.rules ?? {})] : analysis.diagnostics;
    return { model: analysis.model, errors: count(all, 'error'), warnings: count(all, 'warning') };
  }
  const project = await loadCliProject(ctx, [spec], { skipRules: !check });
  return { model: project.analysis.model, errors: count(project.diagnostics, 'error'), warnings: count(project.diagnostics, 'warning') };
}

/**
 * `ccp diff <old> <new>`: loads both sides (folder, file or git REV:path), checks the new one as `ccp check` does,
 * compares the models and prints Markdown or JSON. A side with errors is still compared (as far as it could be
 * read), with a warning on stderr, and the output says when the new version fails `ccp check`; the exit code stays
 * 0 (the diff was written; `ccp check` is the gate). A missing path or a bad revision is a usage error (exit 2).
 */
export async function runDiff(ctx: CliContext, oldSpec: string, newSpec: string, opts: DiffOptions): Promise<number> {
  const [before, after] = [await loadSide(ctx, oldSpec, false), await loadSide(ctx, newSpec, true)];
  for (const [spec, side] of [[oldSpec, before], [newSpec, after]] as const) {
    if (side.errors) {
      ctx.stderr.write(`${say(ctx, 'diffSideErrors', { spec, errors: side.errors })}\n`);
    }
  }
  const { diffModels, renderDiffMarkdown } = await import('@ccp/generators/diff');
  const diff = diffModels(before.model, after.model);
  diff.check = { errors: after.errors, warnings: after.warnings };
  if (opts.format === 'json') ctx.stdout.write(JSON.stringify(diff, null, 2) + '\n');
  else {
    // a comment for the team: in --lang (or CCP_LANG), else the new version's output_language
    const language = ctx.language?.given ?? after.model.project?.outputLanguage ?? 'en';
    ctx.stdout.write(terminalSafe(renderDiffMarkdown(diff, { oldLabel: oldSpec, newLabel: newSpec, language }), true));
  }
  return 0;
}
