import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '@ccp/render';
import { runCli } from '../support/run-cli.js';
import { fixturesDir } from './load-fixture.js';

const out = mkdtempSync(join(tmpdir(), 'ccp-diagram-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const fixture = join(fixturesDir, 'mermaid-process');
const expectedMmd = ['journey.mmd', 'overview.mmd', 'process-complaint.mmd', 'process-refund.mmd'];

describe('ccp diagram', () => {
  it('writes .mmd only with --format mmd and exits 0', async () => {
    const dir = join(out, 'mmd');
    const run = await runCli(['diagram', fixture, '--out', dir, '--format', 'mmd']);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).filter((n) => !n.startsWith('.')).sort()).toEqual(expectedMmd);
    expect(readFileSync(join(dir, 'process-complaint.mmd'), 'utf8')).toBe(readFileSync(join(fixture, 'expected-process-complaint.mmd'), 'utf8'));
  });

  it('still writes .mmd without a browser, says how to get one and exits 2', async () => {
    const dir = join(out, 'nobrowser');
    const run = await runCli(['diagram', fixture, '--out', dir, '--format', 'svg,png'], undefined, { CCP_BROWSER: 'none' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('apt-get install chromium');
    expect(run.stderr).toContain('CCP_BROWSER');
    expect(readdirSync(dir).filter((n) => !n.startsWith('.')).sort()).toEqual(expectedMmd);
  });

  it('rejects an unknown format with exit 2', async () => {
    const run = await runCli(['diagram', fixture, '--out', join(out, 'bad'), '--format', 'svg,gif']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'gif'");
  });

  it.skipIf(!findBrowser() && !process.env.CI)('renders SVG and PNG in one run, with --detail and SVG text labels', async () => {
    const dir = join(out, 'render');
    const run = await runCli(['diagram', fixture, '--out', dir, '--format', 'mmd,svg,png', '--detail', '--no-html-labels']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
    for (const name of expectedMmd.map((f) => f.replace(/\.mmd$/, ''))) {
      for (const ext of ['mmd', 'svg', 'png']) expect(files).toContain(`${name}.${ext}`);
    }
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(readFileSync(join(dir, 'process-complaint.svg'), 'utf8')).not.toContain('<foreignObject');
    expect(existsSync(join(dir, 'process-complaint.png'))).toBe(true);
  });
});
