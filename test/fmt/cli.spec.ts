import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

const messy = 'role agent {headcount: 2\n  backup: b}\nrole b {}\n';
const tidy = 'role agent {\n  headcount: 2\n  backup: b\n}\n\nrole b {}\n';

const project = (files: Record<string, string>) => tempProject(files, 'ccp-fmt-');

describe('ccp fmt', () => {
  it('--check lists the files that would change, exits 1 and changes nothing', async () => {
    const dir = project({ 'a.ccp': messy, 'sub/b.ccp': tidy, 'sub/c.ccp': messy });
    const run = await runCli(['fmt', '--check', '.'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual(['a.ccp', join('sub', 'c.ccp')]);
    expect(readFileSync(join(dir, 'a.ccp'), 'utf8')).toBe(messy);
  });

  it('--check exits 0 when everything is formatted', async () => {
    const dir = project({ 'a.ccp': tidy });
    const run = await runCli(['fmt', '--check'], dir);
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });

  it('writes formatted files in place, leaving no temporary files', async () => {
    const dir = project({ 'a.ccp': messy, 'b.ccp': tidy });
    const run = await runCli(['fmt', 'a.ccp', 'b.ccp'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('formatted a.ccp\n');
    expect(readFileSync(join(dir, 'a.ccp'), 'utf8')).toBe(tidy);
    expect(readdirSync(dir).sort()).toEqual(['a.ccp', 'b.ccp']);
  });

  it('leaves a file with syntax errors alone, names the error and exits 1', async () => {
    const broken = 'role agent {\n  headcount 2\n}\n';
    const dir = project({ 'bad.ccp': broken, 'a.ccp': messy });
    const run = await runCli(['fmt', '.'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bad\.ccp:2:3: /m);
    expect(readFileSync(join(dir, 'bad.ccp'), 'utf8')).toBe(broken);
    expect(readFileSync(join(dir, 'a.ccp'), 'utf8')).toBe(tidy);
  });

  it('exits 2 for a path that does not exist', async () => {
    const run = await runCli(['fmt', 'nope.ccp'], project({}));
    expect(run.code).toBe(2);
  });
});
