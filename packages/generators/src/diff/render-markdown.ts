import type { OutputLanguage } from '@ccp/core';
import { code, escapeMarkdown, named } from './markdown-text.js';
import type { Entry, ModelDiff } from './model-diff.js';
import { diffWords, type DiffWords } from './diff-words.js';
import { renderSections } from './render-sections.js';

export { escapeMarkdown };

export interface MarkdownOptions {
  /** The heading of the comment; default "ccp design diff" (in the language of the words). */
  title?: string;
  /** Labels of the two sides, e.g. "origin/main:design" and "design", shown under the heading. */
  oldLabel?: string;
  newLabel?: string;
  /** The language of the comment's words; English by default. Text from the design is shown as written. */
  language?: OutputLanguage;
}

/** Requirement entries in words, at most 10 named: "`a` Name, `b`" and "and 3 more". */
function reqList(items: Entry[], w: DiffWords): string {
  const shown = items.slice(0, 10).map(named).join(', ');
  return items.length > 10 ? w.more(shown, items.length - 10) : shown;
}

/** Why procurement must re-send the spec, as the scorer would refuse the answers. */
function resendReasons(diff: ModelDiff, w: DiffWords): string[] {
  const p = diff.procurement;
  return [
    p.project ? w.resendProject({ new: code(p.project.new || w.none), old: code(p.project.old || w.none) }) : '',
    p.added.length ? w.resendAdded(reqList(p.added, w)) : '',
    p.removed.length ? w.resendRemoved(reqList(p.removed, w)) : '',
    p.changed.length ? w.resendChanged(reqList(p.changed, w)) : '',
    p.scoringRulesChanged ? w.resendRules : '',
  ].filter(Boolean);
}

/**
 * The diff as Markdown for a pull-request comment: a headline (with a warning when procurement must re-send the
 * vendor spec, and a caution when the new version fails `ccp check`), then one section per kind of change that has
 * entries. Everything from the design is escaped; ids are shown with their display names.
 */
export function renderDiffMarkdown(diff: ModelDiff, options: MarkdownOptions = {}): string {
  const w = diffWords(options.language);
  const out: string[] = [`## ${escapeMarkdown(options.title ?? w.title)}`, ''];
  if (options.oldLabel !== undefined && options.newLabel !== undefined) {
    out.push(w.comparing({ old: code(options.oldLabel), new: code(options.newLabel) }), '');
  }
  if (diff.check && diff.check.errors > 0) out.push('> [!CAUTION]', `> ${w.failsCheck({ errors: diff.check.errors })}`, '');
  if (diff.summary.changes === 0) {
    out.push(w.noChanges);
    return out.join('\n') + '\n';
  }
  out.push(w.changes(diff.summary.changes), '');
  if (diff.summary.procurementResend) {
    out.push('> [!WARNING]', `> ${w.resend}`);
    for (const why of resendReasons(diff, w)) out.push(`> - ${why}`);
    out.push('');
  }
  renderSections(diff, out, w);
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
