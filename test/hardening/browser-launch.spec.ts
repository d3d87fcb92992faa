import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Issue 22, item 1: a committed ccp.config.json must not make ccp start a program. `"browser": "./tools/x.sh"` was
 * launched by `ccp build`, `ccp diagram` and `ccp docs` (as root in CI). A config may name a browser channel only.
 */

const design = 'project p { sponsor: boss }\nrole boss { headcount: 2 }\nprocess x { owner: boss\n  step a { by: boss  end }\n}\n';

function hostileProject(browser: string): { dir: string; marker: string } {
  const dir = tempProject({
    'ccp.config.json': JSON.stringify({ browser }),
    'design.ccp': design,
    // the "browser": a script that leaves a marker if it is ever run
    'tools/x.sh': '#!/bin/sh\ntouch "$(dirname "$0")/ran"\nexit 1\n',
  }, 'ccp-browser-');
  chmodSync(join(dir, 'tools/x.sh'), 0o755);
  return { dir, marker: join(dir, 'tools/ran') };
}

describe('a config cannot name an executable', () => {
  const commands: [string, string[]][] = [
    ['build', ['build', '.', '--out', 'out']],
    ['diagram', ['diagram', '.', '--out', 'out', '--format', 'svg']],
    ['docs', ['docs', '.', '--out', 'out']],
    ['check', ['check', '.']],
  ];
  for (const value of ['./tools/x.sh', 'tools/x.sh', 'sh', '/bin/sh']) {
    for (const [name, args] of commands) {
      it(`ccp ${name} refuses "browser": "${value}" (exit 2, the key named) and runs nothing`, async () => {
        const { dir, marker } = hostileProject(value);
        // CCP_BROWSER unset: the config is the only thing that could name a program here
        const run = await runCli(args, dir, { CCP_BROWSER: '', PATH: `${join(dir, 'tools')}:${process.env.PATH ?? ''}` });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/'browser' names a browser channel/);
        expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
        expect(existsSync(marker)).toBe(false);
        expect(existsSync(join(dir, 'out'))).toBe(false);
      });
    }
  }

  it('accepts a channel ("chromium", "chrome"): the config is valid and check passes', async () => {
    for (const channel of ['chromium', 'chrome']) {
      const { dir, marker } = hostileProject(channel);
      const run = await runCli(['check', '.'], dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(existsSync(marker)).toBe(false);
    }
  });
});

describe('browser profiles left by killed runs', () => {
  it('are removed when the next renderer starts; live ones and other folders stay', async () => {
    const { mkdirSync, mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const { newBrowserProfile } = await import('@ccp/render');
    const dir = mkdtempSync(join(tmpdir(), 'ccp-profiles-'));
    // a pid that has certainly ended: a child that already exited
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    mkdirSync(join(dir, `ccp-chromium-${dead}-abcdef`));
    mkdirSync(join(dir, `ccp-chromium-${process.pid}-ghijkl`));
    mkdirSync(join(dir, 'ccp-chromium-notapid'));
    mkdirSync(join(dir, 'someone-else'));
    const mine = await newBrowserProfile(dir);
    const left = readdirSync(dir).sort();
    expect(left).not.toContain(`ccp-chromium-${dead}-abcdef`);
    expect(left).toEqual(expect.arrayContaining([`ccp-chromium-${process.pid}-ghijkl`, 'ccp-chromium-notapid', 'someone-else']));
    expect(mine.startsWith(join(dir, `ccp-chromium-${process.pid}-`))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
