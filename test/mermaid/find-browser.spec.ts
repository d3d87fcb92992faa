import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '@ccp/render';

const dir = mkdtempSync(join(tmpdir(), 'ccp-find-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function executable(folder: string, name: string): string {
  mkdirSync(join(dir, folder), { recursive: true });
  const path = join(dir, folder, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

const a = executable('a', 'chromium');
const b = executable('b', 'chromium-browser');
const c = executable('c', 'google-chrome');
const custom = executable('x', 'my-chrome');
const notExecutable = join(dir, 'x', 'plain');
writeFileSync(notExecutable, '');
const nowhere = join(dir, 'missing', 'chromium');
const path = (...folders: string[]) => folders.map((f) => join(dir, f)).join(':');

describe('findBrowser', () => {
  it('takes CCP_BROWSER first, then the config channel', () => {
    expect(findBrowser({ env: { CCP_BROWSER: custom, PATH: path('a') }, channel: 'chrome', fallback: nowhere })).toEqual({ path: custom, source: 'CCP_BROWSER' });
    expect(findBrowser({ env: { PATH: path('a', 'c') }, channel: 'chrome', fallback: nowhere })).toEqual({ path: c, source: 'config' });
    expect(findBrowser({ env: { PATH: path('c', 'b') }, channel: 'chromium', fallback: nowhere })).toEqual({ path: b, source: 'config' });
  });
  it('never runs a path or a command that a config names (only a channel is honoured)', () => {
    // a config value reaches findBrowser only through the schema; a value that is not a channel is ignored here too
    const hostile = { channel: custom as unknown as 'chromium', env: { PATH: path('x') }, fallback: nowhere };
    expect(findBrowser(hostile)).toBeUndefined();
    expect(findBrowser({ ...hostile, channel: 'my-chrome' as unknown as 'chromium' })).toBeUndefined();
  });
  it('accepts a name on PATH in CCP_BROWSER', () => {
    expect(findBrowser({ env: { CCP_BROWSER: 'my-chrome', PATH: path('x') }, fallback: nowhere })).toEqual({ path: custom, source: 'CCP_BROWSER' });
  });
  it('skips a CCP_BROWSER that is not an executable', () => {
    expect(findBrowser({ env: { CCP_BROWSER: notExecutable, PATH: path('a') }, fallback: nowhere })).toEqual({ path: a, source: 'PATH' });
  });
  it('looks for chromium, chromium-browser and google-chrome on PATH, in that order', () => {
    expect(findBrowser({ env: { PATH: path('c', 'b', 'a') }, fallback: nowhere })?.path).toBe(a);
    expect(findBrowser({ env: { PATH: path('c', 'b') }, fallback: nowhere })?.path).toBe(b);
    expect(findBrowser({ env: { PATH: path('c') }, fallback: nowhere })?.path).toBe(c);
  });
  it('falls back to /usr/bin/chromium (here: the given fallback), else finds nothing', () => {
    expect(findBrowser({ env: { PATH: '' }, fallback: custom })).toEqual({ path: custom, source: 'default' });
    expect(findBrowser({ env: { PATH: '' }, fallback: nowhere })).toBeUndefined();
  });
  it('turns rendering off with CCP_BROWSER=none', () => {
    expect(findBrowser({ env: { CCP_BROWSER: 'none', PATH: path('a') }, fallback: custom })).toBeUndefined();
  });
});
