import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * `ccp fmt` never leaves the project, and a symbolic-link loop is a user error. Before issue 22 a committed
 * `vendor -> ../../somewhere` made `ccp fmt .` rewrite files outside the repository, and a link that leads back to
 * itself crashed it with ELOOP as an internal error.
 */

const messy = 'role agent {\nheadcount:   2\n}\n';
const tidy = 'role agent {\n  headcount: 2\n}\n';
const posix = process.platform !== 'win32';

describe.runIf(posix)('ccp fmt stays inside the project', () => {
  it('does not follow a folder symlink that leads out of the project, and says so', async () => {
    const outside = tempProject({ 'victim.ccp': messy });
    const dir = tempProject({ 'a.ccp': messy });
    symlinkSync(outside, join(dir, 'vendor'));
    const run = await runCli(['fmt', '.'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("warning: 'vendor' is a symbolic link that leads outside the project folder; it is not followed.");
    expect(readFileSync(join(outside, 'victim.ccp'), 'utf8')).toBe(messy);
    expect(readFileSync(join(dir, 'a.ccp'), 'utf8')).toBe(tidy);
    // --check reports it too, and does not list the file behind it
    const check = await runCli(['fmt', '--check', '.'], dir);
    expect(check.stderr).toContain("'vendor' is a symbolic link that leads outside the project folder");
    expect(check.stdout).toBe('');
  });

  it('does not follow a .ccp symlink to a file outside the project', async () => {
    const outside = tempProject({ 'victim.ccp': messy });
    const dir = tempProject({ 'sub/a.ccp': tidy });
    symlinkSync(join(outside, 'victim.ccp'), join(dir, 'sub', 'link.ccp'));
    const run = await runCli(['fmt', '.'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`'${join('sub', 'link.ccp')}' is a symbolic link that leads outside the project folder`);
    expect(readFileSync(join(outside, 'victim.ccp'), 'utf8')).toBe(messy);
  });

  it('the project is the folder of ccp.config.json: a link to a sibling folder inside it is followed', async () => {
    const dir = tempProject({ 'ccp.config.json': '{}', 'shared/b.ccp': messy, 'app/a.ccp': tidy });
    symlinkSync(join('..', 'shared'), join(dir, 'app', 'shared'));
    const run = await runCli(['fmt', 'app'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`formatted ${join('app', 'shared', 'b.ccp')}\n`);
    expect(readFileSync(join(dir, 'shared', 'b.ccp'), 'utf8')).toBe(tidy);
  });

  it('a symbolic-link loop in a walked folder is a user error (exit 2) naming the link, before anything is written', async () => {
    const dir = tempProject({ 'a.ccp': messy });
    symlinkSync('loop2.ccp', join(dir, 'loop1.ccp'));
    symlinkSync('loop1.ccp', join(dir, 'loop2.ccp'));
    const run = await runCli(['fmt', '.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ccp: loop1\.ccp: is a symbolic-link loop/m);
    expect(run.stderr).not.toMatch(/internal error|ELOOP/);
    expect(readFileSync(join(dir, 'a.ccp'), 'utf8')).toBe(messy);
  });

  it('a symbolic-link loop named on the command line, or a link to itself, is a user error too', async () => {
    const dir = tempProject({});
    symlinkSync('self.ccp', join(dir, 'self.ccp'));
    for (const args of [['fmt', 'self.ccp'], ['fmt', '--check', 'self.ccp']]) {
      const run = await runCli(args, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^ccp: self\.ccp: is a symbolic-link loop/m);
    }
  });

  it('a folder loop (a link to a parent) is walked once, as before', async () => {
    const dir = tempProject({ 'sub/a.ccp': messy });
    symlinkSync('..', join(dir, 'sub', 'up'));
    const run = await runCli(['fmt', '.'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`formatted ${join('sub', 'a.ccp')}\n`);
  });

  it('a FIFO named .ccp is skipped with a note, never opened for reading (it would hang)', async () => {
    const dir = tempProject({ 'a.ccp': tidy });
    execFileSync('mkfifo', [join(dir, 'pipe.ccp')]);
    const run = await runCli(['fmt', '.'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: 'pipe.ccp' is not a regular file; it is not formatted.");
    const named = await runCli(['fmt', 'pipe.ccp'], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/pipe\.ccp: is not a regular file or a folder/);
  });
});
