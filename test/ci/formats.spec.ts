import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, parseXml, run, sarifValidator, type XmlElement } from './helpers.js';

interface SarifLog {
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      relatedLocations?: unknown[];
    }[];
  }[];
}

const findings = copyFixture('ci-findings', 'project');

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
}

/** The json format's findings for the same arguments: the reference the other formats are counted against. */
async function jsonFindings(argv: string[], cwd: string): Promise<JsonFinding[]> {
  const r = await run([...argv, '--format', 'json'], cwd);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}
const clean = copyFixture('ci-project', '.');

describe('--format sarif', () => {
  const validate = sarifValidator();

  it('validates against the SARIF 2.1.0 schema, with findings and without', async () => {
    for (const [cwd, path, exit] of [[findings, 'project', 1], [clean, 'design', 0]] as const) {
      const r = await run(['check', path, '--format', 'sarif'], cwd);
      expect(r.code).toBe(exit);
      const log = JSON.parse(r.stdout);
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('carries rule metadata for every rule and every CCP code, with help links', async () => {
    const r = await run(['check', 'project', '--format', 'sarif'], findings);
    const log = JSON.parse(r.stdout) as SarifLog;
    const rules = log.runs[0]!.tool.driver.rules;
    const byId = new Map(rules.map((x) => [x.id, x]));
    expect(byId.get('unowned-step')).toMatchObject({
      shortDescription: { text: expect.any(String) },
      helpUri: 'https://github.com/ccp-dev/ccp/blob/main/docs/rules/unowned-step.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(byId.get('unused-function')?.defaultConfiguration.level).toBe('warning');
    expect(byId.get('CCP1005')?.helpUri).toBe('https://github.com/ccp-dev/ccp/blob/main/docs/diagnostics.md#ccp1005');
    expect(byId.get('CCP2012')?.shortDescription.text).toMatch(/step outside a process/);
    for (const result of log.runs[0]!.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it('writes relative file URIs under SRCROOT, 1-based regions and mapped levels', async () => {
    const r = await run(['check', 'project', '--format', 'sarif'], findings);
    const run0 = (JSON.parse(r.stdout) as SarifLog).runs[0]!;
    expect(run0.originalUriBaseIds.SRCROOT!.uri).toMatch(/^file:\/\/\/.*\/$/);
    const syntax = run0.results.find((x) => x.ruleId === 'CCP2012')!;
    expect(syntax.level).toBe('error');
    expect(syntax.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'project/roles.ccp', uriBaseId: 'SRCROOT' },
      region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 5 },
    });
    // the config raises channel-without-hours to error; results carry the configured level
    expect(run0.results.find((x) => x.ruleId === 'channel-without-hours')!.level).toBe('error');
    expect(run0.results.find((x) => x.ruleId === 'unused-function')!.level).toBe('warning');
    expect(run0.results.find((x) => x.ruleId === 'function-not-permitted')!.relatedLocations).toHaveLength(1);
    // a "did you mean" becomes a SARIF fix that replaces the misspelt id
    const typo = run0.results.find((x) => x.ruleId === 'undefined-reference') as unknown as { fixes: unknown[] };
    expect(typo.fixes).toEqual([
      {
        description: { text: "Change to 'agent'" },
        artifactChanges: [
          {
            artifactLocation: { uri: 'project/main.ccp', uriBaseId: 'SRCROOT' },
            replacements: [{ deletedRegion: { startLine: 8, startColumn: 34, endLine: 8, endColumn: 39 }, insertedContent: { text: 'agent' } }],
          },
        ],
      },
    ]);
    // run from inside the project: paths are relative to the current directory
    const inside = await run(['check', '--format', 'sarif'], join(findings, 'project'));
    const uris = (JSON.parse(inside.stdout) as SarifLog).runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set(['main.ccp', 'roles.ccp']));
  });

  it('writes a file outside the current directory as an absolute file URI, without a base', async () => {
    const outside = await run(['check', join(findings, 'project'), '--format', 'sarif', '--quiet'], mkdtempSync(join(tmpdir(), 'ccp-ci-')));
    const location = (JSON.parse(outside.stdout) as SarifLog).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location.uriBaseId).toBeUndefined();
    expect(location.uri).toMatch(/^file:\/\/\/.*\/project\/main\.ccp$/);
    expect(validate(JSON.parse(outside.stdout))).toBe(true);
  });

  it('percent-encodes odd file names and stays valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccp-ci-'));
    writeFileSync(join(dir, 'a b%#,c.ccp'), 'role agent { headcount: 1 }\n');
    const r = await run(['check', '.', '--format', 'sarif'], dir);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('a%20b%25%23%2Cc.ccp');
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding with file, range and rule id as title', async () => {
    const r = await run(['check', 'project', '--format', 'github'], findings);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatch(/^::warning file=project\/main\.ccp,line=2,col=9,endLine=2,endColumn=13,title=project-without-sponsor::Project 'acme' has no sponsor/);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(5);
    expect(lines.find((l) => l.includes('title=CCP2012'))).toMatch(/^::error file=project\/roles\.ccp,line=5,col=1,endLine=5,endColumn=5,title=CCP2012::/);
    // the related place follows on an escaped new line
    expect(lines.find((l) => l.includes('title=function-not-permitted'))).toMatch(/%0AFunction 'open_ticket' lists its roles here\. \(project\/roles\.ccp:3:10\)$/);
  });

  it('escapes %, CR and LF in messages and also : and , in properties', async () => {
    const { escapeData, escapeProperty } = await import('../../packages/cli/dist/format/github.js');
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir:a,b%c\n')).toBe('dir%3Aa%2Cb%25c%0A');
    const dir = mkdtempSync(join(tmpdir(), 'ccp-ci-'));
    writeFileSync(join(dir, 'odd, name%: x.ccp'), 'role agent { headcount: 1 }\n');
    const r = await run(['check', '.', '--format', 'github', '--rule', 'project-without-sponsor=off'], dir);
    expect(r.stdout).toBe(
      "::warning file=odd%2C name%25%3A x.ccp,line=1,col=6,endLine=1,endColumn=11,title=single-person-role-without-backup::Role 'agent' is held by one person and has no backup for holidays and sickness; add 'backup: <role>'.\n",
    );
  });

  it('prints nothing for a clean project', async () => {
    const r = await run(['check', 'design', '--format', 'github'], clean);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('--format junit', () => {
  const child = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

  it('writes well-formed JUnit XML: a testsuite per file, a failing testcase per finding', async () => {
    const r = await run(['check', 'project', '--format', 'junit'], findings);
    expect(r.code).toBe(1);
    const root = parseXml(r.stdout);
    expect(root.name).toBe('testsuites');
    const reference = await jsonFindings(['check', 'project'], findings);
    expect(root.attrs).toMatchObject({ tests: String(reference.length), failures: String(reference.length) });
    const suites = child(root, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual(['project/main.ccp', 'project/roles.ccp']);
    expect(suites.map((s) => child(s, 'testcase').length)).toEqual(['project/main.ccp', 'project/roles.ccp'].map((f) => reference.filter((x) => x.file === f).length));
    const first = child(suites[0]!, 'testcase')[0]!;
    expect(first.attrs).toMatchObject({ classname: 'project/main.ccp', name: 'project-without-sponsor at 2:9', line: '2' });
    const failure = child(first, 'failure')[0]!;
    expect(failure.attrs.type).toBe('warning');
    expect(failure.text).toContain("project/main.ccp:2:9: Warning - Project 'acme' has no sponsor");
  });

  it('writes a passing testcase per clean file', async () => {
    const r = await run(['check', 'design', '--format', 'junit'], clean);
    expect(r.code).toBe(0);
    const root = parseXml(r.stdout);
    expect(root.attrs).toMatchObject({ tests: '2', failures: '0' });
    for (const suite of child(root, 'testsuite')) {
      expect(child(suite, 'testcase')).toHaveLength(1);
      expect(child(child(suite, 'testcase')[0]!, 'failure')).toHaveLength(0);
    }
  });

  it('escapes markup and control characters from the source', async () => {
    const { escapeXml } = await import('../../packages/cli/dist/format/junit.js');
    const nasty = 'a <b> & "c" \'d\' \u0001\u0007 \uD800 ]]> \n\t';
    const escaped = escapeXml(nasty);
    const root = parseXml(`<x a="${escaped}">${escaped}</x>`);
    expect(root.attrs.a).toBe('a <b> & "c" \'d\'   ]]> \n\t');
    expect(root.text).toBe('a <b> & "c" \'d\'   ]]> \n\t');
    const dir = mkdtempSync(join(tmpdir(), 'ccp-ci-'));
    writeFileSync(join(dir, 'x<&>".ccp'), 'role agent { headcount: 1 }\n');
    const r = await run(['check', '.', '--format', 'junit'], dir);
    expect(child(parseXml(r.stdout), 'testsuite')[0]!.attrs.name).toBe('x<&>".ccp');
  });
});

describe('every format', () => {
  const formats = ['stylish', 'json', 'sarif', 'github', 'junit'];

  it('is deterministic: same output on every run and whatever order the paths are given in', async () => {
    for (const format of formats) {
      const a = await run(['check', 'project/main.ccp', 'project/roles.ccp', '--format', format], findings);
      const b = await run(['check', 'project/roles.ccp', 'project/main.ccp', '--format', format], findings);
      const c = await run(['check', 'project/main.ccp', 'project/roles.ccp', '--format', format], findings);
      expect(a.stdout, format).toBe(c.stdout);
      expect(a.stdout, format).toBe(b.stdout);
      expect(a.code).toBe(1);
    }
  });

  it('sorts findings by file and position', async () => {
    const r = await run(['check', 'project', '--format', 'json'], findings);
    const list = (JSON.parse(r.stdout) as { findings: { file: string; line: number; column: number }[] }).findings;
    const keys = list.map((f) => [f.file, f.line, f.column] as const);
    const sorted = [...keys].sort((x, y) => (x[0] !== y[0] ? (x[0] < y[0] ? -1 : 1) : x[1] - y[1] || x[2] - y[2]));
    expect(keys).toEqual(sorted);
  });
});

describe('check controls and exit codes', () => {
  it('--quiet keeps errors only, in every format', async () => {
    const r = await run(['check', 'project', '--format', 'json', '--quiet'], findings);
    const list = (JSON.parse(r.stdout) as { findings: { severity: string }[] }).findings;
    expect(list).toEqual((await jsonFindings(['check', 'project'], findings)).filter((f) => f.severity === 'error'));
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((f) => f.severity === 'error')).toBe(true);
    expect(r.code).toBe(1);
    const g = await run(['check', 'project', '--format', 'github', '-q'], findings);
    expect(g.stdout.trimEnd().split('\n').every((l) => l.startsWith('::error '))).toBe(true);
  });

  it('--rule sets severities (off, warn, error) over the config and the defaults', async () => {
    const args = ['check', 'project', '--format', 'json'];
    const severities = async (...extra: string[]) => {
      const r = await run([...args, ...extra], findings);
      return { code: r.code, list: (JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string }[] }).findings };
    };
    const off = await severities('--rule', 'unused-function=off', '--rule', 'unreachable-step=error');
    expect(off.list.some((f) => f.ruleId === 'unused-function')).toBe(false);
    expect(off.list.find((f) => f.ruleId === 'unreachable-step')!.severity).toBe('error');
    const warn = await severities('--rule', 'channel-without-hours=warn');
    expect(warn.list.find((f) => f.ruleId === 'channel-without-hours')!.severity).toBe('warning');
    const bad = await run([...args, '--rule', 'unused-functoin=off'], findings);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown rule \(did you mean 'unused-function'\?\)/);
    expect((await run([...args, '--rule', 'unused-function'], findings)).code).toBe(2);
    expect((await run([...args, '--rule', 'unused-function=loud'], findings)).code).toBe(2);
  });

  it('--max-warnings fails a run with only warnings when there are more than allowed', async () => {
    // only warnings left: errors off
    const base = ['check', 'project', '--format', 'sarif', '--rule', 'channel-without-hours=off', '--rule', 'undefined-reference=off', '--rule', 'function-not-permitted=off'];
    const dir = copyFixture('ci-findings', 'project');
    writeFileSync(join(dir, 'project/roles.ccp'), readFileSync(join(dir, 'project/roles.ccp'), 'utf8').replace('step broken {\n', ''));
    expect((await run(base, dir)).code).toBe(0);
    const warnings = (await jsonFindings(base.filter((a) => a !== '--format' && a !== 'sarif'), dir)).length;
    expect(warnings).toBeGreaterThan(1);
    expect((await run([...base, '--max-warnings', String(warnings)], dir)).code).toBe(0);
    expect((await run([...base, '--max-warnings', String(warnings - 1)], dir)).code).toBe(1);
    const stylish = await run([...base.slice(0, 2), '--rule', 'channel-without-hours=off', '--rule', 'undefined-reference=off', '--rule', 'function-not-permitted=off', '--max-warnings', '0'], dir);
    expect(stylish.code).toBe(1);
    expect(stylish.stderr).toBe(`ccp: ${warnings} warnings exceed --max-warnings 0.\n`);
    expect((await run([...base, '--max-warnings', '-1'], dir)).code).toBe(2);
    expect((await run([...base, '--max-warnings', 'many'], dir)).code).toBe(2);
    // --quiet drops the warnings, so the gate passes
    expect((await run([...base, '--max-warnings', '0', '--quiet'], dir)).code).toBe(0);
  });

  it('exit 2 for an unknown format or a missing path', async () => {
    const r = await run(['check', 'project', '--format', 'xml'], findings);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format; use one of stylish, json, sarif, github, junit/);
    expect((await run(['check', 'nowhere', '--format', 'sarif'], findings)).code).toBe(2);
  });
});
