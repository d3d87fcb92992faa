import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

// main() registers only the command that is called (start-up, issue 10), found by the name in commands/index.ts.
describe('command registration', () => {
  it('lists each command under the name it is called by', async () => {
    const { commands } = await import('../../packages/cli/dist/commands/index.js');
    expect(commands.length).toBeGreaterThanOrEqual(14);
    for (const [name] of commands) {
      const r = await runCli([name, '--help'], repoRoot);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`^Usage: ccp ${name} `));
    }
  });

  it('still lists every command in --help, and suggests one for a typo', async () => {
    const help = await runCli(['--help'], repoRoot);
    for (const name of ['check', 'rules', 'build', 'diagram', 'spec', 'vendors', 'docs', 'export', 'schema', 'staffing', 'diff', 'fmt', 'init', 'lsp']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
    const typo = await runCli(['chek', '.'], repoRoot);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("ccp: unknown command 'chek'; did you mean check?");
  });
});
