import { pushAll, type Priority } from '@ccp/core';
import type { Entry, ModelDiff } from './model-diff.js';

/** Escapes text from .ccp files for Markdown (GitHub-flavoured): no markup, HTML, table breaks or mentions. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]()|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    // autolinks: a URL or a www. address in model text stays text
    .replace(/:\/\//g, '\\://')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

/** An id in a code span; ids are letters, digits, `_` and `-`, but a stray backtick must not end the span. */
const code = (id: string) => `\`${id.replace(/`/g, "'")}\``;
const named = (e: { id: string; name: string | null }) => (e.name ? `${code(e.id)} ${escapeMarkdown(e.name)}` : code(e.id));
const priority = (p: Priority | null) => (p === 'must' ? 'Must' : p === 'nice' ? 'Nice' : 'none');
const withPriority = (p: Priority | null) => (p ? priority(p) : 'no priority');
const role = (r: string | null) => (r ? code(r) : '(no role)');
const text = (t: string | null) => (t === null ? '*(none)*' : escapeMarkdown(t));

export interface MarkdownOptions {
  /** The heading of the comment; default "ccp design diff". */
  title?: string;
  /** Labels of the two sides, e.g. "origin/main:design" and "design", shown under the heading. */
  oldLabel?: string;
  newLabel?: string;
}

/**
 * The diff as Markdown for a pull-request comment: a headline (with a warning when procurement must re-send the
 * vendor spec), then one section per kind of change that has entries. Everything from the design is escaped.
 */
export function renderDiffMarkdown(diff: ModelDiff, options: MarkdownOptions = {}): string {
  const out: string[] = [`## ${escapeMarkdown(options.title ?? 'ccp design diff')}`, ''];
  if (options.oldLabel !== undefined && options.newLabel !== undefined) {
    out.push(`Comparing ${code(options.oldLabel)} with ${code(options.newLabel)}.`, '');
  }
  if (diff.summary.changes === 0) {
    out.push('No changes to functions, priorities, descriptions, steps, data access, touchpoints or processes.');
    return out.join('\n') + '\n';
  }
  out.push(`${diff.summary.changes} change${diff.summary.changes === 1 ? '' : 's'}.`, '');
  if (diff.summary.procurementResend) {
    const became = diff.functions.priorityChanged.filter((c) => c.procurementResend).length;
    const addedMust = diff.functions.added.filter((f) => f.priority === 'must').length;
    const why = [became ? `${became} function${became === 1 ? '' : 's'} became Must` : '', addedMust ? `${addedMust} Must function${addedMust === 1 ? ' was' : 's were'} added` : '']
      .filter(Boolean)
      .join(', ');
    out.push(`> [!WARNING]`, `> **Procurement must re-send the vendor spec:** ${why}.`, '');
  }
  const section = (title: string, lines: string[]) => {
    if (lines.length) pushAll(out, [`### ${title}`, '', ...lines, '']);
  };
  const list = (label: string, items: Entry[], extra: (e: Entry) => string = () => '') => items.map((e) => `- ${label} ${named(e)}${extra(e)}`);

  const f = diff.functions;
  section('Functions', [
    ...f.added.map((e) => `- Added ${named(e)} (${withPriority(e.priority)})`),
    ...f.removed.map((e) => `- Removed ${named(e)} (${withPriority(e.priority)})`),
  ]);
  if (f.priorityChanged.length) {
    section('Priority changes', [
      '| Function | Old | New | |',
      '| --- | --- | --- | --- |',
      ...f.priorityChanged.map(
        (c) => `| ${named({ id: c.function, name: c.name })} | ${priority(c.old)} | ${priority(c.new)} | ${c.procurementResend ? '**procurement must re-send**' : ''} |`,
      ),
    ]);
  }
  section(
    'Descriptions changed',
    diff.descriptionsChanged.flatMap((c) => [`- ${c.kind} ${code(c.id)}`, `  - old: ${text(c.old)}`, `  - new: ${text(c.new)}`]),
  );
  section('Steps', [
    ...diff.steps.added.map((s) => `- Added ${code(`${s.process}.${s.step}`)}${s.name ? ` ${escapeMarkdown(s.name)}` : ''} by ${role(s.role)}`),
    ...diff.steps.removed.map((s) => `- Removed ${code(`${s.process}.${s.step}`)}${s.name ? ` ${escapeMarkdown(s.name)}` : ''} (was by ${role(s.role)})`),
    ...diff.steps.reowned.map((s) => `- Re-owned ${code(`${s.process}.${s.step}`)}: ${role(s.old)} -> ${role(s.new)}`),
  ]);
  section('Data access added', [
    ...diff.dataAccess.grants.map((g) => `- Role ${code(g.role)} may now **${g.access}** ${code(g.target)}`),
    ...diff.dataAccess.steps.map((s) => `- Step ${code(`${s.process}.${s.step}`)} (${role(s.role)}) now **${s.access === 'read' ? 'reads' : 'writes'}** ${code(s.data)}`),
  ]);
  section('Touchpoints', [...list('Added', diff.touchpoints.added), ...list('Removed', diff.touchpoints.removed)]);
  section('Processes', [...list('Added', diff.processes.added), ...list('Removed', diff.processes.removed)]);
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
