import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { analyzeSources } from '@ccp/language';
import { diffModels, renderDiffMarkdown, type ModelDiff } from '@ccp/generators/diff';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const schema = JSON.parse(readFileSync(new URL('../../packages/generators/schema/diff.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const base = `
role agent "Agent" { access: customer read }
role lead "Team lead" { access: customer read write }
data customer "Customer" { personal: true  basis: contract }
data order "Order" {}
system crm { kind: crm }
touchpoint call "Customer calls" { starts: complaint }
process complaint "Complaints" {
  owner: lead
  step register "Register" { by: agent  reads: customer  uses: open_ticket  next: respond }
  step respond { by: agent  end }
}
function open_ticket "Register a ticket" { priority: must  roles: agent  description: "Ticket with history." }
function live_chat "Web chat" { priority: nice }
function callback { }
`;

function diff(before: string, after: string): ModelDiff {
  const d = diffModels(analyzeSources({ 'main.ccp': before }).model, analyzeSources({ 'main.ccp': after }).model);
  expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
  return d;
}

describe('diffModels', () => {
  it('finds nothing between equal models', () => {
    const d = diff(base, base);
    expect(d.summary).toEqual({ changes: 0, procurementResend: false });
    expect(renderDiffMarkdown(d)).toMatch(/No changes/);
  });

  it('lists functions added and removed, with their priority', () => {
    const d = diff(base, base.replace('function callback { }', 'function survey "Post-call survey" { priority: must }'));
    expect(d.functions.added).toEqual([{ id: 'survey', name: 'Post-call survey', priority: 'must' }]);
    expect(d.functions.removed).toEqual([{ id: 'callback', name: null, priority: null }]);
    expect(d.summary).toEqual({ changes: 2, procurementResend: true });
  });

  it('carries priority changes with function id and old and new values; Nice -> Must means re-send', () => {
    const d = diff(base, base.replace('priority: nice', 'priority: must').replace('priority: must  roles', 'priority: nice  roles').replace('function callback { }', 'function callback { priority: must }'));
    expect(d.functions.priorityChanged).toEqual([
      { function: 'callback', name: null, old: null, new: 'must', procurementResend: true },
      { function: 'live_chat', name: 'Web chat', old: 'nice', new: 'must', procurementResend: true },
      { function: 'open_ticket', name: 'Register a ticket', old: 'must', new: 'nice', procurementResend: true },
    ]);
    expect(d.summary.procurementResend).toBe(true);
    // Must -> Nice changes the requirement vendors answered: the scorer refuses the old answers, so re-send too
    const down = diff(base, base.replace('priority: must  roles', 'priority: nice  roles'));
    expect(down.summary.procurementResend).toBe(true);
    expect(down.procurement).toMatchObject({ resend: true, changed: [{ id: 'open_ticket', name: 'Register a ticket' }], added: [], removed: [], scoringRulesChanged: false });
  });

  it('lists changed descriptions of functions, processes and steps', () => {
    const after = base
      .replace('description: "Ticket with history."', 'description: "Ticket with history and attachments."')
      .replace('owner: lead', 'owner: lead  description: "All complaints."')
      .replace('step respond { by: agent  end }', 'step respond { by: agent  end  description: "Reply in writing." }');
    expect(diff(base, after).descriptionsChanged).toEqual([
      { kind: 'function', id: 'open_ticket', name: 'Register a ticket', old: 'Ticket with history.', new: 'Ticket with history and attachments.' },
      { kind: 'process', id: 'complaint', name: 'Complaints', old: null, new: 'All complaints.' },
      { kind: 'step', id: 'complaint.respond', name: null, old: null, new: 'Reply in writing.' },
    ]);
  });

  it('lists steps added, removed and re-owned', () => {
    const after = base
      .replace('next: respond }', 'next: assess }')
      .replace('step respond { by: agent  end }', 'step assess "Assess" { by: lead  reads: order  end }');
    const d = diff(base, after);
    expect(d.steps.added).toEqual([{ process: 'complaint', step: 'assess', name: 'Assess', role: 'lead', roleName: 'Team lead' }]);
    expect(d.steps.removed).toEqual([{ process: 'complaint', step: 'respond', name: null, role: 'agent', roleName: 'Agent' }]);
    const re = diff(base, base.replace('step respond { by: agent', 'step respond { by: lead'));
    expect(re.steps.reowned).toEqual([{ process: 'complaint', step: 'respond', name: null, old: 'agent', new: 'lead', oldName: 'Agent', newName: 'Team lead' }]);
    const unowned = diff(base, base.replace('step respond { by: agent  end }', 'step respond { end }'));
    expect(unowned.steps.reowned).toEqual([{ process: 'complaint', step: 'respond', name: null, old: 'agent', new: null, oldName: 'Agent', newName: null }]);
  });

  it('lists data access added: role grants and step reads and writes, including those of new steps and roles', () => {
    const after = base
      .replace('access: customer read }', 'access: customer read write, order read }')
      .replace('reads: customer  uses', 'reads: customer, order  writes: customer  uses')
      .replace('step respond { by: agent  end }', 'step respond { by: agent  next: archive }\n  step archive { by: clerk  writes: order  end }')
      .replace('system crm', 'role clerk { access: order write }\nsystem crm');
    const d = diff(base, after);
    expect(d.dataAccess.grants).toEqual([
      { role: 'agent', roleName: 'Agent', target: 'customer', targetName: 'Customer', access: 'write' },
      { role: 'agent', roleName: 'Agent', target: 'order', targetName: 'Order', access: 'read' },
      { role: 'clerk', roleName: null, target: 'order', targetName: 'Order', access: 'read' },
      { role: 'clerk', roleName: null, target: 'order', targetName: 'Order', access: 'write' },
    ]);
    expect(d.dataAccess.steps).toEqual([
      { process: 'complaint', step: 'archive', name: null, role: 'clerk', roleName: null, data: 'order', dataName: 'Order', access: 'write' },
      { process: 'complaint', step: 'register', name: 'Register', role: 'agent', roleName: 'Agent', data: 'order', dataName: 'Order', access: 'read' },
      { process: 'complaint', step: 'register', name: 'Register', role: 'agent', roleName: 'Agent', data: 'customer', dataName: 'Customer', access: 'write' },
    ]);
    expect(d.dataAccess.grantsRemoved).toEqual([]);
    expect(d.dataAccess.stepsRemoved).toEqual([]);
    // the other way round, the same access is removed, not added
    const back = diff(after, base).dataAccess;
    expect(back.grants).toEqual([]);
    expect(back.steps).toEqual([]);
    expect(back.grantsRemoved).toEqual(d.dataAccess.grants);
    expect(back.stepsRemoved).toEqual(d.dataAccess.steps);
  });

  it('lists touchpoints and processes added and removed', () => {
    const after = base
      .replace('touchpoint call "Customer calls" { starts: complaint }', 'touchpoint mail { starts: returns }')
      .replace('process complaint "Complaints" {', 'process returns "Returns" {\n  step take { by: agent  end }\n}\nprocess complaint "Complaints" {');
    const d = diff(base, after);
    expect(d.touchpoints).toEqual({ added: [{ id: 'mail', name: null }], removed: [{ id: 'call', name: 'Customer calls' }] });
    expect(d.processes).toEqual({ added: [{ id: 'returns', name: 'Returns' }], removed: [] });
    expect(diff(after, base).processes).toEqual({ added: [], removed: [{ id: 'returns', name: 'Returns' }] });
  });

  it("reports every change of the issue's pair of versions, with names beside ids (3 of 7 were reported before)", () => {
    const v1 = `project shop "Shop" { version: "1.0" }
role agent "Agent" { access: customer read write, order read }
role lead "Team lead" { access: customer read }
data customer "Customer" { personal: true  basis: contract  retention: "5 years" }
data order "Order" {}
kpi asa "Average speed of answer" { target: <= 20s }
touchpoint call "Customer calls" { starts: complaint }
process complaint "Complaints" {
  owner: lead
  sla: respond 1d, resolve 14d
  step register "Register" { by: agent  reads: customer  uses: open_ticket, send_email  next: assess }
  step assess "Assess" {
    by: agent
    decide {
      "claim below handling cost" -> accept
      "fraud suspected" -> reject
      otherwise -> accept
    }
  }
  step accept { by: agent  end }
  step reject { by: lead  end }
}
function open_ticket "Register a ticket" { priority: must }
function send_email "Send e-mail" { priority: nice }
tender rfp { priority_weights: must 70%, nice 30% }
`;
    const v2 = v1
      .replace('version: "1.0"', 'version: "1.1"')
      .replace('access: customer read write, order read', 'access: customer read')
      .replace('uses: open_ticket, send_email', 'uses: open_ticket')
      .replace('  owner: lead\n', '')
      .replace('touchpoint call "Customer calls" { starts: complaint }', 'touchpoint call "Customer calls" { }')
      .replace('      "fraud suspected" -> reject\n', '')
      .replace('basis: contract  ', '')
      .replace('resolve 14d', 'resolve 10d')
      .replace('target: <= 20s', 'target: <= 30s')
      .replace('must 70%, nice 30%', 'must 80%, nice 20%');
    const d = diff(v1, v2);
    expect(d.dataAccess.grantsRemoved).toEqual([
      { role: 'agent', roleName: 'Agent', target: 'customer', targetName: 'Customer', access: 'write' },
      { role: 'agent', roleName: 'Agent', target: 'order', targetName: 'Order', access: 'read' },
    ]);
    const fields = d.fieldsChanged.map((c) => [c.kind, c.id, c.field, c.old, c.new, c.added, c.removed]);
    expect(fields).toEqual([
      ['project', 'shop', 'version', '1.0', '1.1', [], []],
      ['tender', 'rfp', 'priorityWeights', 'key must, value 70, key nice, value 30', 'key must, value 80, key nice, value 20', ['key must, value 80', 'key nice, value 20'], ['key must, value 70', 'key nice, value 30']],
      ['touchpoint', 'call', 'starts', 'complaint', null, [], []],
      ['process', 'complaint', 'owner', 'lead', null, [], []],
      ['process', 'complaint', 'sla.resolutionSeconds', '14d', '10d', [], []],
      ['data', 'customer', 'legalBasis', 'contract', null, [], []],
      ['kpi', 'asa', 'target', '<= 20s', '<= 30s', [], []],
      ['step', 'complaint.assess', 'decision', '"claim below handling cost" -> accept, "fraud suspected" -> reject, otherwise -> accept', '"claim below handling cost" -> accept, otherwise -> accept', [], ['"fraud suspected" -> reject']],
      ['step', 'complaint.register', 'uses', 'open_ticket, send_email', 'open_ticket', [], ['send_email']],
    ]);
    expect(d.names).toMatchObject({ complaint: 'Complaints', lead: 'Team lead', open_ticket: 'Register a ticket', send_email: 'Send e-mail' });
    // the tender's weights are locked in the spec: the scorer would refuse the old answers
    expect(d.procurement).toMatchObject({ resend: true, scoringRulesChanged: true, added: [], removed: [], changed: [] });
    const md = renderDiffMarkdown(d);
    expect(md).toContain("- process `complaint` Complaints: **owner** `lead` Team lead -> *(none)*");
    expect(md).toContain('- step `complaint.register` Register: **uses** removed `send_email` Send e-mail');
    expect(md).toContain('- Role `agent` Agent may no longer **write** `customer` Customer');
    expect(md).toContain("> - the tender's scoring rules changed (weights, points, knock-outs or costs)");
    // non-requirement edits alone: no re-send
    const quiet = diff(v1, v1.replace('version: "1.0"', 'version: "1.1"').replace('target: <= 20s', 'target: <= 30s'));
    expect(quiet.summary).toEqual({ changes: 2, procurementResend: false });
    expect(renderDiffMarkdown(quiet)).not.toContain('re-send');
  });

  it('lists other elements added and removed, and a renamed project as a change of its id', () => {
    const d = diff(base, base.replace('system crm { kind: crm }', 'system kb "Knowledge base" { kind: kb }\nproject acme { }'));
    expect(d.elements).toEqual({ added: [{ kind: 'project', id: 'acme', name: null }, { kind: 'system', id: 'kb', name: 'Knowledge base' }], removed: [{ kind: 'system', id: 'crm', name: null }] });
    // a spec of another project is never scored
    expect(d.procurement.project).toEqual({ old: '', new: 'acme' });
    expect(d.summary.procurementResend).toBe(true);
    const renamed = diff(`project a { }\n${base}`, `project b { }\n${base}`);
    expect(renamed.fieldsChanged).toEqual([{ kind: 'project', id: 'b', name: null, field: 'id', old: 'a', new: 'b', added: [], removed: [] }]);
  });

  it('is pure and deterministic: the same diff whatever the declaration order', () => {
    const lines = base.trim().split('\n');
    const reordered = [...lines.slice(10), ...lines.slice(0, 10)].join('\n');
    const after = base.replace('function callback { }', 'function b_fn { priority: must }\nfunction a_fn { priority: nice }');
    expect(diff(reordered, after)).toEqual(diff(base, after));
    expect(diff(base, after).functions.added.map((f) => f.id)).toEqual(['a_fn', 'b_fn']);
  });
});

describe('renderDiffMarkdown', () => {
  it('renders every kind of change for a pull-request comment, with the procurement warning', () => {
    const after = base
      .replace('priority: nice', 'priority: must')
      .replace('function callback { }', 'function survey "Survey | <b>@team</b> *now*" { priority: nice }')
      .replace('description: "Ticket with history."', 'description: "Ticket with `history`."')
      .replace('step respond { by: agent', 'step respond { by: lead  reads: order')
      .replace('touchpoint call "Customer calls" { starts: complaint }', 'touchpoint mail { starts: complaint }');
    const md = renderDiffMarkdown(diff(base, after), { oldLabel: 'origin/main:design', newLabel: 'design' });
    expect(md).toContain('Comparing `origin/main:design` with `design`.');
    expect(md).toContain("> **Procurement must re-send the vendor spec:** `ccp vendors score` would refuse answers to the old version's spec:");
    expect(md).toContain('> - requirements vendors never answered: `survey` Survey \\| &lt;b&gt;&#64;team&lt;/b&gt; \\*now\\*');
    expect(md).toContain('> - requirements removed: `callback`');
    expect(md).toContain('| `live_chat` Web chat | Nice | Must | **procurement must re-send** |');
    expect(md).toContain('- Added `survey` Survey \\| &lt;b&gt;&#64;team&lt;/b&gt; \\*now\\* (Nice)');
    expect(md).toContain('- Removed `callback` (no priority)');
    expect(md).toContain('  - new: Ticket with \\`history\\`.');
    expect(md).toContain('- Re-owned `complaint.respond`: `agent` Agent -> `lead` Team lead');
    expect(md).toContain('- Step `complaint.respond` (`lead` Team lead) now **reads** `order` Order');
    expect(md).toContain('- Added `mail`');
    expect(md).toContain('- Removed `call` Customer calls');
    for (const heading of ['Functions', 'Priority changes', 'Descriptions changed', 'Steps', 'Data access added', 'Touchpoints']) {
      expect(md).toContain(`### ${heading}\n`);
    }
    expect(md).not.toContain('### Processes');
  });

  it('writes the comment in Polish for a Polish team, with no English word of its own', async () => {
    const after = base
      .replace('priority: nice', 'priority: must')
      .replace('function callback { }', 'function survey "Ankieta" { priority: nice }')
      .replace('description: "Ticket with history."', 'description: "Zgłoszenie z historią."')
      .replace('step respond { by: agent', 'step respond { by: lead  reads: order')
      .replace('role agent "Agent" { access: customer read }', 'role agent "Agent" { access: customer read, order read }')
      .replace('touchpoint call "Customer calls" { starts: complaint }', 'touchpoint mail { starts: complaint }\nkpi csat { target: >= 4.5 }');
    const d = diff(base, after);
    d.check = { errors: 2, warnings: 0 };
    const md = renderDiffMarkdown(d, { oldLabel: 'origin/main:design', newLabel: 'design', language: 'pl' });
    expect(md).toMatch(/^## ccp: różnice w projekcie\n\nPorównanie `origin\/main:design` z `design`\.\n/);
    expect(md).toContain('> **Nowa wersja nie przechodzi `ccp check`:** 2 błędy.');
    expect(md).toMatch(/\n\d+ zmian(y|a)?\.\n/);
    expect(md).toContain('> **Dział zakupów musi ponownie wysłać specyfikację dostawcom:**');
    expect(md).toContain('> - wymagania, na które dostawcy nie odpowiadali: `survey` Ankieta');
    expect(md).toContain('> - usunięte wymagania: `callback`');
    expect(md).toContain('| Funkcja | Było | Jest | |');
    expect(md).toContain('| `live_chat` Web chat | Pożądana | Wymagana | **dział zakupów musi ponownie wysłać specyfikację** |');
    expect(md).toContain('- Dodano: `survey` Ankieta (Pożądana)');
    expect(md).toContain('- Usunięto: `callback` (bez priorytetu)');
    expect(md).toContain('  - jest: Zgłoszenie z historią.');
    expect(md).toContain('- Zmiana wykonawcy kroku `complaint.respond`: `agent` Agent -> `lead` Team lead');
    expect(md).toContain('- Krok `complaint.respond` (`lead` Team lead) teraz **odczytuje** `order` Order');
    expect(md).toContain('- Rola `agent` Agent ma teraz prawo **odczytu** do `order` Order');
    expect(md).toContain('- Dodano: kpi `csat`'.replace('kpi', 'KPI'));
    for (const heading of ['Funkcje', 'Zmiany priorytetów', 'Zmienione opisy', 'Kroki', 'Dodany dostęp do danych', 'Punkty styku', 'Inne elementy']) expect(md).toContain(`### ${heading}\n`);
    // what the design says stays as written; ccp's own words are Polish
    const own = md.replace(/`[^`]*`( [A-Z][\w ]*)?/g, '').replace(/Web chat|Team lead|Order|Agent|Ankieta/g, '');
    expect(own).not.toMatch(/\b(Added|Removed|Comparing|changes?|Procurement|requirements|Step|Role|may|now|reads|old|new|none)\b/);
  });

  it('escapes Markdown, HTML and mentions and keeps each text on one line', async () => {
    const { escapeMarkdown } = await import('@ccp/generators/diff');
    expect(escapeMarkdown('a\r\nb\nc | *d* _e_ [f](g) `h` <i> & @j ~k~ \\')).toBe(
      'a b c \\| \\*d\\* \\_e\\_ \\[f\\]\\(g\\) \\`h\\` &lt;i&gt; &amp; &#64;j \\~k\\~ \\\\',
    );
  });
});

describe('ccp diff', () => {
  const sides = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-diff-'));
    mkdirSync(join(dir, 'old'));
    mkdirSync(join(dir, 'new'));
    writeFileSync(join(dir, 'old/main.ccp'), base);
    writeFileSync(join(dir, 'new/main.ccp'), base.replace('priority: nice', 'priority: must'));
    return dir;
  };

  it('compares two folders or two files, as Markdown (default) or JSON', async () => {
    const dir = sides();
    const md = await run(['diff', 'old', 'new'], dir);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| `live_chat` Web chat | Nice | Must | **procurement must re-send** |');
    const json = await run(['diff', 'old/main.ccp', 'new/main.ccp', '--format', 'json'], dir);
    expect(json.code).toBe(0);
    const d = JSON.parse(json.stdout) as ModelDiff;
    expect(validate(d)).toBe(true);
    expect(d.functions.priorityChanged).toEqual([{ function: 'live_chat', name: 'Web chat', old: 'nice', new: 'must', procurementResend: true }]);
  });

  it("speaks the new version's output_language, and --lang over it", async () => {
    const dir = sides();
    writeFileSync(join(dir, 'new/project.ccp'), 'project p "P" { output_language: pl }\n');
    const pl = await run(['diff', 'old', 'new'], dir);
    expect(pl.code).toBe(0);
    expect(pl.stdout).toContain('| `live_chat` Web chat | Pożądana | Wymagana | **dział zakupów musi ponownie wysłać specyfikację** |');
    expect(pl.stdout).toContain('- Dodano: projekt `p` P');
    const en = await run(['diff', 'old', 'new', '--lang', 'en'], dir);
    expect(en.stdout).toContain('| `live_chat` Web chat | Nice | Must | **procurement must re-send** |');
  });

  it('says when the new version fails ccp check (rule errors too), and still exits 0', async () => {
    const dir = sides();
    // an unowned step is a rule error (unowned-step), not a syntax error
    writeFileSync(join(dir, 'new/main.ccp'), base.replace('step respond { by: agent  end }', 'step respond { end }'));
    const r = await run(['diff', 'old', 'new', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as ModelDiff;
    expect(validate(d)).toBe(true);
    expect(d.check!.errors).toBeGreaterThanOrEqual(1);
    expect(r.stderr).toMatch(/warning: new has \d+ errors? \(run ccp check\)/);
    const md = await run(['diff', 'old', 'new'], dir);
    expect(md.stdout).toMatch(/> \*\*The new version fails `ccp check`:\*\* \d+ errors?\./);
    const clean = await run(['diff', 'new', 'old', '--format', 'json'], dir);
    expect((JSON.parse(clean.stdout) as ModelDiff).check).toMatchObject({ errors: 0 });
  });

  it('still compares a side with errors, and says so on stderr', async () => {
    const dir = sides();
    writeFileSync(join(dir, 'new/broken.ccp'), 'process x {\n');
    const r = await run(['diff', 'old', 'new', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: new has \d+ errors? \(run ccp check\)/);
    expect((JSON.parse(r.stdout) as ModelDiff).processes.added).toEqual([{ id: 'x', name: null }]);
  });

  it('exit 2 for a missing path, a bad format or a bad argument count', async () => {
    const dir = sides();
    const missing = await run(['diff', 'old', 'nowhere'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere: no such file or directory/);
    expect((await run(['diff', 'old', 'new', '--format', 'html'], dir)).code).toBe(2);
    expect((await run(['diff', 'old'], dir)).code).toBe(2);
  });

  describe('REV:path from git', () => {
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null' },
      });

    /** A repository with two commits: design/ v1 (tagged v1), then v2 in the working tree and committed. */
    function repo(): string {
      const dir = mkdtempSync(join(tmpdir(), 'ccp-git-'));
      git(dir, 'init', '-q', '-b', 'main');
      mkdirSync(join(dir, 'design/sub dir'), { recursive: true });
      writeFileSync(join(dir, 'design/ccp.config.json'), '{ "include": ["main.ccp"] }\n');
      writeFileSync(join(dir, 'design/main.ccp'), 'import "sub dir/functions v2.ccp"\n' + base);
      writeFileSync(join(dir, 'design/sub dir/functions v2.ccp'), 'function extra "Extra" { priority: nice }\n');
      writeFileSync(join(dir, 'design/ignored.ccp'), 'process not_included {}\n');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'v1');
      git(dir, 'tag', 'v1');
      writeFileSync(join(dir, 'design/sub dir/functions v2.ccp'), 'function extra "Extra" { priority: must }\n');
      writeFileSync(join(dir, 'design/main.ccp'), 'import "sub dir/functions v2.ccp"\n' + base.replace('step respond { by: agent', 'step respond { by: lead'));
      git(dir, 'commit', '-q', '-am', 'v2');
      // the working tree moves on; REV:path must not read it
      writeFileSync(join(dir, 'design/main.ccp'), 'this is not ccp {');
      return dir;
    }

    it('reads a folder at a revision without a checkout, honouring ccp.config.json and imports', async () => {
      const dir = repo();
      const r = await run(['diff', 'v1:design', 'HEAD:design', '--format', 'json'], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const d = JSON.parse(r.stdout) as ModelDiff;
      expect(d.functions.priorityChanged).toEqual([{ function: 'extra', name: 'Extra', old: 'nice', new: 'must', procurementResend: true }]);
      expect(d.steps.reowned).toEqual([{ process: 'complaint', step: 'respond', name: null, old: 'agent', new: 'lead', oldName: 'Agent', newName: 'Team lead' }]);
      expect(d.processes).toEqual({ added: [], removed: [] });
      expect(git(dir, 'status', '--porcelain')).toBe(' M design/main.ccp\n');
    });

    it('reads a file at a revision, paths relative to the current directory with ./, and mixes with the disk', async () => {
      const dir = repo();
      writeFileSync(join(dir, 'design/main.ccp'), 'import "sub dir/functions v2.ccp"\n' + base);
      const file = await run(['diff', 'HEAD~1:design/main.ccp', 'HEAD:design/main.ccp', '--format', 'json'], dir);
      expect(file.code).toBe(0);
      expect((JSON.parse(file.stdout) as ModelDiff).functions.priorityChanged).toHaveLength(1);
      const rel = await run(['diff', 'HEAD:./', '.', '--format', 'json'], join(dir, 'design'));
      expect(rel.code).toBe(0);
      expect((JSON.parse(rel.stdout) as ModelDiff).steps.reowned).toEqual([{ process: 'complaint', step: 'respond', name: null, old: 'lead', new: 'agent', oldName: 'Team lead', newName: 'Agent' }]);
      const md = await run(['diff', 'v1:design', 'design'], dir);
      expect(md.stdout).toContain('Comparing `v1:design` with `design`.');
    });

    it('exit 2 with a clear message for a bad revision, a missing path, or no repository', async () => {
      const dir = repo();
      const bad = await run(['diff', 'nosuchrev:design', 'design'], dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe("ccp: nosuchrev:design: 'nosuchrev' is not a revision in this repository.\n");
      const missing = await run(['diff', 'HEAD:nowhere', 'design'], dir);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe("ccp: HEAD:nowhere: 'nowhere' does not exist in 'HEAD'.\n");
      const dash = await run(['diff', '--upload-pack=x:design', 'design'], dir);
      expect(dash.code).toBe(2);
      const outside = mkdtempSync(join(tmpdir(), 'ccp-nogit-'));
      const none = await run(['diff', 'HEAD:design', '.'], outside);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/HEAD:design: not inside a git repository/);
    });
  });
});
