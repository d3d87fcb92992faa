import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJson } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * Issue 22, must-show 2: devices, FIFOs and sockets are refused with a message wherever they are met, not only when
 * `include` names them: a `.ccp` name in a walked folder that is a FIFO or a socket is CCP3003 naming what it is
 * (it used to be skipped without a word), and an import of one says it is not a regular file (it used to say the
 * file does not exist). Nothing is read from them and nothing waits on them.
 */

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

async function socketAt(path: string): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  servers.push(server);
}

describe('special files met in a folder walk or an import', () => {
  it('a FIFO and a socket named .ccp in a walked folder are each CCP3003 saying what they are; links to devices are CCP2017', async () => {
    const dir = tempProject({ 'ccp.config.json': '{}', 'a.ccp': 'role a {}\n' });
    mkdirSync(join(dir, 'sub'));
    execFileSync('mkfifo', [join(dir, 'sub', 'pipe.ccp')]);
    await socketAt(join(dir, 'sock.ccp'));
    symlinkSync('/dev/zero', join(dir, 'zero.ccp'));
    symlinkSync('/dev/null', join(dir, 'null.ccp'));
    execFileSync('mkfifo', [join(dir, 'notes.txt')]); // not a .ccp name: not part of the project, not mentioned
    const r = await checkJson(dir);
    expect(r.code).toBe(1);
    expect(r.findings.filter((f) => f.ruleId === 'CCP3003').map((f) => `${f.file}: ${f.message}`).sort()).toEqual([
      "sock.ccp: 'sock.ccp' is a socket, not a regular file; it is not read.",
      "sub/pipe.ccp: 'sub/pipe.ccp' is a named pipe (FIFO), not a regular file; it is not read.",
    ]);
    expect(r.findings.filter((f) => f.ruleId === 'CCP2017').map((f) => f.file).sort()).toEqual(['null.ccp', 'zero.ccp']);
    expect(r.findings.some((f) => f.file === 'notes.txt')).toBe(false);
  });

  it('an import of a FIFO or a socket says it is not a regular file', async () => {
    const dir = tempProject({ 'ccp.config.json': '{}', 'main.ccp': 'import "pipes/pipe.ccp"\nimport "pipes/sock.ccp"\nrole a {}\n' });
    mkdirSync(join(dir, 'pipes'));
    execFileSync('mkfifo', [join(dir, 'pipes', 'pipe.ccp')]);
    await socketAt(join(dir, 'pipes', 'sock.ccp'));
    const r = await checkJson(dir, 'main.ccp');
    expect(r.findings.filter((f) => f.ruleId === 'CCP2008').map((f) => f.message)).toEqual([
      "Import 'pipes/pipe.ccp' is not a regular file (a device, FIFO or socket); it is not read.",
      "Import 'pipes/sock.ccp' is not a regular file (a device, FIFO or socket); it is not read.",
    ]);
  });
});
