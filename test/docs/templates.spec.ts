import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCUMENT_TEMPLATES, loadTemplates } from '@ccp/generators/docs';
import { runCli } from '../support/run-cli.js';

const temp = mkdtempSync(join(tmpdir(), 'ccp-templates-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function project(name: string, templates: Record<string, string>) {
  const dir = join(temp, name);
  mkdirSync(dir, { recursive: true });
  await runCli(['init', dir]);
  for (const [file, text] of Object.entries(templates)) {
    mkdirSync(join(dir, 'templates', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'templates', file), text);
  }
  return dir;
}

describe('docs templates', () => {
  it('ships every document template and the partials they use', () => {
    const { templates } = loadTemplates();
    for (const name of DOCUMENT_TEMPLATES) expect(Object.keys(templates)).toContain(name);
    for (const partial of ['style', 'toc', 'link', 'links', 'process', 'role', 'system', 'touchpoint', 'function', 'function-table', 'findings', 'diagram']) {
      expect(Object.keys(templates)).toContain(`partials/${partial}`);
    }
  });

  it('a project overrides a partial and a document through templates/ beside ccp.config.json', async () => {
    const dir = await project('override', {
      'partials/style.hbs': 'body { color: rebeccapurple } /* house style */',
      'index.md.hbs': '# {{md title}} — custom\n{{#each processes}}- {{md title}}\n{{/each}}',
    });
    const run = await runCli(['docs', dir, '--out', join(dir, 'docs'), '--no-svg']);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'docs', 'spec.html'), 'utf8')).toContain('/* house style */');
    expect(readFileSync(join(dir, 'docs', 'index.md'), 'utf8')).toMatch(/^# override — custom\n- Answer a customer question\n$/);
  });

  it('a broken template is a usage error naming it; an unknown one is reported', async () => {
    const dir = await project('broken', { 'partials/role.hbs': '{{#each steps}}', 'spec.htm.hbs': 'typo' });
    const run = await runCli(['docs', dir, '--out', join(dir, 'docs'), '--no-svg']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Template 'partials\/role'/);
    rmSync(join(dir, 'templates', 'partials', 'role.hbs'));
    const again = await runCli(['docs', dir, '--out', join(dir, 'docs'), '--no-svg']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/spec\.htm\.hbs is not a document template/);
  });
});
