import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * Issue 22, item 1: nothing committed to a project may make ccp run a program. A pull request can commit a folder
 * laid out as a bare git repository (HEAD, objects/, refs/, and a `config` naming a `core.fsmonitor` command or a
 * clean filter). git run inside that folder finds it and runs the command: `ccp spec designs -o spec.xlsx` ran it
 * through `git status` (the spec's version). ccp now runs git with `safe.bareRepository=explicit` and
 * `core.fsmonitor=false` on the command line, and uses a repository only when its git folder is `.git`.
 */

const design = 'project p { sponsor: boss }\nrole boss { headcount: 2 }\nprocess x { owner: boss\n  step a { by: boss  end }\n}\n';
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@example.com' };
const gitIn = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, stdio: ['ignore', 'pipe', 'pipe'] });

/** A checkout whose folder `designs/` is also a bare repository that runs `marker` (touch) if git ever uses it. */
function hostileCheckout(): { checkout: string; designs: string; marker: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-git-embedded-'));
  const marker = join(dir, 'ran');
  const source = join(dir, 'source');
  mkdirSync(source);
  gitIn(source, 'init', '-q');
  writeFileSync(join(source, 'a.txt'), 'a\n');
  gitIn(source, 'add', 'a.txt');
  gitIn(source, 'commit', '-qm', 'a');
  const checkout = join(dir, 'checkout');
  const designs = join(checkout, 'designs');
  mkdirSync(designs, { recursive: true });
  gitIn(checkout, 'init', '-q');
  for (const part of ['objects', 'refs', 'HEAD']) cpSync(join(source, '.git', part), join(designs, part), { recursive: true });
  const run = `touch '${marker}'; false`;
  writeFileSync(
    join(designs, 'config'),
    `[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = .\n\tfsmonitor = "${run}"\n[filter "x"]\n\tclean = "${run}"\n\tsmudge = "${run}"\n`,
  );
  writeFileSync(join(designs, '.gitattributes'), '* filter=x\n');
  writeFileSync(join(designs, 'design.ccp'), design);
  gitIn(checkout, 'add', '-A');
  gitIn(checkout, 'commit', '-qm', 'pull request');
  return { checkout, designs, marker };
}

describe('a folder of the tree laid out as a bare git repository', () => {
  it('ccp spec (which asks git for the version) runs none of its commands', async () => {
    const { checkout, marker } = hostileCheckout();
    const run = await runCli(['spec', 'designs', '-o', 'spec.xlsx'], checkout);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(checkout, 'spec.xlsx'))).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });

  it('ccp diff inside it is a usage error and runs none of its commands', async () => {
    const { designs, marker } = hostileCheckout();
    const run = await runCli(['diff', 'HEAD:.', '.'], designs);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bare repository/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(marker)).toBe(false);
  });

  it('is refused by its git folder too, for git before 2.38 (which ignores safe.bareRepository)', async () => {
    const { ordinaryGitDir } = await import('../../packages/cli/dist/project/git-project.js');
    const saved = process.env.GIT_DIR;
    delete process.env.GIT_DIR;
    try {
      expect(ordinaryGitDir('/work/repo/.git\n')).toBe(true);
      expect(ordinaryGitDir('/work/repo/.git/worktrees/w')).toBe(true);
      expect(ordinaryGitDir('/work/repo/.git/modules/sub')).toBe(true);
      expect(ordinaryGitDir('/work/repo/designs')).toBe(false);
      expect(ordinaryGitDir('/work/repo/designs.git')).toBe(false);
      // a checkout that happens to lie under a folder named .git
      expect(ordinaryGitDir('/tmp/.git/checkout/designs')).toBe(false);
    } finally {
      if (saved !== undefined) process.env.GIT_DIR = saved;
    }
  });

  it('an ordinary checkout still gives the spec its version', async () => {
    const { checkout } = hostileCheckout();
    const { describeDesign } = await import('../../packages/cli/dist/project/git-project.js');
    mkdirSync(join(checkout, 'plain'));
    writeFileSync(join(checkout, 'plain', 'design.ccp'), design);
    gitIn(checkout, 'add', '-A');
    gitIn(checkout, 'commit', '-qm', 'plain');
    expect(describeDesign(join(checkout, 'plain'))).toEqual({ described: expect.stringMatching(/^[0-9a-f]{7,}$/), uncommitted: false });
  });
});
