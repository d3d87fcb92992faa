import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';
import { hasXmllint, schemaErrors } from './tools.js';

const design = {
  'design.ccp': [
    'project p "P" { output_language: en }',
    'system crm "CRM" { kind: crm }',
    'function f "Open a ticket" { priority: must  system: crm  description: "A <ticket> & more" }',
    'function g "Chat" { priority: nice }',
    '',
  ].join('\n'),
};

describe('ccp spec --format reqif', () => {
  it('writes ReqIF 1.2 with --format reqif, or when --out ends in .reqif', async () => {
    const dir = tempProject(design);
    const a = await runCli(['spec', dir, '--format', 'reqif', '-o', join(dir, 'a.reqif'), '--date', '2026-11-22', '--version', '2.0'], dir);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr).toContain('(ReqIF 1.2: 2 requirements, 1 must-have, under 2 headings).');
    const b = await runCli(['spec', dir, '-o', join(dir, 'b.reqif'), '--date', '2026-11-22', '--version', '2.0'], dir);
    expect(b.code, b.stderr).toBe(0);
    const text = readFileSync(join(dir, 'a.reqif'), 'utf8');
    expect(readFileSync(join(dir, 'b.reqif'), 'utf8')).toBe(text);
    expect(text).toContain('<COMMENT>P 2.0 (2026-11-22).</COMMENT>');
    expect(text).toContain('<xhtml:p>A &lt;ticket&gt; &amp; more</xhtml:p>');
    if (hasXmllint) expect(schemaErrors(join(dir, 'a.reqif'))).toBe('');
  });

  it('writes to standard output with -o -', async () => {
    const dir = tempProject(design);
    const run = await runCli(['spec', dir, '--format', 'reqif', '-o', '-', '--date', '2026-11-22'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<REQ-IF xmlns="http://www.omg.org/spec/ReqIF/20110401/reqif.xsd"')).toBe(true);
  });

  it('refuses an unknown format and a file name that does not match the format (exit 2, nothing written)', async () => {
    const dir = tempProject(design);
    const unknown = await runCli(['spec', dir, '--format', 'xml', '-o', join(dir, 'x.xml')], dir);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([2, 'ccp: --format xml: expected xlsx or reqif.']);
    const mismatch = await runCli(['spec', dir, '--format', 'reqif', '-o', join(dir, 'x.xlsx')], dir);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('the file name must end in .reqif for --format reqif.');
    const neither = await runCli(['spec', dir, '-o', join(dir, 'x.txt')], dir);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('the file name must end in .xlsx (or .reqif for ReqIF).');
    expect(existsSync(join(dir, 'x.xlsx')) || existsSync(join(dir, 'x.xml')) || existsSync(join(dir, 'x.txt'))).toBe(false);
  });

  it('refuses a design with errors like every writing command, and marks the file under --force', async () => {
    const dir = tempProject({ 'design.ccp': design['design.ccp'] + 'process p1 "P1" { step s "S" { by: nobody  end } }\n' });
    const out = join(dir, 'spec.reqif');
    const refused = await runCli(['spec', dir, '-o', out], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ccp spec: the design has 1 error; nothing written.');
    expect(existsSync(out)).toBe(false);
    const forced = await runCli(['spec', dir, '-o', out, '--force', '--date', '2026-11-22', '--version', '1'], dir);
    expect(forced.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('<COMMENT>P 1 (2026-11-22). Made from a design with 1 error(s) (--force); not for sending to vendors.</COMMENT>');
  });
});
