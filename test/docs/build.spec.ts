import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleProjects } from '../support/golden.js';
import { runCli } from '../support/run-cli.js';

const temp = mkdtempSync(join(tmpdir(), 'ccp-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const dir = join(temp, `p${n++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name !== '.ccp-outputs.json') out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

describe('ccp init', () => {
  it('scaffolds a project that checks clean (0 errors, 0 warnings), with a CI workflow running ccp check', async () => {
    const dir = fresh();
    const init = await runCli(['init', dir, '--name', 'Obsługa "klienta"']);
    expect(init.code, init.stderr).toBe(0);
    expect(listFiles(dir)).toEqual(['.github/workflows/ccp.yml', 'ccp.config.json', 'main.ccp']);
    const check = await runCli(['check', dir, '--max-warnings', '0']);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/No problems found/);
    expect(readFileSync(join(dir, '.github/workflows/ccp.yml'), 'utf8')).toMatch(/ccp\S*\s+check/);
    expect(JSON.parse(readFileSync(join(dir, 'ccp.config.json'), 'utf8')).name).toBe('Obsługa "klienta"');
  });

  it('works in Polish too and in the current folder', async () => {
    const dir = fresh();
    expect((await runCli(['init', '--language', 'pl'], dir)).code).toBe(0);
    expect((await runCli(['check', '--max-warnings', '0'], dir)).code).toBe(0);
  });

  it('refuses to overwrite existing files and writes nothing', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'main.ccp'), '// mine\n');
    const run = await runCli(['init', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/main\.ccp already exists/);
    expect(listFiles(dir)).toEqual(['main.ccp']);
    expect(readFileSync(join(dir, 'main.ccp'), 'utf8')).toBe('// mine\n');
  });
});

describe('ccp build', () => {
  it('produces every artifact with a progress line each, atomically (no temporary files left)', async () => {
    const dir = fresh();
    await runCli(['init', dir]);
    const run = await runCli(['build', dir, '--no-render']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    for (const artifact of ['diagrams', 'spec', 'docs', 'json', 'staffing']) expect(run.stdout).toMatch(new RegExp(`^  ${artifact} `, 'm'));
    const files = listFiles(join(dir, 'out'));
    expect(files).toEqual(
      expect.arrayContaining(['diagrams/overview.mmd', 'docs/index.md', 'docs/spec.html', 'model.json', 'spec.xlsx', 'staffing.xlsx']),
    );
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'model.json'), 'utf8')).format).toBe('ccp-model');
  });

  it('builds only what outputs names, under outputs.dir', async () => {
    const dir = fresh();
    await runCli(['init', dir]);
    writeFileSync(join(dir, 'ccp.config.json'), JSON.stringify({ outputs: { dir: 'gen', json: { file: 'm.json' } } }));
    const run = await runCli(['build', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(listFiles(join(dir, 'gen'))).toEqual(['m.json']);
  });

  it('refuses config paths outside the project, but --out may point anywhere', async () => {
    const dir = fresh();
    await runCli(['init', dir]);
    writeFileSync(join(dir, 'ccp.config.json'), JSON.stringify({ outputs: { dir: '../elsewhere', json: true } }));
    const bad = await runCli(['build', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/outputs\.dir '\.\.\/elsewhere' points outside the project/);
    expect(existsSync(join(dir, '..', 'elsewhere'))).toBe(false);
    writeFileSync(join(dir, 'ccp.config.json'), JSON.stringify({ outputs: { json: { file: '../../x.json' } } }));
    expect((await runCli(['build', dir])).code).toBe(2);
    writeFileSync(join(dir, 'ccp.config.json'), JSON.stringify({ outputs: { dir: '../elsewhere', json: true } }));
    const out = join(fresh(), 'explicit');
    const ok = await runCli(['build', dir, '--out', out]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(listFiles(out)).toEqual(['model.json']);
  });

  it('stops on model errors before writing anything; --force builds anyway (exit 1)', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'main.ccp'), 'role agent { }\nprocess p { step s { by: nobody  end } }\n');
    const run = await runCli(['build', dir, '--no-render']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nobody/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const forced = await runCli(['build', dir, '--no-render', '--force']);
    expect(forced.code).toBe(1);
    expect(existsSync(join(dir, 'out', 'model.json'))).toBe(true);
  });

  for (const { name, dir } of exampleProjects()) {
    it(`builds the example ${name}`, async () => {
      const out = join(fresh(), name);
      const check = await runCli(['check', dir]);
      const run = await runCli(['build', dir, '--out', out, '--no-render', ...(check.code === 1 ? ['--force'] : [])]);
      expect(run.code, run.stdout + run.stderr).toBe(check.code === 1 ? 1 : 0);
      expect(run.stdout).not.toMatch(/FAILED/);
      expect(existsSync(join(out, 'docs', 'spec.html')) || !/docs/.test(run.stdout)).toBe(true);
      expect(existsSync(join(out, 'model.json')) || !/json/.test(run.stdout)).toBe(true);
    });
  }
});

describe('writeFileAtomic', () => {
  it('replaces a file in one step and leaves no temporary file, even when the write fails', async () => {
    const { writeFileAtomic } = await import('../../packages/cli/dist/io/write-file-atomic.js');
    const dir = fresh();
    const file = join(dir, 'sub', 'a.txt');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, new Uint8Array([116, 119, 111]));
    expect(readFileSync(file, 'utf8')).toBe('two');
    writeFileSync(join(dir, 'blocker'), '');
    expect(() => writeFileAtomic(join(dir, 'blocker', 'b.txt'), 'x')).toThrow(/cannot be written/);
    mkdirSync(join(dir, 'target.txt'));
    expect(() => writeFileAtomic(join(dir, 'target.txt'), 'x')).toThrow(/is a folder; ccp writes only to a regular file or a new path/);
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'sub', 'target.txt']);
    // a temporary file left by a killed run (its process is gone) is swept on the next write to that folder
    const other = fresh();
    writeFileSync(join(other, '.a.txt.999999999.0123abcd.tmp'), 'half');
    writeFileAtomic(join(other, 'a.txt'), 'whole');
    expect(readdirSync(other)).toEqual(['a.txt']);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['a.txt']);
  });
});

describe('ccp build when a generator fails', () => {
  it('reports it, still makes the other artifacts, and leaves the previous file whole', async () => {
    const dir = fresh();
    await runCli(['init', dir]);
    expect((await runCli(['build', dir, '--no-render'])).code).toBe(0);
    const before = readFileSync(join(dir, 'out', 'docs', 'spec.html'), 'utf8');
    rmSync(join(dir, 'out', 'model.json'));
    mkdirSync(join(dir, 'templates', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'partials', 'role.hbs'), '{{#each steps}}');
    const run = await runCli(['build', dir, '--no-render']);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^ {2}docs {7}FAILED: Template 'partials\/role'/m);
    expect(readFileSync(join(dir, 'out', 'docs', 'spec.html'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'out', 'model.json'))).toBe(true);
    expect(listFiles(join(dir, 'out')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
