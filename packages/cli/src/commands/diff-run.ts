import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Model } from '@ccp/core';
import { UsageError, type CliContext } from '../context.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { isGitSpec, loadGitProject } from '../project/git-project.js';
import { loadCliProject } from '../project/load-cli-project.js';
import type { DiffOptions } from './diff.js';

/** One side of a diff: its model and how many errors reading it gave. */
interface Side {
  model: Model;
  errors: number;
}

async function loadSide(ctx: CliContext, spec: string): Promise<Side> {
  if (spec === '') throw new UsageError('an empty path was given; name a folder, a file or REV:path.');
  if (!existsSync(resolve(ctx.cwd, spec)) && isGitSpec(spec)) {
    const analysis = await loadGitProject(ctx.cwd, spec);
    return { model: analysis.model, errors: analysis.diagnostics.filter((d) => d.severity === 'error').length };
  }
  const project = await loadCliProject(ctx, [spec], { skipRules: true });
  return { model: project.analysis.model, errors: project.diagnostics.filter((d) => d.severity === 'error').length };
}

/**
 * `ccp diff <old> <new>`: loads both sides (folder, file or git REV:path), compares the models and prints Markdown
 * or JSON. A side with syntax or reference errors is still compared (as far as it could be read), with a warning on
 * stderr; a missing path or a bad revision is a usage error (exit 2).
 */
export async function runDiff(ctx: CliContext, oldSpec: string, newSpec: string, opts: DiffOptions): Promise<number> {
  const [before, after] = [await loadSide(ctx, oldSpec), await loadSide(ctx, newSpec)];
  for (const [spec, side] of [[oldSpec, before], [newSpec, after]] as const) {
    if (side.errors) {
      ctx.stderr.write(`ccp: warning: ${spec} has ${side.errors} error${side.errors === 1 ? '' : 's'} (run ccp check); the diff uses what could be read.\n`);
    }
  }
  const { diffModels, renderDiffMarkdown } = await import('@ccp/generators/diff');
  const diff = diffModels(before.model, after.model);
  if (opts.format === 'json') ctx.stdout.write(JSON.stringify(diff, null, 2) + '\n');
  else ctx.stdout.write(terminalSafe(renderDiffMarkdown(diff, { oldLabel: oldSpec, newLabel: newSpec }), true));
  return 0;
}
