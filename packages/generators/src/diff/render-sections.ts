import { pushAll, type Priority } from '@ccp/core';
import type { Entry, FieldChange, ModelDiff } from './model-diff.js';
import { escapeMarkdown, named } from './markdown-text.js';
import type { DiffWords } from './diff-words.js';

/** A field value: ids it names get their display names beside them. */
function value(v: string | null, names: Record<string, string>, w: DiffWords): string {
  if (v === null) return w.noneValue;
  return v
    .split(', ')
    .map((part) => {
      const n = Object.prototype.hasOwnProperty.call(names, part) ? names[part] : undefined;
      return n === undefined ? escapeMarkdown(part) : named({ id: part, name: n });
    })
    .join(', ');
}

function fieldLine(c: FieldChange, names: Record<string, string>, w: DiffWords): string {
  const what = `${w.kind(c.kind)} ${named({ id: c.id, name: c.name })}: **${escapeMarkdown(c.field)}**`;
  if (c.added.length || c.removed.length) {
    const parts = [
      c.added.length ? `${w.added} ${c.added.map((x) => value(x, names, w)).join('; ')}` : '',
      c.removed.length ? `${w.removed} ${c.removed.map((x) => value(x, names, w)).join('; ')}` : '',
    ];
    return `- ${what} ${parts.filter(Boolean).join(', ')}`;
  }
  return `- ${what} ${value(c.old, names, w)} -> ${value(c.new, names, w)}`;
}

/** Appends one section per kind of change that has entries, in the words of `w`. */
export function renderSections(diff: ModelDiff, out: string[], w: DiffWords): void {
  const priority = (p: Priority | null) => (p ? w.priority[p] : w.none);
  const withPriority = (p: Priority | null) => (p ? w.priority[p] : w.noPriority);
  const text = (t: string | null) => (t === null ? w.noneValue : escapeMarkdown(t));
  /** A role (or any id) with its display name, or "(no role)". */
  const role = (id: string | null, name: string | null = null) => (id ? named({ id, name }) : w.noRole);
  const stepId = (s: { process: string; step: string; name: string | null }) => named({ id: `${s.process}.${s.step}`, name: s.name });
  const section = (title: string, lines: string[]) => {
    if (lines.length) pushAll(out, [`### ${title}`, '', ...lines, '']);
  };
  const list = (items: Entry[]) => [...items].map((e) => named(e));
  const s = w.sections;

  const f = diff.functions;
  section(s.functions, [
    ...f.added.map((e) => `- ${w.addedItem(`${named(e)} (${withPriority(e.priority)})`)}`),
    ...f.removed.map((e) => `- ${w.removedItem(`${named(e)} (${withPriority(e.priority)})`)}`),
  ]);
  if (f.priorityChanged.length) {
    section(s.priorityChanges, [
      `| ${w.priorityHeader.join(' | ')} | |`,
      '| --- | --- | --- | --- |',
      ...f.priorityChanged.map((c) => `| ${named({ id: c.function, name: c.name })} | ${priority(c.old)} | ${priority(c.new)} | ${c.procurementResend ? w.mustResend : ''} |`),
    ]);
  }
  section(
    s.descriptions,
    diff.descriptionsChanged.flatMap((c) => [`- ${w.kind(c.kind)} ${named(c)}`, `  - ${w.oldText}: ${text(c.old)}`, `  - ${w.newText}: ${text(c.new)}`]),
  );
  section(s.steps, [
    ...diff.steps.added.map((x) => `- ${w.stepAdded({ step: stepId(x), role: role(x.role, x.roleName) })}`),
    ...diff.steps.removed.map((x) => `- ${w.stepRemoved({ step: stepId(x), role: role(x.role, x.roleName) })}`),
    ...diff.steps.reowned.map((x) => `- ${w.stepReowned({ step: stepId(x), old: role(x.old, x.oldName), new: role(x.new, x.newName) })}`),
  ]);
  const a = diff.dataAccess;
  const grant = (g: (typeof a.grants)[number]) => ({ role: role(g.role, g.roleName), access: w.access[g.access], target: named({ id: g.target, name: g.targetName }) });
  const uses = (x: (typeof a.steps)[number]) => ({ step: stepId(x), role: role(x.role, x.roleName), access: x.access, data: named({ id: x.data, name: x.dataName }) });
  section(s.accessAdded, [...a.grants.map((g) => `- ${w.grantAdded(grant(g))}`), ...a.steps.map((x) => `- ${w.stepUses(uses(x))}`)]);
  section(s.accessRemoved, [...a.grantsRemoved.map((g) => `- ${w.grantRemoved(grant(g))}`), ...a.stepsRemoved.map((x) => `- ${w.stepNoLongerUses(uses(x))}`)]);
  section(s.touchpoints, [...list(diff.touchpoints.added).map((e) => `- ${w.addedItem(e)}`), ...list(diff.touchpoints.removed).map((e) => `- ${w.removedItem(e)}`)]);
  section(s.processes, [...list(diff.processes.added).map((e) => `- ${w.addedItem(e)}`), ...list(diff.processes.removed).map((e) => `- ${w.removedItem(e)}`)]);
  section(s.elements, [
    ...diff.elements.added.map((e) => `- ${w.addedItem(`${w.kind(e.kind)} ${named(e)}`)}`),
    ...diff.elements.removed.map((e) => `- ${w.removedItem(`${w.kind(e.kind)} ${named(e)}`)}`),
  ]);
  section(s.fields, diff.fieldsChanged.map((c) => fieldLine(c, diff.names, w)));
}
