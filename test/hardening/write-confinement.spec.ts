import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Issue 22, items 2, 5 and 8: every write is confined by real path to the output folder (inside the project, or
 * named on the command line); `-o` writes only a regular file or a new path (or `-`, standard output); a build
 * removes what it no longer makes; `--out` naming a file gives one message.
 */

const design = (extra = '') =>
  `project p { sponsor: boss }\nrole boss { headcount: 2  access: crm read write }\nsystem crm { kind: crm }\n` +
  `process x { owner: boss\n  step a { by: boss  end }\n}\n${extra}`;

const noRender = { CCP_BROWSER: 'none' };

/** A project beside a folder `outside/` with a file that must never change. */
function layout(config: object = { outputs: { json: true } }): { dir: string; root: string; outside: string; bashrc: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-write-'));
  const root = join(dir, 'project');
  const outside = join(dir, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  const bashrc = join(outside, '.bashrc');
  writeFileSync(bashrc, 'echo safe\n');
  writeFileSync(join(root, 'ccp.config.json'), JSON.stringify(config));
  writeFileSync(join(root, 'design.ccp'), design());
  return { dir, root, outside, bashrc };
}

describe('a committed output folder link that leaves the project', () => {
  it('the default out/ as a link out: build refuses, names the link, writes nothing', async () => {
    const { root, outside, bashrc } = layout({ outputs: { json: { file: '.bashrc' } } });
    symlinkSync('../outside', join(root, 'out'));
    const run = await runCli(['build', '.'], root, noRender);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/out is a symbolic link that leads outside the project folder/);
    expect(readFileSync(bashrc, 'utf8')).toBe('echo safe\n');
    expect(readdirSync(outside)).toEqual(['.bashrc']);
  });

  it('the default out/ as a dangling link (to a folder that does not exist yet) is refused, and nothing is created', async () => {
    const { root, outside } = layout();
    symlinkSync('../outside/new', join(root, 'out'));
    const run = await runCli(['build', '.'], root, noRender);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/out is a symbolic link that leads to a path that does not exist; ccp does not write through it/);
    expect(readdirSync(outside)).toEqual(['.bashrc']);
  });

  it('outputs.dir naming a link out, for build, diagram and docs', async () => {
    for (const args of [['build', '.'], ['diagram', '.', '--format', 'mmd'], ['docs', '.']]) {
      const { root, outside } = layout({ outputs: { dir: 'gen' } });
      symlinkSync('../outside', join(root, 'gen'));
      const run = await runCli(args, root, noRender);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/gen is a symbolic link that leads outside the project folder/);
      expect(readdirSync(outside)).toEqual(['.bashrc']);
    }
  });

  it('a link inside the output folder (out/model.json -> ~/.bashrc) is refused, also with --out', async () => {
    for (const args of [['build', '.'], ['build', '.', '--out', 'out']]) {
      const { root, bashrc } = layout();
      mkdirSync(join(root, 'out'));
      symlinkSync(bashrc, join(root, 'out', 'model.json'));
      const run = await runCli(args, root, noRender);
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).toMatch(/model\.json is a symbolic link; ccp writes only to a regular file or a new path/);
      expect(readFileSync(bashrc, 'utf8')).toBe('echo safe\n');
    }
  });

  it('a sub-folder of the output folder that links out (out/diagrams -> outside) is refused', async () => {
    const { root, outside } = layout({ outputs: { diagrams: { formats: ['mmd'] } } });
    mkdirSync(join(root, 'out'));
    symlinkSync(outside, join(root, 'out', 'diagrams'));
    const run = await runCli(['build', '.'], root, noRender);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/diagrams is a symbolic link that leads outside the output folder/);
    expect(readdirSync(outside)).toEqual(['.bashrc']);
  });

  it('a config cannot name a path in a .git folder (its configuration and hooks)', async () => {
    for (const outputs of [{ dir: '.git', json: { file: 'config' } }, { dir: '.GIT/hooks' }, { json: { file: '.git/config' } }]) {
      const { root } = layout({ outputs });
      mkdirSync(join(root, '.git'));
      writeFileSync(join(root, '.git', 'config'), '[core]\n');
      const run = await runCli(['build', '.'], root, noRender);
      expect(run.code, JSON.stringify(outputs)).toBe(2);
      expect(run.stderr).toMatch(/points into a \.git folder; ccp does not write there/);
      expect(readFileSync(join(root, '.git', 'config'), 'utf8')).toBe('[core]\n');
    }
  });

  it('--out on the command line may name a folder anywhere (the user\'s own choice)', async () => {
    const { root, outside } = layout();
    const run = await runCli(['build', '.', '--out', outside], root, noRender);
    expect(run.code).toBe(0);
    expect(existsSync(join(outside, 'model.json'))).toBe(true);
  });
});

describe('-o writes only a regular file or a new path', () => {
  const project = () => tempProject({ 'design.ccp': design('channel phone { volume: 100/day  aht: 5m  hours: "Mo-Fr 08:00-16:00"  service_level: 80% in 20s  handled_by: boss }\n') }, 'ccp-o-');
  const commands = (target: string): string[][] => [
    ['export', 'json', '.', '-o', target],
    ['staffing', '.', '-o', target],
    ['spec', '.', '-o', target.endsWith('.xlsx') ? target : `${target}`],
  ];

  it('refuses a symbolic link (to /dev/null, or to a file), a FIFO and a folder, and leaves each as it was', async () => {
    const dir = project();
    symlinkSync('/dev/null', join(dir, 'null.xlsx'));
    writeFileSync(join(dir, 'real.txt'), 'keep');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.xlsx'));
    execFileSync('mkfifo', [join(dir, 'pipe.xlsx')]);
    mkdirSync(join(dir, 'folder.xlsx'));
    const kinds: [string, RegExp][] = [
      ['null.xlsx', /is a symbolic link/],
      ['link.xlsx', /is a symbolic link/],
      ['pipe.xlsx', /is a named pipe \(FIFO\)/],
      ['folder.xlsx', /is a folder/],
    ];
    for (const [target, kind] of kinds) {
      for (const args of commands(target)) {
        const run = await runCli(args, dir);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stderr).toMatch(kind);
        expect(run.stderr).toMatch(/ccp writes only to a regular file or a new path/);
      }
    }
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('keep');
  });

  it('writes a new path and replaces a regular file', async () => {
    const dir = project();
    writeFileSync(join(dir, 'old.json'), 'old');
    expect((await runCli(['export', 'json', '.', '-o', 'old.json'], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'old.json'), 'utf8'))).toHaveProperty('processes');
    expect((await runCli(['staffing', '.', '-o', 'new.txt'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'new.txt'), 'utf8')).toMatch(/phone/);
  });

  it('- writes to standard output', async () => {
    const dir = project();
    const run = await runCli(['export', 'json', '.', '-o', '-'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('processes');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('vendors score --out refuses them too, after scoring, and writes a new path', async () => {
    const dir = project();
    expect((await runCli(['spec', '.', '-o', 'filled.xlsx'], dir)).code).toBe(0);
    symlinkSync('/dev/null', join(dir, 'null.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    mkdirSync(join(dir, 'folder.txt'));
    for (const [target, kind] of [['null.txt', /is a symbolic link/], ['pipe.txt', /is a named pipe \(FIFO\)/], ['folder.txt', /is a folder/]] as const) {
      const run = await runCli(['vendors', 'score', 'design.ccp', 'filled.xlsx', '--out', target], dir);
      expect(run.code, target).toBe(2);
      expect(run.stderr).toMatch(kind);
    }
    expect((await runCli(['vendors', 'score', 'design.ccp', 'filled.xlsx', '--out', 'ranking.txt'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'ranking.txt'), 'utf8')).toMatch(/1  filled .*qualified/);
  });

  it('a device node is refused before anything is opened', async () => {
    const { checkReplaceable } = await import('../../packages/cli/dist/io/write-file-atomic.js');
    expect(() => checkReplaceable('/dev/null')).toThrow(/\/dev\/null is a device; ccp writes only to a regular file or a new path/);
  });
});

describe('ccp init', () => {
  it('does not write through a link in the folder it fills (.github -> outside), nor over a dangling link', async () => {
    const { dir, outside } = layout();
    const fresh = join(dir, 'fresh');
    mkdirSync(fresh);
    symlinkSync('../outside', join(fresh, '.github'));
    const run = await runCli(['init', 'fresh'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.github is a symbolic link that leads outside fresh .*Nothing was written\./);
    expect(readdirSync(outside)).toEqual(['.bashrc']);
    expect(readdirSync(fresh)).toEqual(['.github']);
    rmSync(join(fresh, '.github'));
    symlinkSync(join(outside, 'new-file'), join(fresh, 'main.ccp'));
    const dangling = await runCli(['init', 'fresh'], dir);
    expect(dangling.code).toBe(2);
    expect(dangling.stderr).toMatch(/main\.ccp already exists/);
    expect(readdirSync(outside)).toEqual(['.bashrc']);
  });
});

describe('--out that names a file', () => {
  it('gives one message, not one failure per artifact', async () => {
    const dir = tempProject({ 'design.ccp': design(), 'taken': 'a file' }, 'ccp-out-file-');
    for (const args of [['build', '.', '--out', 'taken'], ['docs', '.', '--out', 'taken'], ['diagram', '.', '--out', 'taken', '--format', 'mmd']]) {
      const run = await runCli(args, dir, noRender);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/taken is not a folder; name a folder for the outputs/);
      expect(run.stdout).not.toMatch(/EEXIST|FAILED/);
    }
    expect(readFileSync(join(dir, 'taken'), 'utf8')).toBe('a file');
  });
});

describe('outputs of deleted elements', () => {
  it('are removed by the next build; files ccp did not write stay', async () => {
    const dir = tempProject({
      'ccp.config.json': JSON.stringify({ outputs: { diagrams: { formats: ['mmd'] }, json: true } }),
      'design.ccp': design('process y { owner: boss\n  step b { by: boss  end }\n}\n'),
    }, 'ccp-stale-');
    expect((await runCli(['build', '.'], dir, noRender)).code).toBe(0);
    const diagrams = join(dir, 'out', 'diagrams');
    const before = readdirSync(diagrams).filter((n) => n.endsWith('.mmd'));
    expect(before).toEqual(expect.arrayContaining(['process-x.mmd', 'process-y.mmd']));
    writeFileSync(join(diagrams, 'notes.mmd'), 'mine'); // the user's own file in the output folder
    writeFileSync(join(dir, 'design.ccp'), design());
    const run = await runCli(['build', '.'], dir, noRender);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Removed 1 output of an earlier run that nothing makes any more: .*process-y\.mmd/);
    const after = readdirSync(diagrams);
    expect(after).not.toContain('process-y.mmd');
    expect(after).toEqual(expect.arrayContaining(['process-x.mmd', 'notes.mmd']));
    // a hostile manifest cannot make ccp remove files outside the output folder
    writeFileSync(join(dir, 'keep.ccp'), '// kept\n');
    // even with the right hashes: paths that leave the folder are never followed
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const kept = sha('// kept\n');
    const files = { '../keep.ccp': kept, [join(dir, 'keep.ccp')]: kept, 'diagrams/../../keep.ccp': kept, '/etc/hostname': sha(readFileSync('/etc/hostname', 'utf8')) };
    writeFileSync(join(dir, 'out', '.ccp-outputs.json'), JSON.stringify({ version: 2, files }));
    expect((await runCli(['build', '.'], dir, noRender)).code).toBe(0);
    expect(readFileSync(join(dir, 'keep.ccp'), 'utf8')).toBe('// kept\n');
  });

  it('only while their bytes are what ccp wrote: an edited output and a file a committed manifest names stay', async () => {
    const dir = tempProject({
      'ccp.config.json': JSON.stringify({ outputs: { dir: '.', diagrams: { formats: ['mmd'] }, json: true } }),
      'design.ccp': design('process y { owner: boss\n  step b { by: boss  end }\n}\nprocess z { owner: boss\n  step c { by: boss  end }\n}\n'),
      'settings.json': '{ "mine": true }\n',
    }, 'ccp-stale-hash-');
    expect((await runCli(['build', '.'], dir, noRender)).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, '.ccp-outputs.json'), 'utf8')) as { files: Record<string, string> };
    expect(manifest.files['diagrams/process-y.mmd']).toMatch(/^[0-9a-f]{64}$/);
    // the user edits one output; a pull request commits a manifest that names the user's settings.json
    writeFileSync(join(dir, 'diagrams', 'process-z.mmd'), 'flowchart TD\n  edited\n');
    manifest.files['settings.json'] = '0'.repeat(64);
    writeFileSync(join(dir, '.ccp-outputs.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'design.ccp'), design());
    const run = await runCli(['build', '.'], dir, noRender);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Removed 1 output of an earlier run that nothing makes any more: .*process-y\.mmd\./);
    expect(existsSync(join(dir, 'diagrams', 'process-y.mmd'))).toBe(false);
    expect(readFileSync(join(dir, 'diagrams', 'process-z.mmd'), 'utf8')).toBe('flowchart TD\n  edited\n');
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('{ "mine": true }\n');
  });

  it('a config file name that is the folder itself or the manifest is a message, not a bug', async () => {
    for (const [file, message] of [['.', /is not a file inside the output folder/], ['.ccp-outputs.json', /is where ccp keeps the list of what it wrote/]] as const) {
      const dir = tempProject({ 'ccp.config.json': JSON.stringify({ outputs: { json: { file } } }), 'design.ccp': design() }, 'ccp-out-name-');
      const run = await runCli(['build', '.'], dir, noRender);
      expect(run.code, file).toBe(2);
      expect(run.stdout).toMatch(message);
      expect(run.stdout).not.toMatch(/a bug in ccp/);
    }
  });
});
