import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

// Issue 17, must-show 5: every command that writes an artifact from a design refuses one with errors the same way
// (exit 1, the errors on stderr in the stylish form, nothing written) unless --force, which writes and marks it.
// The error here is a rule's (an undeclared role), which skipping the rules used to let through.
const broken = {
  'design.ccp': [
    'project p "P" { sponsor: boss }',
    'role boss "Boss" {}',
    'system crm "CRM" { kind: crm }',
    'data ticket "Ticket" { in: crm  table: "tickets"  retention: 90 dni }',
    'function f "F" { priority: must  system: crm }',
    'channel phone "Phone" { volume: 100/day  aht: 5m  service_level: 80% in 20s  handled_by: boss }',
    'process p1 "P1" {',
    '  step s1 "S1" { by: nobody  uses: f  writes: ticket }',
    '}',
    '',
  ].join('\n'),
};

const commands: { name: string; args: (dir: string) => string[]; written: (dir: string) => string; marked: (dir: string, stdout: string) => boolean }[] = [
  { name: 'spec', args: (d) => ['spec', d, '-o', join(d, 'spec.xlsx')], written: (d) => join(d, 'spec.xlsx'), marked: () => true },
  {
    name: 'export',
    args: (d) => ['export', 'json', d, '-o', join(d, 'model.json')],
    written: (d) => join(d, 'model.json'),
    marked: (d) => JSON.parse(readFileSync(join(d, 'model.json'), 'utf8')).designErrors === 1,
  },
  {
    name: 'staffing',
    args: (d) => ['staffing', d, '--format', 'json', '-o', join(d, 'staffing.json')],
    written: (d) => join(d, 'staffing.json'),
    marked: (d) => JSON.parse(readFileSync(join(d, 'staffing.json'), 'utf8')).designErrors === 1,
  },
  {
    name: 'docs',
    args: (d) => ['docs', d, '-o', join(d, 'docs'), '--no-svg'],
    written: (d) => join(d, 'docs'),
    marked: (d) =>
      readFileSync(join(d, 'docs', 'index.md'), 'utf8').includes('Made from a design with 1 error') &&
      readFileSync(join(d, 'docs', 'spec.html'), 'utf8').includes('class="design-errors"'),
  },
  {
    name: 'diagram',
    args: (d) => ['diagram', d, '-o', join(d, 'diagrams'), '-f', 'mmd'],
    written: (d) => join(d, 'diagrams'),
    marked: (d) => {
      const mmd = readdirSync(join(d, 'diagrams')).filter((f) => f.endsWith('.mmd'));
      return mmd.length > 0 && mmd.every((f) => /^%% ccp: made from a design with 1 error/m.test(readFileSync(join(d, 'diagrams', f), 'utf8')));
    },
  },
  {
    name: 'build',
    args: (d) => ['build', d, '-o', join(d, 'out'), '--no-render'],
    written: (d) => join(d, 'out'),
    marked: (d) => JSON.parse(readFileSync(join(d, 'out', 'model.json'), 'utf8')).designErrors === 1,
  },
];

describe('commands agree on a design with errors', () => {
  for (const c of commands) {
    it(`ccp ${c.name} refuses it (exit 1, stylish errors, nothing written), and writes it marked with --force`, async () => {
      const dir = tempProject(broken);
      const refused = await runCli(c.args(dir), dir);
      expect(refused.code, refused.stderr).toBe(1);
      expect(refused.stderr).toMatch(/design\.ccp:8:22 {2}error {2}.*nobody.*undefined-reference/);
      expect(refused.stderr).toContain('1 error, 0 warnings in 1 file.');
      expect(refused.stderr).toContain(`ccp ${c.name}: the design has 1 error; nothing written.`);
      expect(existsSync(c.written(dir))).toBe(false);

      const forced = await runCli([...c.args(dir), '--force'], dir);
      expect(forced.code, forced.stderr).toBe(1);
      expect(forced.stderr).toContain(`ccp ${c.name}: the design has 1 error; writing anyway (--force)`);
      expect(existsSync(c.written(dir))).toBe(true);
      expect(c.marked(dir, forced.stdout)).toBe(true);
    });
  }

  it('the forced spec says so on its cover', async () => {
    const dir = tempProject(broken);
    await runCli(['spec', dir, '-o', join(dir, 'spec.xlsx'), '--force'], dir);
    const { loadExcelJS } = await import('@ccp/generators/xlsx');
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'spec.xlsx'));
    const cover: string[] = [];
    wb.worksheets[0]!.eachRow((row) => cover.push(row.values.toString()));
    expect(cover.join('\n')).toMatch(/Design errors,1: made from a design with errors/);
  });
});
