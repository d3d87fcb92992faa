import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * `ccp fmt` changes a file's text, never what makes it the same file: before issue 22 it turned a read-only file
 * writable, replaced a symbolic link with a plain file, broke hard links and reset owner and mode, because it
 * always wrote a new file and renamed it over the path.
 */

const messy = 'role agent {\nheadcount:   2\n}\n';
const tidy = 'role agent {\n  headcount: 2\n}\n';
const isRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';

describe.runIf(posix)('ccp fmt keeps the file it formats', () => {
  it('keeps the mode (0640, 0755 with set-group-id)', async () => {
    const dir = tempProject({ 'a.ccp': messy, 'b.ccp': messy });
    chmodSync(join(dir, 'a.ccp'), 0o640);
    chmodSync(join(dir, 'b.ccp'), 0o2755);
    const run = await runCli(['fmt', '.'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(statSync(join(dir, 'a.ccp')).mode & 0o7777).toBe(0o640);
    expect(statSync(join(dir, 'b.ccp')).mode & 0o7777).toBe(0o2755);
    expect(readFileSync(join(dir, 'a.ccp'), 'utf8')).toBe(tidy);
    expect(readdirSync(dir).sort()).toEqual(['a.ccp', 'b.ccp']);
  });

  it.runIf(isRoot)('keeps the owner and group (run as root, the file owned by another user)', async () => {
    const dir = tempProject({ 'a.ccp': messy });
    chownSync(join(dir, 'a.ccp'), 4321, 8765);
    const run = await runCli(['fmt', 'a.ccp'], dir);
    expect(run.code, run.stderr).toBe(0);
    const st = statSync(join(dir, 'a.ccp'));
    expect([st.uid, st.gid]).toEqual([4321, 8765]);
    expect(readFileSync(join(dir, 'a.ccp'), 'utf8')).toBe(tidy);
  });

  it('keeps hard links: every name sees the formatted text, and it is still one file', async () => {
    const dir = tempProject({ 'a.ccp': messy, 'elsewhere/keep.txt': '' });
    linkSync(join(dir, 'a.ccp'), join(dir, 'elsewhere', 'same.ccp.txt'));
    const inode = statSync(join(dir, 'a.ccp')).ino;
    chmodSync(join(dir, 'a.ccp'), 0o604);
    const run = await runCli(['fmt', 'a.ccp'], dir);
    expect(run.code, run.stderr).toBe(0);
    const st = statSync(join(dir, 'a.ccp'));
    expect([st.ino, st.nlink, st.mode & 0o777]).toEqual([inode, 2, 0o604]);
    expect(readFileSync(join(dir, 'elsewhere', 'same.ccp.txt'), 'utf8')).toBe(tidy);
    // the safety copy written before the in-place write is gone
    expect(readdirSync(dir).sort()).toEqual(['a.ccp', 'elsewhere']);
  });

  it('refuses a read-only file with a message, exit 1, and never makes it writable', async () => {
    const dir = tempProject({ 'ro.ccp': messy, 'rw.ccp': messy });
    chmodSync(join(dir, 'ro.ccp'), 0o444);
    const run = await runCli(['fmt', '.'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ro\.ccp: This file is read-only, so it was not formatted/m);
    expect(statSync(join(dir, 'ro.ccp')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(dir, 'ro.ccp'), 'utf8')).toBe(messy);
    expect(readFileSync(join(dir, 'rw.ccp'), 'utf8')).toBe(tidy);
    // --check only reads: it lists the file as one to reformat
    expect((await runCli(['fmt', '--check', 'ro.ccp'], dir)).stdout).toBe('ro.ccp\n');
  });

  it('formats the target of a symbolic link to a file and keeps the link a link', async () => {
    const dir = tempProject({ 'real/a.ccp': messy });
    symlinkSync(join('real', 'a.ccp'), join(dir, 'link.ccp'));
    const run = await runCli(['fmt', 'link.ccp'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link.ccp')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.ccp'))).toBe(join('real', 'a.ccp'));
    expect(readFileSync(join(dir, 'real', 'a.ccp'), 'utf8')).toBe(tidy);
  });

  it('formats a file reached by its name and by a link inside the project once', async () => {
    const dir = tempProject({ 'a.ccp': messy });
    symlinkSync('a.ccp', join(dir, 'b.ccp'));
    const run = await runCli(['fmt', '.'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('formatted a.ccp\n');
    expect(lstatSync(join(dir, 'b.ccp')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'a.ccp'), 'utf8')).toBe(tidy);
  });

  describe.runIf(isRoot)('as another user, who may write the file but not give a new file its owner', () => {
    /** Runs the real CLI as `nobody` (uid 65534) in `dir`. */
    const asNobody = (dir: string, ...args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'packages', 'cli', 'bin', 'ccp.js'), ...args], { cwd: dir, uid: 65534, gid: 65534, encoding: 'utf8' });

    it('writes the file in place, keeping its owner, group and inode', () => {
      const dir = tempProject({ 'a.ccp': messy });
      chmodSync(dir, 0o777);
      chmodSync(join(dir, 'a.ccp'), 0o666);
      const inode = statSync(join(dir, 'a.ccp')).ino;
      const run = asNobody(dir, 'fmt', 'a.ccp');
      expect(run.status, run.stderr).toBe(0);
      const st = statSync(join(dir, 'a.ccp'));
      expect([st.uid, st.gid, st.ino, st.mode & 0o777]).toEqual([0, 0, inode, 0o666]);
      expect(readFileSync(join(dir, 'a.ccp'), 'utf8')).toBe(tidy);
      expect(readdirSync(dir)).toEqual(['a.ccp']);
    });

    it('refuses with a message when no safety copy can be written next to the file', () => {
      const dir = tempProject({ 'a.ccp': messy });
      chmodSync(dir, 0o755);
      chmodSync(join(dir, 'a.ccp'), 0o666);
      const run = asNobody(dir, 'fmt', 'a.ccp');
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^ccp: a\.ccp: not formatted: .* no safety copy can be written next to it first/m);
      expect(readFileSync(join(dir, 'a.ccp'), 'utf8')).toBe(messy);
    });
  });
});
