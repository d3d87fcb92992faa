import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

/**
 * `ccp fmt` writes only files that read as UTF-8 by the same rules as `ccp check`. Before issue 22 it decoded every
 * file as UTF-8 with replacement, so a Windows-1250 file came back with each Polish letter turned into U+FFFD
 * (exit 0), and the byte-order mark was dropped.
 */

const messy = 'role agent "Konsultant Łódź" {\nheadcount:   2\n}\n';
const tidy = 'role agent "Konsultant Łódź" {\n  headcount: 2\n}\n';

/** The messy file in a legacy single-byte encoding: ASCII as is, the given bytes for "Łódź". */
function singleByte(lodz: number[]): Uint8Array {
  const [before, after] = messy.split('Łódź');
  return new Uint8Array([...Buffer.from(before!, 'latin1'), ...lodz, ...Buffer.from(after!, 'latin1')]);
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

const cases: [string, Uint8Array][] = [
  // Ł ó d ź in Windows-1250
  ['Windows-1250', singleByte([0xa3, 0xf3, 0x64, 0x9f])],
  // "Lódz" with Latin-1's ó (the Polish letters have no Latin-1 code)
  ['Latin-1', singleByte([0x4c, 0xf3, 0x64, 0x7a])],
  ['UTF-16 LE with BOM', utf16le(messy)],
  ['UTF-16 BE with BOM', utf16be(messy)],
];

describe('ccp fmt and encodings', () => {
  for (const [name, bytes] of cases) {
    it(`refuses a ${name} file, names it, exits 1 and leaves its bytes as they were`, async () => {
      const dir = tempProject({ 'legacy.ccp': bytes, 'ok.ccp': messy });
      const run = await runCli(['fmt', '.'], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^legacy\.ccp: This (file is not valid UTF-8|is not a text file).* It was not formatted\.$/m);
      expect(readFileSync(join(dir, 'legacy.ccp'))).toEqual(Buffer.from(bytes));
      // the other file is still formatted
      expect(readFileSync(join(dir, 'ok.ccp'), 'utf8')).toBe(tidy);
    });

    it(`--check reports a ${name} file too`, async () => {
      const dir = tempProject({ 'legacy.ccp': bytes });
      const run = await runCli(['fmt', '--check', 'legacy.ccp'], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^legacy\.ccp: .* It was not formatted\.$/m);
      expect(readFileSync(join(dir, 'legacy.ccp'))).toEqual(Buffer.from(bytes));
    });
  }

  it('agrees with ccp check: what check refuses as not UTF-8, fmt refuses', async () => {
    const dir = tempProject({ 'legacy.ccp': cases[0]![1] });
    const check = await runCli(['check', 'legacy.ccp', '--format', 'json'], dir);
    expect(check.stdout).toContain('not valid UTF-8');
    expect((await runCli(['fmt', 'legacy.ccp'], dir)).code).toBe(1);
  });

  it('keeps the byte-order mark of a UTF-8 file, and its CRLF line ends', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const dir = tempProject({
      'bom.ccp': Buffer.concat([bom, Buffer.from(messy)]),
      'crlf.ccp': Buffer.concat([bom, Buffer.from(messy.replace(/\n/g, '\r\n'))]),
    });
    const run = await runCli(['fmt', '.'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'bom.ccp'))).toEqual(Buffer.concat([bom, Buffer.from(tidy)]));
    expect(readFileSync(join(dir, 'crlf.ccp'))).toEqual(Buffer.concat([bom, Buffer.from(tidy.replace(/\n/g, '\r\n'))]));
    // formatted files with a BOM are left alone by --check
    expect((await runCli(['fmt', '--check', '.'], dir)).code).toBe(0);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = tempProject({ 'big.ccp': `// ${'x'.repeat(16 * 1024 * 1024)}\n` });
    const run = await runCli(['fmt', 'big.ccp'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^big\.ccp: This file is 16,777,220 bytes, over the 16,777,216-byte limit/m);
  });
});
