import { code, escapeMarkdown, named } from './markdown-text.js';
import type { Entry, ModelDiff } from './model-diff.js';

export { escapeMarkdown };
import { renderSections } from './render-sections.js';

export interface MarkdownOptions {
  /** The heading of the comment; default "ccp design diff". */
  title?: string;
  /** Labels of the two sides, e.g. "origin/main:design" and "design", shown under the heading. */
  oldLabel?: string;
  newLabel?: string;
}

/** Requirement entries in words, at most 10 named: "`a` Name, `b`" and "and 3 more". */
function reqList(items: Entry[]): string {
  const shown = items.slice(0, 10).map(named).join(', ');
  return items.length > 10 ? `${shown} and ${items.length - 10} more` : shown;
}

/** Why procurement must re-send the spec, as the scorer would refuse the answers. */
function resendReasons(diff: ModelDiff): string[] {
  const p = diff.procurement;
  return [
    p.project ? `the project is now ${code(p.project.new || '(none)')}, not ${code(p.project.old || '(none)')}` : '',
    p.added.length ? `requirements vendors never answered: ${reqList(p.added)}` : '',
    p.removed.length ? `requirements removed: ${reqList(p.removed)}` : '',
    p.changed.length ? `requirements changed (text, priority, weight, area, category, roles or data): ${reqList(p.changed)}` : '',
    p.scoringRulesChanged ? "the tender's scoring rules changed (weights, points, knock-outs or costs)" : '',
  ].filter(Boolean);
}

/**
 * The diff as Markdown for a pull-request comment: a headline (with a warning when procurement must re-send the
 * vendor spec, and a caution when the new version fails `ccp check`), then one section per kind of change that has
 * entries. Everything from the design is escaped; ids are shown with their display names.
 */
export function renderDiffMarkdown(diff: ModelDiff, options: MarkdownOptions = {}): string {
  const out: string[] = [`## ${escapeMarkdown(options.title ?? 'ccp design diff')}`, ''];
  if (options.oldLabel !== undefined && options.newLabel !== undefined) {
    out.push(`Comparing ${code(options.oldLabel)} with ${code(options.newLabel)}.`, '');
  }
  if (diff.check && diff.check.errors > 0) {
    const n = diff.check.errors;
    out.push('> [!CAUTION]', `> **The new version fails \`ccp check\`:** ${n} error${n === 1 ? '' : 's'}. Run \`ccp check\` on it; the diff compares what could be read.`, '');
  }
  if (diff.summary.changes === 0) {
    out.push('No changes to functions, requirements, steps, data access, elements or their fields.');
    return out.join('\n') + '\n';
  }
  out.push(`${diff.summary.changes} change${diff.summary.changes === 1 ? '' : 's'}.`, '');
  if (diff.summary.procurementResend) {
    out.push('> [!WARNING]', "> **Procurement must re-send the vendor spec:** `ccp vendors score` would refuse answers to the old version's spec:");
    for (const why of resendReasons(diff)) out.push(`> - ${why}`);
    out.push('');
  }
  renderSections(diff, out);
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
