import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '@ccp/render';
import { repoRoot } from '../support/paths.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Issue 22, item 8: a killed build left its browser profile (`ccp-chromium-*`) in the temporary folder. With a real
 * Chromium: a normal run removes its own profile, and after a run killed with SIGKILL while the browser is up, the
 * next run removes the profile the dead run left.
 */

const bin = join(repoRoot, 'packages/cli/bin/ccp.js');
const run = promisify(execFile);
const design = 'project p { sponsor: boss }\nrole boss { headcount: 2 }\nprocess x { owner: boss\n  step a { by: boss  end }\n}\n';
const profiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('ccp-chromium-'));

describe('browser profiles in the temporary folder', () => {
  it.skipIf(!findBrowser() && !process.env.CI)('a normal run removes its own; a killed run\'s is removed by the next', async () => {
    const project = tempProject({ 'design.ccp': design }, 'ccp-profiles-project-');
    const temp = mkdtempSync(join(tmpdir(), 'ccp-profiles-tmp-'));
    const env = { ...process.env, TMPDIR: temp, NO_COLOR: '1' };
    const args = [bin, 'diagram', '.', '--format', 'svg'];

    await run(process.execPath, args, { cwd: project, env });
    expect(existsSync(join(project, 'out', 'diagrams', 'process-x.svg'))).toBe(true);
    expect(profiles(temp)).toEqual([]);

    // kill a run as soon as its browser profile exists
    const child = spawn(process.execPath, args, { cwd: project, env, stdio: 'ignore' });
    const seen = await new Promise<boolean>((resolve) => {
      const deadline = Date.now() + 30_000;
      const poll = setInterval(() => {
        if (profiles(temp).length > 0 || Date.now() > deadline) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve(profiles(temp).length > 0);
        }
      }, 5);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(seen).toBe(true);
    const left = profiles(temp);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^ccp-chromium-${child.pid}-`));

    await run(process.execPath, args, { cwd: project, env });
    expect(profiles(temp)).toEqual([]);
    rmSync(temp, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  }, 90_000);
});
