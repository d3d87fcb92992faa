import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeProject, analyzeSources, defaultLimits, MAX_NESTING, memoryHost } from '@ccp/language';
import { checkJson, runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Issue 9, part 2: every limit (file size, nesting depth, number of files, import depth) gives one clear error;
 * import cycles and symbolic-link loops end; nothing reads or writes outside the project root.
 */

const project = (files: Record<string, string | Buffer>) => tempProject(files, 'ccp-limits-');

const check = checkJson;

const codesOf = (a: { diagnostics: { code: string }[] }) => a.diagnostics.map((d) => d.code);
const chain = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`/p/f${i}.ccp`, `${i + 1 < n ? `import "f${i + 1}.ccp"\n` : ''}role r${i} {}\n`]));

describe('file size limit', () => {
  it('refuses a file over the default 16 MiB with one error that names both sizes', () => {
    const a = analyzeSources({ 'huge.ccp': `// ${'x'.repeat(defaultLimits.maxFileBytes)}\n` });
    const d = a.diagnostics.find((x) => x.code === 'CCP1008')!;
    expect(d).toMatchObject({ severity: 'error', loc: { file: 'huge.ccp', start: 0, end: 0 } });
    expect(d.message).toMatch(/16\.0 MiB, over the 16 MiB limit/);
    expect(a.diagnostics).toHaveLength(1);
  });

  it('a small limit from ccp.config.json is stated in units that make sense', async () => {
    const r = await check(project({ 'ccp.config.json': '{ "limits": { "maxFileBytes": 1000 } }', 'big.ccp': `role r "${'x'.repeat(2000)}" {}\n`, 'ok.ccp': 'role s {}\n' }));
    const f = r.findings.find((x) => x.ruleId === 'CCP1008')!;
    expect(f).toMatchObject({ file: 'big.ccp', line: 1, column: 1, severity: 'error' });
    expect(f.message).toContain('2,013 bytes, over the 1,000-byte limit');
    expect(r.code).toBe(1);
  });
});

describe('nesting depth limit', () => {
  const nested = (n: number) => 'group g { '.repeat(n) + '}'.repeat(n);

  it(`accepts ${MAX_NESTING} levels and refuses ${MAX_NESTING + 1} with one error`, () => {
    expect(codesOf(analyzeSources({ 'a.ccp': nested(MAX_NESTING) }))).not.toContain('CCP1009');
    const deep = analyzeSources({ 'a.ccp': nested(MAX_NESTING + 1) });
    expect(codesOf(deep).filter((c) => c === 'CCP1009')).toHaveLength(1);
    expect(deep.diagnostics.find((d) => d.code === 'CCP1009')!.message).toContain(`more than ${MAX_NESTING} levels`);
  });

  it('200,000 open braces neither overflow the stack nor take long', () => {
    const start = performance.now();
    const a = analyzeSources({ 'a.ccp': 'process p { step s { decide { '.repeat(20) + '{'.repeat(200_000) });
    expect(codesOf(a)).toContain('CCP1005');
    expect(performance.now() - start).toBeLessThan(20_000);
  });
});

describe('number of files limit', () => {
  it('reads only maxFiles files and says so once (analyzeProject)', () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`/p/f${String(i).padStart(2, '0')}.ccp`, `role r${i} {}\n`]));
    const a = analyzeProject(memoryHost(files), '/p', ['/p'], { limits: { maxFiles: 10 } });
    expect(a.texts.files()).toHaveLength(10);
    const d = a.diagnostics.filter((x) => x.code === 'CCP2013');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('more than 10 .ccp files');
  });

  it('the limit set in ccp.config.json applies to ccp check', async () => {
    const files: Record<string, string> = { 'ccp.config.json': '{ "limits": { "maxFiles": 3 } }' };
    for (let i = 0; i < 8; i++) files[`d${i}/f.ccp`] = `role r${i} {}\n`;
    const r = await check(project(files));
    expect(r.codes.filter((c) => c === 'CCP2013')).toHaveLength(1);
    expect(new Set(r.findings.map((f) => f.file)).size).toBeLessThanOrEqual(3);
    expect(r.code).toBe(1);
  });
});

describe('staffing load limit', () => {
  it('a mistyped volume (10^20 a day) is skipped with a reason instead of running for hours', async () => {
    const { staffingReport, MAX_ERLANGS } = await import('@ccp/staffing');
    const a = analyzeSources({
      'a.ccp': 'channel huge "H" { hours: "Mo-Su 00:00-24:00"  volume: 100000000000000000000/day  aht: 1h  service_level: 99% in 1s }\nchannel ok "O" { hours: "Mo-Fr 08:00-16:00"  volume: 500/day  aht: 5m  service_level: 80% in 20s }\n',
    });
    const start = performance.now();
    const report = staffingReport(a.model);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(report.summary.skipped).toEqual([{ channel: 'huge', reason: expect.stringContaining(`over the ${MAX_ERLANGS.toLocaleString('en-US')} ccp solves`) }]);
    expect(report.summary.channels.map((c) => c.channel)).toEqual(['ok']);
  });

  it('a max_occupancy of 0.0000001% is skipped with a reason instead of stepping up agents for hours', async () => {
    const { staffingReport } = await import('@ccp/staffing');
    const a = analyzeSources({ 'a.ccp': 'channel c "C" { hours: "Mo-Fr 08:00-16:00"  volume: 1200/day  aht: 6m  service_level: 80% in 20s  max_occupancy: 0.0000001% }\n' });
    const start = performance.now();
    const report = staffingReport(a.model);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(report.summary.skipped).toEqual([{ channel: 'c', reason: expect.stringContaining('more than 1,000,000 agents in one interval') }]);
  });
});

describe('import depth limit', () => {
  it('stops a chain deeper than maxImportDepth with one error at the import that goes too far', () => {
    const a = analyzeProject(memoryHost(chain(12)), '/p', ['/p/f0.ccp'], { limits: { maxImportDepth: 5 } });
    const d = a.diagnostics.filter((x) => x.code === 'CCP2014');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'error', loc: { file: 'f4.ccp' } }); // f0..f4 are five files; f4 imports the sixth
    expect(d[0]!.message).toContain('more than 5 files deep');
    const text = a.texts.get(d[0]!.loc.file)!;
    expect(text.slice(d[0]!.loc.start, d[0]!.loc.end)).toMatch(/^"?f\d+\.ccp"?$/);
  });

  it('the default of 64 passes a chain of 64 files and stops one of 100', () => {
    expect(codesOf(analyzeProject(memoryHost(chain(64)), '/p', ['/p/f0.ccp']))).not.toContain('CCP2014');
    expect(codesOf(analyzeProject(memoryHost(chain(100)), '/p', ['/p/f0.ccp']))).toContain('CCP2014');
  });

  it('the limit set in ccp.config.json applies to ccp check', async () => {
    const files: Record<string, string> = { 'ccp.config.json': '{ "limits": { "maxImportDepth": 2 } }' };
    for (const [path, text] of Object.entries(chain(6))) files[path.slice(3)] = text;
    const r = await check(project(files), 'f0.ccp');
    expect(r.findings.filter((f) => f.ruleId === 'CCP2014')).toEqual([expect.objectContaining({ file: 'f1.ccp', line: 1, column: 8 })]);
    expect(r.code).toBe(1);
  });
});

describe('import cycles and symbolic-link loops end', () => {
  it('a self-import and a three-file cycle are each reported once', () => {
    const a = analyzeSources({ 'self.ccp': 'import "self.ccp"\nrole s {}', 'a.ccp': 'import "b.ccp"\nrole a {}', 'b.ccp': 'import "c.ccp"\nrole b {}', 'c.ccp': 'import "./sub/../a.ccp"\nrole c {}' });
    const cycles = a.diagnostics.filter((d) => d.code === 'CCP2010');
    expect(cycles).toHaveLength(2);
    expect(cycles.map((d) => d.message).join('\n')).toContain('a.ccp -> b.ccp -> c.ccp -> a.ccp');
  });

  it('a real symbolic-link loop in the project folder is read once and reported', async () => {
    const dir = project({ 'ccp.config.json': '{}', 'sub/a.ccp': 'role a {}\n' });
    symlinkSync('..', join(dir, 'sub', 'loop'));
    symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'again'));
    const r = await check(dir);
    expect(r.code).not.toBe(2);
    expect(r.codes).toContain('CCP2016');
    expect(r.findings.filter((f) => f.ruleId === 'duplicate-id')).toEqual([]);
  });

  it('ccp fmt walks a symbolic-link loop once instead of failing with ELOOP', async () => {
    const dir = project({ 'sub/a.ccp': 'role   a {}\n' });
    symlinkSync('..', join(dir, 'sub', 'loop'));
    const r = await runCli(['fmt', '--check', '.'], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([join('sub', 'a.ccp')]);
  });

  it('an import through a symbolic link that points back at the importing file is a cycle', async () => {
    const dir = project({ 'a.ccp': 'import "link.ccp"\nrole a {}\n' });
    symlinkSync(join(dir, 'a.ccp'), join(dir, 'link.ccp'));
    const r = await check(dir, 'a.ccp');
    expect(r.code).not.toBe(2);
  });
});

describe('nothing is read from outside the project root', () => {
  it('imports of ../../etc/passwd, /etc/passwd and a symlink that leads outside are refused', async () => {
    const outside = project({ 'secret.ccp': 'role leaked_secret {}\n' });
    const dir = project({ 'ccp.config.json': '{}', 'main.ccp': `import "../../etc/passwd"\nimport "/etc/passwd"\nimport "link.ccp"\nrole r {}\n` });
    symlinkSync(join(outside, 'secret.ccp'), join(dir, 'link.ccp'));
    const r = await check(dir, 'main.ccp');
    expect(r.findings.filter((f) => f.ruleId === 'CCP2009').map((f) => f.line)).toEqual([1, 2, 3]);
    expect(r.stdout).not.toContain('leaked_secret');
  });

  it('a .ccp symlink to a file outside the project is not read when the folder is checked', async () => {
    const outside = project({ 'secret.ccp': 'role leaked_secret {}\n', 'passwd': 'root:x:0:0:root:/root:/bin/bash\n' });
    const dir = project({ 'ccp.config.json': '{}', 'a.ccp': 'role a {}\n' });
    symlinkSync(join(outside, 'secret.ccp'), join(dir, 'leak.ccp'));
    symlinkSync(join(outside, 'passwd'), join(dir, 'pw.ccp'));
    const r = await check(dir);
    expect(r.stdout).not.toContain('leaked_secret');
    expect(r.stdout).not.toContain('root:x');
    expect(r.findings.filter((f) => f.ruleId === 'CCP2017').map((f) => f.file).sort()).toEqual(['leak.ccp', 'pw.ccp']);
    const stylish = await runCli(['check', '.'], dir);
    expect(stylish.stdout).not.toContain('root:x');
  });

  it('a symlinked folder that leads outside the project is not walked', async () => {
    const outside = project({ 'secret.ccp': 'role leaked_secret {}\n' });
    const dir = project({ 'ccp.config.json': '{}', 'a.ccp': 'role a {}\n' });
    symlinkSync(outside, join(dir, 'elsewhere'));
    const r = await check(dir);
    expect(r.stdout).not.toContain('leaked_secret');
    expect(r.codes).toContain('CCP2017');
  });

  it('"include" in ccp.config.json cannot name files outside the project', async () => {
    const outside = project({ 'passwd': 'root:x:0:0:root:/root:/bin/bash\n' });
    const dir = project({ 'ccp.config.json': JSON.stringify({ include: [join(outside, 'passwd'), '../../../../etc/passwd'] }), 'a.ccp': 'role a {}\n' });
    const r = await runCli(['check', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('root:x');
    expect(r.stderr).toMatch(/include .* points outside the project folder/);
  });
});

describe('templates cannot pull in files from outside the project', () => {
  for (const how of ['a symlinked partial', 'a symlinked templates folder']) {
    it(`ccp docs does not read ${how}`, async () => {
      const outside = project({ 'secret': 'TOP-SECRET-TOKEN', 'spec.html.hbs': 'TOP-SECRET-TOKEN' });
      const dir = project({ 'ccp.config.json': '{}', 'a.ccp': 'role a {}\n' });
      if (how === 'a symlinked partial') {
        mkdirSync(join(dir, 'templates', 'partials'), { recursive: true });
        symlinkSync(join(outside, 'secret'), join(dir, 'templates', 'partials', 'style.hbs'));
      } else symlinkSync(outside, join(dir, 'templates'));
      const r = await runCli(['docs', '.', '--no-svg', '--out', 'out'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(dir, 'out', 'spec.html'), 'utf8')).not.toContain('TOP-SECRET');
    });
  }
});

describe('nothing is written outside the project root by a shared config', () => {
  const outsideConfigs: [string, Record<string, unknown>][] = [
    ['outputs.dir', { outputs: { dir: '../escaped' } }],
    ['outputs.json.file', { outputs: { json: { file: '../../escaped.json' } } }],
    ['outputs.spec.file', { outputs: { spec: { file: '/tmp/escaped-spec.xlsx' } } }],
  ];
  for (const [setting, config] of outsideConfigs) {
    it(`ccp build refuses ${setting} outside the project`, async () => {
      const parent = mkdtempSync(join(tmpdir(), 'ccp-escape-'));
      const dir = join(parent, 'proj');
      mkdirSync(dir);
      writeFileSync(join(dir, 'ccp.config.json'), JSON.stringify(config));
      writeFileSync(join(dir, 'a.ccp'), 'role a {}\n');
      const before = readdirSync(parent);
      const r = await runCli(['build', '.', '--no-render'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(setting);
      expect(r.stderr).toContain('outside the project folder');
      expect(readdirSync(parent)).toEqual(before);
    });
  }

  for (const command of [['docs', '--no-svg'], ['diagram', '--format', 'mmd']]) {
    it(`ccp ${command[0]} refuses outputs.dir outside the project`, async () => {
      const parent = mkdtempSync(join(tmpdir(), 'ccp-escape-'));
      const dir = join(parent, 'proj');
      mkdirSync(dir);
      writeFileSync(join(dir, 'ccp.config.json'), JSON.stringify({ outputs: { dir: '../escaped' } }));
      writeFileSync(join(dir, 'a.ccp'), 'role a {}\nprocess p { owner: a  step s { by: a  end } }\n');
      const r = await runCli([command[0]!, '.', ...command.slice(1)], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('outputs.dir');
      expect(existsSync(join(parent, 'escaped'))).toBe(false);
    });
  }

  it('--out on the command line is the user\'s own choice and may point anywhere', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'ccp-escape-'));
    const dir = join(parent, 'proj');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.ccp'), 'role a {}\nprocess p { owner: a  step s { by: a  end } }\n');
    const r = await runCli(['diagram', '.', '--format', 'mmd', '--out', '../chosen'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(parent, 'chosen'))).toBe(true);
  });
});
