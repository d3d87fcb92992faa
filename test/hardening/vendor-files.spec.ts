import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countRows, readVendorAnswers } from '@ccp/generators/xlsx';
import { acmeSource, acmeSpec, unzip } from '../xlsx/helpers.js';
import { runCli } from '../support/run-cli.js';
import { storedZip } from './support/stored-zip.js';

const dir = mkdtempSync(join(tmpdir(), 'ccp-vendor-files-'));
writeFileSync(join(dir, 'main.ccp'), acmeSource());
let server: Server | undefined;
afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

// the fixture's project is Polish; these tests read ccp's English reasons (test/xlsx/vendor-messages-pl.spec.ts has the Polish)
const score = (...files: string[]) => runCli(['vendors', 'score', 'main.ccp', ...files, '--lang', 'en'], dir);

describe('vendors score reads only regular files, the size checked before reading', () => {
  it('refuses a device, also through a symlink, without reading it', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.xlsx'));
    const before = process.memoryUsage().rss;
    const r = await score('/dev/zero', 'zero.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ccp: /dev/zero: it is a device, not a regular file; only regular files are read.');
    expect(r.stderr).toContain('ccp: zero.xlsx: it is a device, not a regular file');
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.xlsx')]);
    const r = await score('pipe.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ccp: pipe.xlsx: it is a named pipe (FIFO), not a regular file; only regular files are read.');
  });

  it('refuses a socket and a folder, naming each', async () => {
    server = createServer();
    await new Promise<void>((done) => server!.listen(join(dir, 'sock.xlsx'), done));
    mkdirSync(join(dir, 'folder.xlsx'));
    const r = await score('sock.xlsx', 'folder.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sock\.xlsx: it is (a socket|not a regular file)/);
    expect(r.stderr).toContain('folder.xlsx: it is a folder, not a regular file');
  });

  it('refuses a file over the size limit from fstat, before reading it', async () => {
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, '');
    execFileSync('truncate', ['-s', '40M', big]); // sparse: 40 MiB on paper, nothing read
    const r = await score('big.xlsx');
    expect(r.stderr).toContain('big.xlsx: it is 40 MiB, more than the 32 MiB a filled spec may have.');
  });
});

describe('rows are counted as they are, whatever the archive stores', () => {
  it('refuses a stored (uncompressed) sheet of 1.65 million empty rows before the parser builds them', async () => {
    const files = unzip(await acmeSpec());
    const rows = '<row/>'.repeat(1_650_000);
    files.set('xl/worksheets/sheet2.xml', Buffer.from(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`));
    const bytes = storedZip(files);
    const before = process.memoryUsage().rss;
    const r = await readVendorAnswers(bytes, 'stored.xlsx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('stored.xlsx: a sheet (xl/worksheets/sheet2.xml) has 1650000 rows, more than 100000.');
    expect(process.memoryUsage().rss - before).toBeLessThan(128 * 1024 * 1024);
  });

  it('counts row elements, not the highest row number', () => {
    expect(countRows(Buffer.from('<sheetData><row r="1"><c/></row><row r="1048576" ht="12"/></sheetData>'))).toBe(2);
    expect(countRows(Buffer.from('<rows/><rowBreaks/><row>'))).toBe(1);
  });
});

describe('a workbook the parser cannot make sense of is one message naming the file', () => {
  const cases: [string, (xml: string) => string][] = [
    ['a shared string index past the table', (xml) => xml.replace(/<c r="A2"([^>]*)t="s"><v>\d+<\/v>/, '<c r="A2"$1t="s"><v>999999</v>')],
    ['a rich text run without text', (xml) => xml.replace(/<c r="C2"[^>]*>.*?<\/c>/, '<c r="C2" t="inlineStr"><is><r></r></is></c>')],
    ['a cell with a bogus type', (xml) => xml.replace(/<c r="I2"([^>]*)\/>/, '<c r="I2" t="e"><v></v></c>').replace(/<c r="A2"([^>]*)t="s">/, '<c r="A2"$1t="zz">')],
    ['a truncated sheet', (xml) => xml.slice(0, Math.floor(xml.length / 2))],
    ['a formula cell with no value', (xml) => xml.replace(/<c r="K2"([^>]*)\/>/, '<c r="K2"$1><f>SUM(</f></c>')],
  ];
  for (const [what, mutate] of cases)
    it(what, async () => {
      const files = unzip(await acmeSpec());
      files.set('xl/worksheets/sheet2.xml', Buffer.from(mutate(files.get('xl/worksheets/sheet2.xml')!.toString('utf8'))));
      const sst = files.get('xl/sharedStrings.xml')!.toString('utf8');
      files.set('xl/sharedStrings.xml', Buffer.from(sst.replace('<si><t', '<si><r><rPr/></r><t')));
      const r = await readVendorAnswers(storedZip(files), 'odd.xlsx');
      if (r.ok) return expect(r.value.answers.size).toBeGreaterThan(0); // read: fine, as long as nothing was thrown
      expect(r.error).toMatch(/^odd\.xlsx: .+\.$/);
      expect(r.error).not.toMatch(/Cannot read properties|TypeError|undefined \(reading/);
    });
});
