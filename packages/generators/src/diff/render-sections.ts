import { pushAll, type Priority } from '@ccp/core';
import type { Entry, FieldChange, ModelDiff } from './model-diff.js';
import { escapeMarkdown, named } from './markdown-text.js';

const priority = (p: Priority | null) => (p === 'must' ? 'Must' : p === 'nice' ? 'Nice' : 'none');
const withPriority = (p: Priority | null) => (p ? priority(p) : 'no priority');
const text = (t: string | null) => (t === null ? '*(none)*' : escapeMarkdown(t));
/** A role (or any id) with its display name, or "(no role)". */
const role = (id: string | null, name: string | null = null) => (id ? named({ id, name }) : '(no role)');
const stepId = (s: { process: string; step: string; name: string | null }) => named({ id: `${s.process}.${s.step}`, name: s.name });

/** A field value: ids it names get their display names beside them. */
function value(v: string | null, names: Record<string, string>): string {
  if (v === null) return '*(none)*';
  return v
    .split(', ')
    .map((part) => {
      const n = Object.prototype.hasOwnProperty.call(names, part) ? names[part] : undefined;
      return n === undefined ? escapeMarkdown(part) : named({ id: part, name: n });
    })
    .join(', ');
}

function fieldLine(c: FieldChange, names: Record<string, string>): string {
  const what = `${c.kind} ${named({ id: c.id, name: c.name })}: **${escapeMarkdown(c.field)}**`;
  if (c.added.length || c.removed.length) {
    const parts = [c.added.length ? `added ${c.added.map((x) => value(x, names)).join('; ')}` : '', c.removed.length ? `removed ${c.removed.map((x) => value(x, names)).join('; ')}` : ''];
    return `- ${what} ${parts.filter(Boolean).join(', ')}`;
  }
  return `- ${what} ${value(c.old, names)} -> ${value(c.new, names)}`;
}

/** Appends one section per kind of change that has entries. */
export function renderSections(diff: ModelDiff, out: string[]): void {
  const section = (title: string, lines: string[]) => {
    if (lines.length) pushAll(out, [`### ${title}`, '', ...lines, '']);
  };
  const list = (label: string, items: Entry[]) => items.map((e) => `- ${label} ${named(e)}`);

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
    diff.descriptionsChanged.flatMap((c) => [`- ${c.kind} ${named(c)}`, `  - old: ${text(c.old)}`, `  - new: ${text(c.new)}`]),
  );
  section('Steps', [
    ...diff.steps.added.map((s) => `- Added ${stepId(s)} by ${role(s.role, s.roleName)}`),
    ...diff.steps.removed.map((s) => `- Removed ${stepId(s)} (was by ${role(s.role, s.roleName)})`),
    ...diff.steps.reowned.map((s) => `- Re-owned ${stepId(s)}: ${role(s.old, s.oldName)} -> ${role(s.new, s.newName)}`),
  ]);
  const a = diff.dataAccess;
  section('Data access added', [
    ...a.grants.map((g) => `- Role ${role(g.role, g.roleName)} may now **${g.access}** ${named({ id: g.target, name: g.targetName })}`),
    ...a.steps.map((s) => `- Step ${stepId(s)} (${role(s.role, s.roleName)}) now **${s.access === 'read' ? 'reads' : 'writes'}** ${named({ id: s.data, name: s.dataName })}`),
  ]);
  section('Data access removed', [
    ...a.grantsRemoved.map((g) => `- Role ${role(g.role, g.roleName)} may no longer **${g.access}** ${named({ id: g.target, name: g.targetName })}`),
    ...a.stepsRemoved.map((s) => `- Step ${stepId(s)} (${role(s.role, s.roleName)}) no longer **${s.access === 'read' ? 'reads' : 'writes'}** ${named({ id: s.data, name: s.dataName })}`),
  ]);
  section('Touchpoints', [...list('Added', diff.touchpoints.added), ...list('Removed', diff.touchpoints.removed)]);
  section('Processes', [...list('Added', diff.processes.added), ...list('Removed', diff.processes.removed)]);
  section('Other elements', [
    ...diff.elements.added.map((e) => `- Added ${e.kind} ${named(e)}`),
    ...diff.elements.removed.map((e) => `- Removed ${e.kind} ${named(e)}`),
  ]);
  section('Changed fields', diff.fieldsChanged.map((c) => fieldLine(c, diff.names)));
}
