import type { CliContext } from '../context.js';
import { summarize } from '../format/report.js';
import { stylish } from '../format/stylish.js';
import { say, spoken } from '../language.js';
import type { CliProject } from './load-cli-project.js';

/** What a command that writes an artifact from a design decides about the design's errors. */
export interface DesignErrorGate {
  /** True: print nothing more, write nothing, exit 1. */
  refuse: boolean;
  /** Errors in the design (0 when it has none); with `--force`, the artifact is marked with this count. */
  errors: number;
}

/**
 * The one rule every command that writes an artifact from a design follows (`spec`, `export`, `staffing`, `docs`,
 * `diagram`, `build`): a design with errors (as `ccp check` counts them, rules included) is refused the same way,
 * its errors printed on stderr in the stylish form of `ccp check` and nothing written (the caller returns 1), unless
 * `--force` is given; then the errors are still printed, and the caller writes the artifact marked as made from a
 * design with `errors` errors. Called at the start of each command's action, before anything is written.
 */
export function gateDesignErrors(ctx: CliContext, project: CliProject, command: string, force: boolean | undefined): DesignErrorGate {
  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return { refuse: false, errors: 0 };
  const texts = project.analysis.texts;
  const located = errors.map((d) => ({ ...texts.locate(d), displayFile: project.display(d.loc.file) }));
  ctx.stderr.write(
    stylish({
      diagnostics: located,
      texts,
      root: project.root,
      cwd: ctx.cwd,
      summary: summarize(located),
      color: Boolean(ctx.stderr.isTTY) && !ctx.env.NO_COLOR,
      language: spoken(ctx),
    }),
  );
  if (force) {
    ctx.stderr.write(`${say(ctx, 'designErrorsForced', { command, errors: errors.length })}\n`);
    return { refuse: false, errors: errors.length };
  }
  ctx.stderr.write(`${say(ctx, 'designErrorsRefused', { command, errors: errors.length })}\n`);
  return { refuse: true, errors: errors.length };
}

/** A Mermaid text marked, in a first comment line, as drawn from a design with errors (`--force`); unchanged for 0. */
export function markMermaid(text: string, errors: number): string {
  if (!errors) return text;
  const mark = `%% ccp: made from a design with ${errors} error${errors === 1 ? '' : 's'} (--force); it may be incomplete.\n`;
  // Mermaid reads front matter (title, config) only at the very start of the text: the mark goes after it
  const front = /^---\n[\s\S]*?\n---\n/.exec(text);
  return front ? front[0] + mark + text.slice(front[0].length) : mark + text;
}
