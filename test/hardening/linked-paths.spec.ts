import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Issue 22, item 8 follow-up: files are queued by real path, so everything that compares files must compare real
 * paths too. A project reached through a symbolic link (`ccp check ~/link/main.ccp`) got a false CCP2018 ("no import
 * reaches it") on every file, and an import cycle through a linked folder was not reported.
 */

describe('paths through symbolic links inside and above the project', () => {
  it('a project opened through a linked folder has no false "unreached file" warnings', async () => {
    const dir = tempProject({ 'p/ccp.config.json': '{}', 'p/main.ccp': 'import "roles.ccp"\nrole a {}\n', 'p/roles.ccp': 'role b {}\n' });
    symlinkSync(join(dir, 'p'), join(dir, 'link'));
    const r = await checkJson(dir, 'link/main.ccp');
    expect(r.code, r.stderr).not.toBe(2);
    expect(r.codes).not.toContain('CCP2018');
    // a file that really is unreached is still reported, through the link too
    writeFileSync(join(dir, 'p', 'stray.ccp'), 'role c {}\n');
    const stray = await checkJson(dir, 'link/main.ccp');
    expect(stray.findings.filter((f) => f.ruleId === 'CCP2018').map((f) => f.file)).toEqual(['link/stray.ccp']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('an import cycle through a linked folder is reported', async () => {
    const dir = tempProject({ 'ccp.config.json': '{}', 'main.ccp': 'import "roles/b.ccp"\nrole a {}\n', 'roles/b.ccp': 'import "../main.ccp"\nrole b {}\n' });
    symlinkSync(join(dir, 'roles'), join(dir, 'alias'));
    const r = await checkJson(dir);
    expect(r.codes).toContain('CCP2010');
    expect(r.codes).not.toContain('CCP2006');
    rmSync(dir, { recursive: true, force: true });
  });

  it('the same cycle without a link is reported once, as before', async () => {
    const dir = tempProject({ 'ccp.config.json': '{}', 'main.ccp': 'import "roles/b.ccp"\nrole a {}\n', 'roles/b.ccp': 'import "../main.ccp"\nrole b {}\n' });
    mkdirSync(join(dir, 'empty'));
    const r = await checkJson(dir);
    expect(r.codes.filter((c) => c === 'CCP2010')).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
