import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeLaunch, failureMessage, findOnPath, planLaunch, SERVER_FILE } from '../../packages/vscode/src/launch.js';

// Which language server the extension starts for each `ccp.server.path`, and what it says when one cannot start
// (issue 18: "couldn't create connection to server" said neither why nor how to fix it).

let dir: string;
let extension: string;
let bin: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ccp-launch-'));
  extension = join(dir, 'extension');
  mkdirSync(join(extension, 'out'), { recursive: true });
  writeFileSync(join(extension, SERVER_FILE), '');
  bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'ccp'), '#!/bin/sh\n');
  chmodSync(join(bin, 'ccp'), 0o755);
  writeFileSync(join(dir, 'ccp.js'), '');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('planLaunch', () => {
  it('without a setting, starts the bundled server', () => {
    for (const setting of [undefined, '', '   ']) {
      expect(planLaunch(setting, extension, { PATH: '' })).toEqual({ kind: 'bundled', module: join(extension, SERVER_FILE) });
    }
  });

  it('says how to fix a missing bundled server', () => {
    const plan = planLaunch('', join(dir, 'elsewhere'), { PATH: '' });
    expect(plan).toMatchObject({ kind: 'problem', fix: 'Reinstall the ccp extension, or set the `ccp.server.path` setting to a ccp command.' });
  });

  it('runs a configured script with Node, and a configured command as it is', () => {
    expect(planLaunch(join(dir, 'ccp.js'), extension, {})).toEqual({ kind: 'script', script: join(dir, 'ccp.js') });
    expect(planLaunch('ccp', extension, { PATH: bin })).toEqual({ kind: 'command', command: 'ccp' });
    expect(planLaunch(join(bin, 'ccp'), extension, { PATH: '' })).toEqual({ kind: 'command', command: join(bin, 'ccp') });
    expect(findOnPath('ccp', { PATH: ['', join(dir, 'none'), bin].join(':') }, 'linux')).toBe(join(bin, 'ccp'));
  });

  it('finds a command that is not there before starting it, and says why and how to fix it', () => {
    expect(planLaunch('ccp', extension, { PATH: join(dir, 'none') })).toEqual({
      kind: 'problem',
      why: 'The command "ccp" set in the `ccp.server.path` setting was not found on the PATH.',
      fix: 'Install ccp there, correct the path, or clear the `ccp.server.path` setting to use the server that comes with the extension.',
    });
    expect(planLaunch(join(dir, 'missing.js'), extension, {})).toMatchObject({ kind: 'problem', why: `The script "${join(dir, 'missing.js')}" set in the \`ccp.server.path\` setting does not exist.` });
    expect(planLaunch('bin/ccp.js', extension, {})).toMatchObject({ kind: 'problem', why: 'The script "bin/ccp.js" set in the `ccp.server.path` setting is not an absolute path.' });
  });
});

describe('failureMessage', () => {
  const bundled = { kind: 'bundled', module: '/x/out/server.cjs' } as const;
  const command = { kind: 'command', command: 'ccp' } as const;

  it("quotes the server's last line of output", () => {
    const said = 'starting\nccp needs Node.js 20.19.0 or newer, but was started by Node.js v20.18.0 at "/n": install a newer Node.js (https://nodejs.org).\n\n';
    expect(failureMessage(command, new Error('Connection closed'), said)).toBe(
      'ccp: the language server ("ccp lsp --stdio" (ccp.server.path)) stopped. It said: "ccp needs Node.js 20.19.0 or newer, but was started by Node.js v20.18.0 at "/n": install a newer Node.js (https://nodejs.org)." ' +
        'Check that "ccp lsp --stdio" (ccp.server.path) works in a terminal (it needs Node.js 20.19 or newer), or clear the `ccp.server.path` setting to use the server that comes with the extension.',
    );
  });

  it('falls back to the error, then to a plain statement', () => {
    expect(failureMessage(bundled, new Error('spawn node ENOENT'), '')).toBe(
      'ccp: the language server (the server bundled with the extension) stopped. spawn node ENOENT. See the output ("ccp: Show language server output") and run "ccp: Restart language server"; if it keeps failing, reinstall the extension.',
    );
    expect(failureMessage(bundled, undefined, ' \n')).toContain('stopped. It stopped without a message. See the output');
  });

  it('gives a problem found before starting with its fix', () => {
    const plan = planLaunch('ccp', extension, { PATH: '' });
    expect(failureMessage(plan, undefined, '')).toBe(
      'ccp: the language server cannot start. The command "ccp" set in the `ccp.server.path` setting was not found on the PATH. Install ccp there, correct the path, or clear the `ccp.server.path` setting to use the server that comes with the extension.',
    );
    expect(describeLaunch(plan)).toBe('no server');
  });
});
