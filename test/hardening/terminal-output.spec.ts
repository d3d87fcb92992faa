import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Issue 22, item 8: text from .ccp files and file names reached the terminal raw: ESC sequences (retitle the
 * terminal, clear the screen), BEL, C1 controls and bidi overrides. They are shown as visible escapes.
 */

const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const title = '\x1b]0;owned\x07';
const clear = '\x1b[2J\x1b[H';

describe('terminal output never carries control characters from the input', () => {
  it('stylish: file names, messages and code frames', async () => {
    const dir = tempProject({
      [`a${title}.ccp`]: `role r${'\u202e'} "x${clear}y" { headcount: 1 }\nprocess p { owner: nobody${'\x9b'}31m\n  step s { by: missing  end }\n}\n`,
    }, 'ccp-term-');
    const run = await runCli(['check', '.'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stdout).toContain('\\x1b]0;owned\\x07');
    expect(run.stdout).toMatch(/nobody/);
  });

  it('github: workflow commands in the job log (which shows ANSI sequences), file names and messages', async () => {
    const dir = tempProject({
      [`a${title}.ccp`]: `role r "x${clear}y" { headcount: 1 }\nprocess p { owner: nobody${'\u202e'}\n  step s { by: missing${'\x9b'}31m  end }\n}\n`,
    }, 'ccp-term-');
    const run = await runCli(['check', '.', '--format', 'github'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stdout).toContain('file=a\\x1b]0;owned\\x07.ccp');
    expect(run.stdout).toContain('\\u{202e}');
    // line ends are still the runner's own escapes, one command per line
    for (const line of run.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) [^:\n]*::/);
  });

  it('progress lines of build, docs and diagram: the project name and the paths of ccp.config.json', async () => {
    const dir = tempProject({
      'ccp.config.json': JSON.stringify({ outputs: { dir: `o${title}`, json: { file: `m${clear}.json` }, spec: { file: 's\x9b31m.xlsx' }, diagrams: { formats: ['mmd'] } } }),
      'design.ccp': `project p "Proj${title}" { sponsor: boss }\nrole boss { headcount: 2 }\nprocess x { owner: boss\n  step a { by: boss  end }\n}\n`,
    }, 'ccp-term-');
    for (const args of [['build', '.'], ['docs', '.', '--no-svg'], ['diagram', '.', '--format', 'mmd']]) {
      const run = await runCli(args, dir, { CCP_BROWSER: 'none' });
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout + run.stderr, args.join(' ')).not.toMatch(RAW);
      expect(run.stdout).toContain('o\\x1b]0;owned\\x07');
    }
  });

  it('standard error: usage errors naming a file', async () => {
    const dir = tempProject({ 'ok.ccp': 'role r {}\n' }, 'ccp-term-');
    const run = await runCli(['check', `missing${clear}.ccp`], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr).toContain('\\x1b[2J');
  });

  it('staffing and diff text outputs', async () => {
    const channel = `channel phone "Ph${title}one" { volume: 100/day  aht: 5m  hours: "Mo-Fr 08:00-16:00"  service_level: 80% in 20s }\n`;
    const dir = tempProject({ 'old/a.ccp': 'role r {}\n', 'new/a.ccp': `role r "R${clear}" {}\n${channel}` }, 'ccp-term-');
    const staffing = await runCli(['staffing', 'new'], dir);
    expect(staffing.stdout).not.toMatch(RAW);
    const diff = await runCli(['diff', 'old', 'new'], dir);
    expect(diff.stdout + diff.stderr).not.toMatch(RAW);
  });
});
