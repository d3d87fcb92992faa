import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxLimits } from '@ccp/language';
import { runCli } from '../support/run-cli.js';

/**
 * Issue 22, items 3, 6 and 8: a config's `include` with a symbolic link out, a symlinked ccp.config.json, devices,
 * FIFOs and sockets, a folder linked twice, and limits without a maximum. Each attack leaves a sentinel outside the
 * project whose text must never appear in any output.
 */

const SECRET = 'SENTINEL-4b1d-root:x:0:0';

function layout(): { root: string; secret: string; outsideDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ccp-read-'));
  const root = join(dir, 'project');
  const outsideDir = join(dir, 'outside');
  mkdirSync(root);
  mkdirSync(outsideDir);
  const secret = join(outsideDir, 'passwd');
  writeFileSync(secret, `${SECRET}\nrole leaked {}\n`);
  writeFileSync(join(outsideDir, 'more.ccp'), `role ${SECRET.replace(/\W/g, '_')} {}\n// ${SECRET}\n`);
  writeFileSync(join(root, 'main.ccp'), 'role boss { headcount: 2 }\n');
  return { root, secret, outsideDir };
}

async function everyFormat(root: string, args: string[] = ['.']): Promise<{ code: number; all: string }[]> {
  const runs = [];
  for (const format of ['stylish', 'json', 'github', 'sarif', 'junit']) {
    const run = await runCli(['check', ...args, '--format', format], root);
    runs.push({ code: run.code, all: run.stdout + run.stderr });
  }
  return runs;
}

describe('include with a symbolic link out of the project', () => {
  it('users.ccp -> /etc/passwd (here: a sentinel) is named, not read, in every format', async () => {
    const { root, secret } = layout();
    symlinkSync(secret, join(root, 'users.ccp'));
    writeFileSync(join(root, 'ccp.config.json'), JSON.stringify({ include: ['main.ccp', 'users.ccp'] }));
    for (const run of await everyFormat(root)) {
      expect(run.all).not.toContain(SECRET);
      expect(run.all).not.toContain('leaked');
    }
    const json = JSON.parse((await runCli(['check', '.', '--format', 'json'], root)).stdout) as { findings: { ruleId: string; file: string; message: string }[] };
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'CCP2017', file: 'users.ccp' }));
  });

  it('an included folder that links out is named, not walked', async () => {
    const { root, outsideDir } = layout();
    symlinkSync(outsideDir, join(root, 'shared'));
    writeFileSync(join(root, 'ccp.config.json'), JSON.stringify({ include: ['main.ccp', 'shared'] }));
    for (const run of await everyFormat(root)) expect(run.all).not.toContain(SECRET.replace(/\W/g, '_'));
    const stylish = await runCli(['check', '.'], root);
    expect(stylish.stdout).toMatch(/'shared' is a symbolic link that leads outside the project folder; it is not read/);
  });

  it('a symlinked ccp.config.json leading out is refused before it is read (no text in the error)', async () => {
    const { root, secret } = layout();
    symlinkSync(secret, join(root, 'ccp.config.json'));
    for (const command of [['check', '.'], ['build', '.', '--no-render'], ['export', 'json', '.']]) {
      const run = await runCli(command, root);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/ccp\.config\.json is a symbolic link that leads outside the project folder; it is not read/);
      expect(run.stdout + run.stderr).not.toContain('SENTINEL');
    }
  });
});

describe('devices, FIFOs and sockets', () => {
  it('a FIFO and a socket in include are refused at once with what they are (no hang)', async () => {
    const { root } = layout();
    execFileSync('mkfifo', [join(root, 'pipe.ccp')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(root, 'sock.ccp'), resolve));
    try {
      writeFileSync(join(root, 'ccp.config.json'), JSON.stringify({ include: ['main.ccp', 'pipe.ccp', 'sock.ccp'] }));
      const run = await runCli(['check', '.', '--format', 'json'], root);
      const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; message: string }[] }).findings;
      expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'CCP3003', file: 'pipe.ccp', message: "'pipe.ccp' is a named pipe (FIFO), not a regular file; it is not read." }));
      expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'CCP3003', file: 'sock.ccp', message: "'sock.ccp' is a socket, not a regular file; it is not read." }));
    } finally {
      server.close();
    }
  });

  it('a link to /dev/zero named on the command line is refused as a device, without reading it', async () => {
    const { root } = layout();
    symlinkSync('/dev/zero', join(root, 'zero.ccp'));
    const run = await runCli(['check', 'zero.ccp', '--format', 'json'], root);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'CCP3003', message: "'zero.ccp' is a device, not a regular file; it is not read." }));
  });

  it('a link to /dev/zero in include is not followed at all, and a FIFO config is refused', async () => {
    const { root } = layout();
    symlinkSync('/dev/zero', join(root, 'zero.ccp'));
    writeFileSync(join(root, 'ccp.config.json'), JSON.stringify({ include: ['main.ccp', 'zero.ccp'] }));
    const run = await runCli(['check', '.', '--format', 'json'], root);
    expect((JSON.parse(run.stdout) as { findings: { ruleId: string; file: string }[] }).findings).toContainEqual(expect.objectContaining({ ruleId: 'CCP2017', file: 'zero.ccp' }));
    const other = layout().root;
    execFileSync('mkfifo', [join(other, 'ccp.config.json')]);
    const fifo = await runCli(['check', '.'], other);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toMatch(/ccp\.config\.json is a named pipe \(FIFO\), not a regular file/);
  });

  it('a file over the size limit is refused from its size, before reading', async () => {
    const { root } = layout();
    // a sparse file: 40 MiB on paper, nothing on disk; reading it would cost 40 MiB
    execFileSync('truncate', ['-s', '40M', join(root, 'big.ccp')]);
    const run = await runCli(['check', '.', '--format', 'json'], root);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; message: string }[] }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'CCP1008', file: 'big.ccp' }));
    expect(findings.find((f) => f.ruleId === 'CCP1008')!.message).toMatch(/40\.0 MiB, over the 16 MiB limit/);
  });
});

describe('a folder linked inside the project is read once', () => {
  it('gives no duplicate-id for the files seen through both paths', async () => {
    const { root } = layout();
    mkdirSync(join(root, 'org'));
    writeFileSync(join(root, 'org', 'roles.ccp'), 'role agent { headcount: 3 }\n');
    symlinkSync('org', join(root, 'alias'));
    writeFileSync(join(root, 'main.ccp'), 'import "alias/roles.ccp"\nimport "org/roles.ccp"\nrole boss { headcount: 2 }\n');
    const run = await runCli(['check', '.', '--format', 'json'], root);
    const codes = (JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    expect(codes).not.toContain('CCP2006');
  });
});

describe('limits have hard maxima', () => {
  it('a config over a maximum is invalid (exit 2), at the maximum it is accepted', async () => {
    const { root } = layout();
    for (const [key, max] of Object.entries(maxLimits)) {
      writeFileSync(join(root, 'ccp.config.json'), JSON.stringify({ limits: { [key]: max + 1 } }));
      const over = await runCli(['check', '.'], root);
      expect(over.code, key).toBe(2);
      expect(over.stderr).toContain(`limits.${key}`);
      writeFileSync(join(root, 'ccp.config.json'), JSON.stringify({ limits: { [key]: max } }));
      expect((await runCli(['check', '.'], root)).code, key).toBe(0);
    }
  });

  it('the schema states the same maxima as the code', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../packages/checker/schema/ccp.config.schema.json'), 'utf8')) as {
      properties: { limits: { properties: Record<string, { maximum: number }> } };
    };
    for (const [key, max] of Object.entries(maxLimits)) expect(schema.properties.limits.properties[key]!.maximum, key).toBe(max);
  });
});
