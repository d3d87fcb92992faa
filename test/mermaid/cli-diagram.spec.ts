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
/** The fixture has errors on purpose (an undeclared sponsor, an unowned step): diagrams are drawn with --force. */
const unmarked = (text: string) => text.replace(/^%% ccp: made from a design with \d+ errors? \(--force\).*\n/m, '');
const expectedMmd = ['journey.mmd', 'overview.mmd', 'process-complaint.mmd', 'process-refund.mmd'];

describe('ccp diagram', () => {
  it('refuses the design with errors, writing nothing, without --force (exit 1)', async () => {
    const dir = join(out, 'refused');
    const run = await runCli(['diagram', fixture, '--out', dir, '--format', 'mmd']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/input\.ccp:\d+:\d+ {2}error {2}.*undefined-reference/);
    expect(existsSync(dir)).toBe(false);
  });

  it('writes .mmd only with --format mmd, marked as made from a design with errors under --force', async () => {
    const dir = join(out, 'mmd');
    const run = await runCli(['diagram', fixture, '--out', dir, '--format', 'mmd', '--force']);
    expect(run.code).toBe(1);
    expect(readdirSync(dir).filter((n) => !n.startsWith('.')).sort()).toEqual(expectedMmd);
    const text = readFileSync(join(dir, 'process-complaint.mmd'), 'utf8');
    // the mark follows the front matter (title), which Mermaid reads only at the very start
    expect(text).toMatch(/^---\ntitle: "Complaint handling"\n---\n%% ccp: made from a design with 2 errors \(--force\)/);
    expect(unmarked(text)).toBe(readFileSync(join(fixture, 'expected-process-complaint.mmd'), 'utf8'));
  });

  it('still writes .mmd without a browser, says how to get one and exits 2', async () => {
    const dir = join(out, 'nobrowser');
    const run = await runCli(['diagram', fixture, '--out', dir, '--format', 'svg,png', '--force'], undefined, { CCP_BROWSER: 'none' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('apt-get install chromium');
    expect(run.stderr).toContain('CCP_BROWSER');
    // service blueprints are SVG that ccp draws itself: written without a browser too
    expect(readdirSync(dir).filter((n) => !n.startsWith('.')).sort()).toEqual([...expectedMmd, 'blueprint.svg'].sort());
  });

  it('rejects an unknown format with exit 2', async () => {
    const run = await runCli(['diagram', fixture, '--out', join(out, 'bad'), '--format', 'svg,gif', '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'gif'");
  });

  it.skipIf(!findBrowser() && !process.env.CI)('renders SVG and PNG in one run, with --detail and SVG text labels', async () => {
    const dir = join(out, 'render');
    const run = await runCli(['diagram', fixture, '--out', dir, '--format', 'mmd,svg,png', '--detail', '--no-html-labels', '--force']);
    expect(run.stderr).not.toContain('could not render');
    expect(run.code).toBe(1);
    const files = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
    for (const name of expectedMmd.map((f) => f.replace(/\.mmd$/, ''))) {
      for (const ext of ['mmd', 'svg', 'png']) expect(files).toContain(`${name}.${ext}`);
    }
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(readFileSync(join(dir, 'process-complaint.svg'), 'utf8')).not.toContain('<foreignObject');
    expect(existsSync(join(dir, 'process-complaint.png'))).toBe(true);
    // the service blueprint: its SVG and a PNG screenshot of it
    expect(files).toContain('blueprint.svg');
    expect(readFileSync(join(dir, 'blueprint.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(run.stdout).toContain('Wrote 1 service blueprint (.svg)');
  });
});
